import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "docs/api/**", "**/node_modules/**", "**/*.generated.ts", ".bench/**", "**/.fuzz/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // Core is pure: no clock, no I/O, no Node built-ins (it runs in browsers too).
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts", "packages/core/src/**/*.test-d.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "os", "child_process"], message: "core must not import Node built-ins" }] }],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Time is a parameter: no new Date() in core." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Time is a parameter: no Date.now() in core." },
        { selector: "CallExpression[callee.object.name='z'][callee.property.name='config']", message: "Do not change zod's global configuration." },
      ],
    },
  },
  {
    files: ["**/*.mjs", "scripts/**", "bench/**", "examples/**"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // The consumer suite: its runner and the apps' Node scripts, ES modules and CommonJS.
    files: ["scripts/consumers.mjs", "consumers/**/*.mjs", "consumers/**/*.cjs"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", setTimeout: "readonly", clearTimeout: "readonly", performance: "readonly" },
    },
  },
  {
    files: ["consumers/**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
