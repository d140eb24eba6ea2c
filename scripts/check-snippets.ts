// Every piece of code a reader is shown (the ```ts blocks of README.md, docs/ and the package
// READMEs, and every TSDoc @example) is compiled against the packages' sources with the repository's
// compiler options, and run when it can be; a comment that says what an expression gives is checked.
// Fails, with file:line of the code, on any problem. CONTRIBUTING.md ("Code in the docs") is the guide.
//
//   pnpm check:snippets             type-check and run everything
//   pnpm check:snippets --no-run    type-check only
//   pnpm check:snippets --only docs/validation.md   only files whose path contains this
//   pnpm check:snippets --list      also list every snippet and what was done with it
//   SNIPPETS_KEEP=1 pnpm check:snippets   keep the modules as they ran, to look at one
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSnippets } from "./snippets/check.js";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const { problems, summary, listing } = checkSnippets({
  root: resolve(fileURLToPath(new URL("..", import.meta.url))),
  run: !args.includes("--no-run"),
  ...(only !== undefined && { only }),
  keep: Boolean(process.env.SNIPPETS_KEEP),
});
if (args.includes("--list")) for (const line of listing) console.log(line);
for (const line of summary) console.log(line);
if (problems.length) {
  console.error(`\n${problems.join("\n")}\n\nsnippets: ${problems.length} problem${problems.length === 1 ? "" : "s"}; see CONTRIBUTING.md, "Code in the docs"`);
  process.exit(1);
}
