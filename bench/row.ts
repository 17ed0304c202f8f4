/** What a figure measures: time in milliseconds, size in bytes, a plain count, or a rate per second (the one kind where higher is better). */
export type Kind = "ms" | "bytes" | "count" | "rate";

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
  /** The lowest and highest ratio over the repetitions, when the figure was repeated. */
  spread?: { min: number; max: number; repetitions: number };
  /** The baseline is another library doing the same job: these rows make the README's chart. */
  peer?: boolean;
  note?: string;
}

/** Builds a row; the ratio is computed here so that no caller can get it the wrong way round. */
export function row(
  section: string,
  figure: string,
  kind: Kind,
  ours: number,
  baseline: { name: string; value: number },
  extra: {
    note?: string;
    ratio?: number;
    spread?: { median: number; min: number; max: number; repetitions?: number };
    peer?: boolean;
  } = {},
): BenchRow {
  const { note, spread } = extra;
  // A caller may pass a median of per-case ratios, which one noisy case cannot skew.
  const ratio =
    extra.ratio ?? spread?.median ?? (baseline.value === 0 ? Number.NaN : ours / baseline.value);
  return {
    section,
    figure,
    kind,
    ours,
    baselineName: baseline.name,
    baseline: baseline.value,
    ratio,
    ...(spread === undefined
      ? {}
      : { spread: { min: spread.min, max: spread.max, repetitions: spread.repetitions ?? 3 } }),
    ...(extra.peer === true ? { peer: true } : {}),
    ...(note === undefined ? {} : { note }),
  };
}
