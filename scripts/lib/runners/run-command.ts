import { spawn } from "node:child_process";

/** The outcome of a finished command. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  /** `stdout` and `stderr` as they interleaved, for error messages. */
  output: string;
}

/**
 * Runs `command` without a shell and never rejects for a non-zero exit: callers turn the result
 * into a check failure with the command's own output.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => ((stdout += chunk), (output += chunk)));
    child.stderr.on("data", (chunk: Buffer) => ((stderr += chunk), (output += chunk)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr, output }));
  });
}
