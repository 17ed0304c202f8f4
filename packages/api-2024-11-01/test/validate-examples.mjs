// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
// Run by built-package.test.ts in a child process started with
// --disallow-code-generation-from-strings: imports the built package by its name.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateEvent } from "@lucca-events/2024-11-01";

const examplesDir = fileURLToPath(new URL("../../../spec/2024-11-01/examples/", import.meta.url));
const summary = { valid: 0, invalid: 0, failures: [] };
for (const folder of readdirSync(examplesDir).sort()) {
  for (const file of readdirSync(join(examplesDir, folder)).sort()) {
    const result = validateEvent(JSON.parse(readFileSync(join(examplesDir, folder, file), "utf8")));
    const expected = folder === "invalid" ? file.split("--")[0] : "ok";
    const actual = result.ok ? "ok" : result.reason;
    if (actual !== expected) summary.failures.push({ file: `${folder}/${file}`, expected, actual });
    summary[folder === "invalid" ? "invalid" : "valid"] += 1;
  }
}
process.stdout.write(JSON.stringify(summary));
