/** Where a command writes and what it reads from its environment; the bin passes the process's. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Ends long-running commands (`events tail`) cleanly; the bin aborts it on SIGINT/SIGTERM. */
  signal?: AbortSignal;
}

/** Writes one line to stdout. */
export function say(io: CliIo, line: string): void {
  io.stdout.write(`${line}\n`);
}

/** Writes one line to stderr: progress and diagnostics, never data a script parses. */
export function note(io: CliIo, line: string): void {
  io.stderr.write(`${line}\n`);
}

/** Writes `value` as JSON on one line of stdout (NDJSON when called repeatedly). */
export function sayJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value)}\n`);
}
