// The browser tests: `pnpm --filter @samverkan/playground test:e2e` (after `vite build`), or
// `pnpm playground:test` from the root. Not part of the root `pnpm test`: they need the built page
// and Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.e2e.test.ts"],
    // One browser, one page, the tests in order.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
