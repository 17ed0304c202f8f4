#!/usr/bin/env node
import { EXIT } from "./exit-codes.js";
import { runCli } from "./run-cli.js";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort(new Error(`interrupted by ${signal}`)));
}
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
  });
} catch (error) {
  // Expected failures have their own codes; anything reaching here is a defect.
  process.stderr.write(
    `lucca-events: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exitCode = EXIT.internalError;
}
