/** The outcome of one check, as every runtime reports it back to the runner. */
export interface CaseResult {
  name: string;
  ok: boolean;
  /** Why it failed; absent when it passed. */
  detail?: string;
}

/** Runs one check; a throw (an assertion or an unexpected error) makes it a failure, never a crash. */
export async function runCase(name: string, check: () => Promise<void>): Promise<CaseResult> {
  try {
    await check();
    return { name, ok: true };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { name, ok: false, detail };
  }
}

/** Throws unless `actual` is `expected`; a test framework would not load in every runtime. */
export function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
