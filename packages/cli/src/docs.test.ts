// docs/cli.md shows each command's help text: it must be exactly what the built binary prints.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const page = readFileSync(new URL("../../../docs/cli.md", import.meta.url), "utf8");

describe("docs/cli.md", () => {
  it.each([[[]], [["validate"]], [["schedule"]], [["status"]], [["new"]], [["migrate"]], [["render"]], [["extract"]]] as const)("holds the help of samverkan %j verbatim", (command) => {
    const args = [...command, "--help"];
    const help = execFileSync(process.execPath, [bin, ...args], { encoding: "utf8" });
    expect(page).toContain(`\`\`\`\n$ samverkan ${args.join(" ")}\n${help}\`\`\`\n`);
  });

  it("documents every problem code the command line writes", () => {
    const sources = ["run.ts", "io.ts", "commands/validate.ts", "commands/migrate.ts", "commands/render.ts", "commands/extract.ts", "commands/schedule.ts", "commands/status.ts", "commands/new.ts", "documents.ts"]
      .map((f) => readFileSync(new URL(`./${f}`, import.meta.url), "utf8"))
      .join("\n");
    const codes = new Set([...sources.matchAll(/(?:new CliError\(|codedLine\(|return \[)"([a-z_]+)"/g)].map((m) => m[1]!));
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) expect(page).toContain(`\`${code}\``);
  });
});
