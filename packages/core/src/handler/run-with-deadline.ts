/** How a task run under a deadline ended. */
export type DeadlineOutcome =
  | { state: "done" }
  | { state: "threw"; error: unknown }
  | { state: "timed_out"; late: Promise<unknown> };

const TIMED_OUT = Symbol("timed out");
const DONE: DeadlineOutcome = /* @__PURE__ */ Object.freeze({ state: "done" });

/**
 * Runs `task`, handing it its `AbortSignal` on demand, that fires after `remainingMs`. At the
 * deadline it stops waiting and hands back the still-running promise as `late`, already guarded
 * against an unhandled rejection, so the caller can answer at once and log how it ends.
 *
 * A task that returns anything but a promise is done at once: no timer and no promise. The
 * `AbortController` is made only when the task asks for its signal (most never do), already
 * aborted if it asks after the deadline.
 */
export function runWithDeadline(
  task: (signal: () => AbortSignal) => unknown,
  remainingMs: number,
): DeadlineOutcome | Promise<DeadlineOutcome> {
  let controller: AbortController | undefined;
  let expired: Error | undefined;
  const signal = () => {
    if (controller === undefined) {
      controller = new AbortController();
      if (expired !== undefined) controller.abort(expired);
    }
    return controller.signal;
  };
  let work: Promise<unknown>;
  try {
    const result = task(signal);
    if (!isThenable(result)) return DONE;
    work = Promise.resolve(result);
  } catch (error) {
    return { state: "threw", error };
  }
  return raceDeadline(work, remainingMs, () => {
    expired = deadlineError(remainingMs);
    controller?.abort(expired);
  });
}

async function raceDeadline(
  work: Promise<unknown>,
  remainingMs: number,
  expire: () => void,
): Promise<DeadlineOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, remainingMs));
  });
  try {
    if ((await Promise.race([work, deadline])) !== TIMED_OUT) return DONE;
    expire();
    return { state: "timed_out", late: work };
  } catch (error) {
    return { state: "threw", error };
  } finally {
    clearTimeout(timer);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

function deadlineError(ms: number): Error {
  const message = `the handler deadline (${ms} ms left when it started) has passed`;
  // DOMException is what fetch() and AbortSignal.timeout() use, so `signal.reason` looks familiar.
  return typeof DOMException === "function"
    ? new DOMException(message, "TimeoutError")
    : new Error(message);
}
