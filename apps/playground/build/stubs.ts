// codemirror-json-schema imports three modules the page does not use, which would add about 300 KB
// of JavaScript and, for the first, a syntax highlighter that loads its themes and grammars as
// separate files after the page has loaded:
// - `utils/markdown`: markdown-it and shiki, to render the schema's descriptions in tooltips; the
//   page shows them as plain text (`src/editor/markdown-stub.ts`);
// - `parsers/json5-parser` and `parsers/yaml-parser`: the JSON5 and YAML modes (json5, yaml); the
//   page edits JSON only (`src/editor/parser-stub.ts`).
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const STUBS: readonly (readonly [RegExp, string])[] = [
  [/(^|\/)utils\/markdown(\.js)?$/, "../src/editor/markdown-stub.ts"],
  [/(^|\/)json5-parser(\.js)?$/, "../src/editor/parser-stub.ts"],
  [/(^|\/)yaml-parser(\.js)?$/, "../src/editor/parser-stub.ts"],
];

/** Resolves those imports, made from inside codemirror-json-schema, to the page's small stand-ins. */
export function stubsPlugin(): Plugin {
  return {
    name: "samverkan-codemirror-json-schema-stubs",
    enforce: "pre",
    resolveId(id, importer) {
      if (importer === undefined || !/[\\/]codemirror-json-schema[\\/]/.test(importer)) return undefined;
      const stub = STUBS.find(([pattern]) => pattern.test(id));
      return stub ? fileURLToPath(new URL(stub[1], import.meta.url)) : undefined;
    },
  };
}
