/** How a task run under a deadline ended. */
export type DeadlineOutcome =
  | { state: "done" }
  | { state: "threw"; error: unknown }
  | { state: "timed_out"; late: Promise<unknown> };

const TIMED_OUT = Symbol("timed out");

/**
 * Runs `task` with an `AbortSignal` that fires after `remainingMs`. At the deadline it stops
 * waiting and hands back the still-running promise as `late`, already guarded against an
 * unhandled rejection, so the caller can answer at once and log how it ends.
 */
export async function runWithDeadline(
  task: (signal: AbortSignal) => unknown,
  remainingMs: number,
): Promise<DeadlineOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = Promise.resolve().then(() => task(controller.signal));
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, remainingMs));
  });
  try {
    if ((await Promise.race([work, deadline])) !== TIMED_OUT) return { state: "done" };
    controller.abort(deadlineError(remainingMs));
    return { state: "timed_out", late: work };
  } catch (error) {
    return { state: "threw", error };
  } finally {
    clearTimeout(timer);
  }
}

function deadlineError(ms: number): Error {
  const message = `the handler deadline (${ms} ms left when it started) has passed`;
  // DOMException is what fetch() and AbortSignal.timeout() use, so `signal.reason` looks familiar.
  return typeof DOMException === "function"
    ? new DOMException(message, "TimeoutError")
    : new Error(message);
}
