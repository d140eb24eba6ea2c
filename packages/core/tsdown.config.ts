import { fileURLToPath } from "node:url";
import { defineConfig } from "tsdown";
import { library } from "../../scripts/tsdown-library";

const entry = { index: "src/index.ts", compiled: "src/validate/compiled.ts" };

// The module-per-file build, for bundlers and browsers: validateAgreement parses with zod alone,
// leaving out the fast path for valid documents and its 1.2 KB gzip (docs/decisions.md, decision
// 35). The swap is of one module, whose other version has the same export and the same results.
const browserParsers = {
  name: "samverkan:browser-parsers",
  resolveId(source: string, importer: string | undefined) {
    if (source === "./default-parsers.js" && importer?.replace(/\\/g, "/").endsWith("/src/validate/validate.ts")) {
      return fileURLToPath(new URL("./src/validate/default-parsers.browser.ts", import.meta.url));
    }
    return undefined;
  },
};

export default defineConfig([
  library(entry, { plugins: [browserParsers] }),
  // For Node, which loads each file of a package on its own: the same entries bundled (a chunk they
  // share), so `import "@samverkan/core"` reads a few files rather than ninety (the `node`
  // condition of package.json's exports; docs/decisions.md, decision 34). It keeps the fast path.
  library(entry, { unbundle: false, outDir: "dist/node", dts: false, platform: "node", clean: false }),
]);
