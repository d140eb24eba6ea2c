import { readFileSync } from "node:fs";
import type { SeedName } from "./seeds.js";

/**
 * The plain text of a seed agreement as transcribed from its PDF (`../shared/seeds/<name>.txt`
 * beside the checkout, the same files the fidelity test reads).
 *
 * @example
 * import { seedText } from "@samverkan/test-utils";
 *
 * const text = seedText("kavlinge-2019-2022");
 */
export function seedText(name: SeedName): string {
  return readFileSync(new URL(`../../../../shared/seeds/${name}.txt`, import.meta.url), "utf8");
}

/**
 * The words of `paragraph` in lines of at most `width` characters (a longer word gets a line of its own).
 *
 * @example
 * import { wrap } from "@samverkan/test-utils";
 *
 * wrap("Polisen och kommunen samverkar", 15); // ["Polisen och", "kommunen", "samverkar"]
 */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * A seed agreement's text laid out as `pageCount` pages for {@link makeTextPdf} (in `pdf.ts`): paragraphs wrapped
 * at `width` characters, one blank line between paragraphs, no blank line at the top or bottom of a
 * page. What a PDF reader should give back, page for page.
 *
 * @example
 * import { makeTextPdf, seedPages } from "@samverkan/test-utils";
 *
 * const pdf = makeTextPdf(seedPages("kavlinge-2019-2022", 10));
 */
export function seedPages(name: SeedName, pageCount: number, width = 90): string[] {
  const lines: string[] = [];
  for (const line of seedText(name).split(/\r?\n/)) {
    if (line.trim() === "") {
      if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
    } else lines.push(...wrap(line, width));
  }
  const perPage = Math.ceil(lines.length / pageCount);
  return Array.from({ length: pageCount }, (_, i) => trimBlank(lines.slice(i * perPage, (i + 1) * perPage)).join("\n"));
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end);
}
