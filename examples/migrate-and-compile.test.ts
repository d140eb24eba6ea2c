import { describe, expect, it } from "vitest";
import { main } from "./migrate-and-compile.js";

function run(...args: string[]): { code: number; output: string } {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

describe("examples/migrate-and-compile.ts", () => {
  it("migrates Kävlinge 2019–2022 from version 1 and extends it by a year", () => {
    const { code, output } = run();
    expect(code).toBe(0);
    expect(output).toBe(
      [
        "kavlinge-2019-2022: formatversion 1 → 2",
        "Ändringar: forlangning",
        'Giltighetstid: {"type":"year","year":2022} → {"type":"year","year":2023}',
      ].join("\n"),
    );
  });

  it("takes a version 2 document as it is, and says when there is nothing to compile", () => {
    expect(run("examples/agreements/kristianstad-2025-2028.json", "--en").output).toContain("kristianstad-2025-2028: formatversion 2 → 2\nChanges: forlangning");
    expect(run("examples/agreements/arjeplog-arvidsjaur-set.json", "--en").output).toContain("The document is not one agreement: nothing to compile.");
  });

  it("exits with 1, and says why, for a file it cannot read or a document it cannot migrate", () => {
    expect(run("no-such-file.json")).toEqual({ code: 1, output: "Kan inte läsa no-such-file.json" });
    const broken = run("package.json");
    expect(broken.code).toBe(1);
    expect(broken.output).toContain("schemaVersion");
  });
});
