// The tests on another zod: `SAMVERKAN_ZOD` is the folder of an unpacked zod package, which every
// `zod` and `zod/mini` import then resolves to (scripts/zod-range.mjs).
import { fileURLToPath } from "node:url";
import { mergeConfig } from "vitest/config";
import base from "../vitest.config.js";

const zod = process.env.SAMVERKAN_ZOD;
if (!zod) throw new Error("SAMVERKAN_ZOD: the folder of an unpacked zod package");

export default mergeConfig(base, {
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: {
    alias: [
      { find: /^zod\/mini$/, replacement: `${zod}/mini/index.js` },
      { find: /^zod$/, replacement: `${zod}/index.js` },
    ],
  },
});
