#!/usr/bin/env node
// The `samverkan` executable (the build keeps the line above at the top of dist/bin.js). Everything is caught:
// a problem is one coded line on standard error and the exit code is 2, never a stack trace.
import { run } from "./run.js";

const fail = (error: unknown) => {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  process.stderr.write(`samverkan: internal_error: ${message || "unexpected failure"}\n`);
  process.exitCode = 2;
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
// A reader that stops early (`samverkan render … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  fail(error);
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fail);
