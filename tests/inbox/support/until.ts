/** Polls `condition` until it holds (throws after `timeoutMs`): waits for work, never times it. */
export async function until(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Opening a new embedded inbox runs initdb in WASM and pg-boss's migrations: seconds on 2 busy cores. */
export const OPEN_TIMEOUT = 120_000;
