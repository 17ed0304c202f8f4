/** What a figure measures: time in milliseconds, size in bytes, or a plain count. */
export type Kind = "ms" | "bytes" | "count";

/** One line of the bench table: our figure, the baseline measured in the same run, their ratio. */
export interface BenchRow {
  section: string;
  figure: string;
  kind: Kind;
  ours: number;
  baselineName: string;
  baseline: number;
  /** ours ÷ baseline; below 1 means ours is smaller (faster, lighter). */
  ratio: number;
  note?: string;
}

/** Builds a row; the ratio is computed here so that no caller can get it the wrong way round. */
export function row(
  section: string,
  figure: string,
  kind: Kind,
  ours: number,
  baseline: { name: string; value: number },
  extra: { note?: string; ratio?: number } = {},
): BenchRow {
  const { note } = extra;
  // A caller may pass a median of per-case ratios, which one noisy case cannot skew.
  const ratio = extra.ratio ?? (baseline.value === 0 ? Number.NaN : ours / baseline.value);
  return {
    section,
    figure,
    kind,
    ours,
    baselineName: baseline.name,
    baseline: baseline.value,
    ratio,
    ...(note === undefined ? {} : { note }),
  };
}
