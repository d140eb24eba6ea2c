import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./packages/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import what users import (`@samverkan/core`), resolved to source so nothing is built first.
    alias: [
      { find: /^@samverkan\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@samverkan\/core\/compiled$/, replacement: src("core/src/validate/compiled.ts") },
      { find: /^@samverkan\/calendar$/, replacement: src("calendar/src/index.ts") },
      { find: /^@samverkan\/cli$/, replacement: src("cli/src/index.ts") },
      { find: /^@samverkan\/document$/, replacement: src("document/src/index.ts") },
      { find: /^@samverkan\/document\/pdf$/, replacement: src("document/src/pdf/index.ts") },
      { find: /^@samverkan\/kommuner$/, replacement: src("kommuner/src/index.ts") },
      { find: /^@samverkan\/test-utils$/, replacement: src("test-utils/src/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "apps/*/build/**/*.test.ts", "examples/**/*.test.ts", "scripts/**/*.test.ts", "docs/**/*.test.ts"],
    // The CLI's tests run its built binary: build what is missing or stale first.
    globalSetup: ["packages/cli/vitest.global-setup.ts"],
  },
});
