import { Writable } from "node:stream";
import type { LuccaApiServer } from "../../../tests/lucca-api-server/index.js";
import { runCli, type RunCliOptions } from "../src/index.js";

/** A Writable that keeps what was written, readable as text at any time. */
export class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** What one CLI run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lucca-events` in-process with `env` only (never the test process's environment). */
export async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  extra: { signal?: AbortSignal; stderr?: Capture; options?: RunCliOptions } = {},
): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = extra.stderr ?? new Capture();
  const io = { stdout, stderr, env, ...(extra.signal ? { signal: extra.signal } : {}) };
  const code = await runCli(argv, io, extra.options);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The environment variables that point the CLI at the test server. */
export function envOf(lucca: LuccaApiServer): NodeJS.ProcessEnv {
  return {
    LUCCA_BASE_URL: lucca.url,
    LUCCA_TOKEN_URL: lucca.tokenUrl,
    LUCCA_CLIENT_ID: lucca.clientId,
    LUCCA_CLIENT_SECRET: lucca.clientSecret,
  };
}
