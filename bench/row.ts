/** A measured quantity with its unit, shown as measured and never judged. */
export interface Quantity {
  value: number;
  unit: "µs" | "ms" | "s" | "B" | "count";
}

/** One line of the bench table: our figure, the baseline measured in the same run, and their ratio. */
export interface BenchRow {
  section: string;
  figure: string;
  ours: Quantity;
  baseline: { name: string } & Quantity;
  /** ours ÷ baseline; below 1 means ours is smaller (faster, lighter). */
  ratio: number;
  note?: string;
}

/** Builds a row; the ratio is always computed here so no caller can get it the wrong way round. */
export function row(
  section: string,
  figure: string,
  ours: Quantity,
  baseline: { name: string } & Quantity,
  note?: string,
): BenchRow {
  const ratio = baseline.value === 0 ? Number.NaN : ours.value / baseline.value;
  return { section, figure, ours, baseline, ratio, ...(note === undefined ? {} : { note }) };
}

/** Milliseconds as the unit that reads best. */
export function time(ms: number): Quantity {
  if (ms < 1) return { value: ms * 1000, unit: "µs" };
  if (ms < 10_000) return { value: ms, unit: "ms" };
  return { value: ms / 1000, unit: "s" };
}
