import { spawn } from "node:child_process";
import type { CaseResult } from "./suite/case-result.js";
import { RESULTS_MARKER } from "./suite/results-marker.js";

/** How long one runtime may take before it counts as hung. */
export const RUNTIME_TIMEOUT_MS = 90_000;

/**
 * Runs a command that executes the stdout bundle and returns the results it printed, plus, with
 * `silentStderr`, a case of that name that fails when the runtime wrote anything to stderr. Throws, with
 * the end of its output, when it does not print them: a runtime that cannot start must fail loudly.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { silentStderr?: string } = {},
): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUNTIME_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split("\n").find((l) => l.startsWith(RESULTS_MARKER));
      if (line !== undefined && code === 0) {
        const results = JSON.parse(line.slice(RESULTS_MARKER.length)) as CaseResult[];
        // A runtime's own warnings (Deno's about unread request clones) go to stderr.
        if (options.silentStderr !== undefined) {
          const ok = stderr.trim() === "";
          results.push({
            name: options.silentStderr,
            ok,
            ...(ok ? {} : { detail: stderr.trim() }),
          });
        }
        resolve(results);
        return;
      }
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-15).join("\n");
      const how = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
      reject(new Error(`${command} ${args.join(" ")} ended with ${how} without results:\n${tail}`));
    });
  });
}
