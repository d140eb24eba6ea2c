declare const __SAMVERKAN_CLI_VERSION__: string | undefined;

/** The package's version, written in at build time (from source, as in the tests: `0.0.0-dev`). */
export const VERSION: string = typeof __SAMVERKAN_CLI_VERSION__ === "string" ? __SAMVERKAN_CLI_VERSION__ : "0.0.0-dev";
