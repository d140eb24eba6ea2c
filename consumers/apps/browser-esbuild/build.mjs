// Bundles the two pages for browsers, minified and tree-shaken, into dist/ with their HTML and the seed.
import { copyFileSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: ["main.ts", "compiled.ts"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  outdir: "dist",
  logLevel: "warning",
});
for (const file of ["index.html", "compiled.html", "seed.json"]) copyFileSync(file, `dist/${file}`);
