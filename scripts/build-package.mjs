#!/usr/bin/env node
// Builds the package in the current folder from its tsdown.config.ts, as `tsdown` would
// (docs/decisions.md, decision 27). Through tsdown's API rather than its command line: tsdown
// 0.21, the last line that runs on Node 20, prints a notice on every run of its command line that
// Node 20 is deprecated, and our builds print no warnings (decision 28 says when we move on).
import { build } from "tsdown";

await build({});
