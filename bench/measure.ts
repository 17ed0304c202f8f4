/**
 * One benchmarked operation; `inner` calls per sample amortise the timer's own cost (aim for
 * samples of 100 µs or more, or medians repeat the same few timer steps).
 */
export interface Operation {
  name: string;
  fn: () => unknown;
  async?: boolean;
  inner?: number;
}

/** How long a benchmark phase may spend per operation; the whole run must stay near 5 minutes. */
export interface Budget {
  timeMs: number;
  warmupMs: number;
}

export const QUICK: Budget = { timeMs: 60, warmupMs: 20 };
export const STEADY: Budget = { timeMs: 400, warmupMs: 100 };

/** Every ratio is taken this many times, the operations interleaved, and reported as a median. */
export const REPETITIONS = 3;

// Written to so the JIT cannot drop a call whose result is unused.
export let sink: unknown;

// At least this many samples of each operation, however short the budget (tinybench's default).
const MIN_SAMPLES = 64;

/**
 * Times the operations sample by sample in turn (A B C, then B C A, …) and returns each one's
 * median time per call in milliseconds. Alternating samples, rather than timing one operation's
 * whole budget and then the next one's, puts each ratio's two sides in the same moments: a slow
 * drift of the machine (a neighbour's burst, CPU frequency, where the OS places the thread pool)
 * then hits both alike. Timed one after the other in tinybench, `subtle.verify` and our verifier
 * built on it differed by 1.23–1.52 from run to run; sample by sample, by 1.02–1.08 (five runs).
 */
export async function medianTimes(ops: readonly Operation[], budget: Budget): Promise<number[]> {
  const samplers = ops.map(samplerOf);
  for (const sample of samplers) {
    const until = performance.now() + budget.warmupMs;
    while (performance.now() < until) await sample();
  }
  const samples = ops.map(() => [] as number[]);
  const until = performance.now() + budget.timeMs * ops.length;
  for (let round = 0; round < MIN_SAMPLES || performance.now() < until; round++) {
    for (let turn = 0; turn < ops.length; turn++) {
      const index = (round + turn) % ops.length;
      samples[index]!.push(await samplers[index]!());
    }
  }
  return samples.map((times, index) => median(times) / (ops[index]!.inner ?? 1));
}

// One sampler per operation, each with its own loop: the call in it then only ever sees one
// function, as a caller in real code does, and stays monomorphic.
function samplerOf(op: Operation): () => number | Promise<number> {
  const inner = op.inner ?? 1;
  const { fn } = op;
  if (op.async) {
    return async () => {
      const start = performance.now();
      for (let i = 0; i < inner; i++) sink = await fn();
      return performance.now() - start;
    };
  }
  return () => {
    const start = performance.now();
    for (let i = 0; i < inner; i++) sink = fn();
    return performance.now() - start;
  };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Calls each function once per round, `rounds` times, the order turning each round (A B C, then
 * B C A, …), and returns what each call gave: `results[round][operation]`. For operations whose
 * single call is long enough to stand alone (a whole generation, a tsc run, a hostile body): each
 * round's ratios then make a spread, with drift on the machine hitting every operation alike.
 */
export async function alternatingRounds<T>(
  fns: readonly (() => T | Promise<T>)[],
  rounds: number,
): Promise<T[][]> {
  const results: T[][] = [];
  for (let round = 0; round < rounds; round++) {
    const inRound = new Array<T>(fns.length);
    for (let turn = 0; turn < fns.length; turn++) {
      const index = (round + turn) % fns.length;
      inRound[index] = await fns[index]!();
    }
    results.push(inRound);
  }
  return results;
}

/** {@link alternatingRounds} of each call's wall time in milliseconds: `times[round][operation]`. */
export function alternatingWallTimes(
  fns: readonly (() => unknown)[],
  rounds: number,
): Promise<number[][]> {
  return alternatingRounds(
    fns.map((fn) => async () => {
      const start = performance.now();
      sink = await fn();
      return performance.now() - start;
    }),
    rounds,
  );
}

/** A ratio over repetitions: its median, and the lowest and highest seen. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Calls each operation until `ms` have passed and at least `calls` calls were made, so that
 * every library runs its optimized code before it is timed: libraries that build closures or
 * caches on first use (zod, valibot) are several times slower in their first second.
 */
export async function warmUp(ops: readonly Operation[], ms: number, calls = 20_000): Promise<void> {
  for (const op of ops) {
    const until = performance.now() + ms;
    for (let count = 0; count < calls || performance.now() < until; count++) {
      sink = op.async ? await op.fn() : op.fn();
    }
  }
}

/**
 * Times the operations `repetitions` times, all of them back to back in each repetition, and
 * returns each repetition's median times: `times[repetition][operation]`.
 */
export async function interleavedTimes(
  ops: readonly Operation[],
  budget: Budget,
  repetitions = REPETITIONS,
): Promise<number[][]> {
  const times: number[][] = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    times.push(await medianTimes(ops, budget));
  }
  return times;
}

/** The ratio `times[r][a] / times[r][b]` of each repetition, as a spread. */
export function ratioSpread(times: readonly number[][], a: number, b: number): Spread {
  return spreadOf(times.map((repetition) => repetition[a]! / repetition[b]!));
}

/** The median over repetitions of operation `index`'s time. */
export function medianTime(times: readonly number[][], index: number): number {
  return median(times.map((repetition) => repetition[index]!));
}
