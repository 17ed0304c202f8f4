/** What a consumer reports: the names of the checks it passed, or why it failed. */
export interface ConsumerResult {
  ok: boolean;
  checks?: string[];
  error?: string;
}

/** The checks a consumer passed; throws with the consumer's own message otherwise. */
export function passedChecks(result: unknown, where: string): string[] {
  const value = result as ConsumerResult | undefined;
  if (value?.ok === true && Array.isArray(value.checks) && value.checks.length > 0) {
    return value.checks;
  }
  throw new Error(`${where}: ${value?.error ?? `unexpected result ${JSON.stringify(result)}`}`);
}

/** The last line of a consumer's stdout, parsed as its JSON report. */
export function parseReport(stdout: string): unknown {
  const last = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(last);
  } catch {
    return { ok: false, error: `no JSON report in output: ${stdout.trim() || "(empty)"}` };
  }
}
