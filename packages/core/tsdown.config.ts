import { defineConfig } from "tsdown";
import { library } from "../../scripts/tsdown-library";

const entry = { index: "src/index.ts", compiled: "src/validate/compiled.ts" };

export default defineConfig([
  library(entry),
  // For Node, which loads each file of a package on its own: the same entries bundled (a chunk they
  // share), so `import "@samverkan/core"` reads a few files rather than ninety (the `node`
  // condition of package.json's exports; docs/decisions.md, decision 34).
  library(entry, { unbundle: false, outDir: "dist/node", dts: false, platform: "node", clean: false }),
]);
