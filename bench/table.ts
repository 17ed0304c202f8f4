import type { MachineInfo } from "./machine.js";
import type { BenchRow, Kind } from "./row.js";

/** A value in the unit that reads best for its kind. */
export function formatValue(kind: Kind, value: number): string {
  if (kind === "count") return String(Math.round(value));
  if (kind === "rate") return `${Math.round(value)} /s`;
  if (kind === "bytes") return value < 10_240 ? `${value} B` : `${(value / 1024).toFixed(1)} kB`;
  if (value < 0.001) return `${(value * 1e6).toFixed(0)} ns`;
  if (value < 1) return `${(value * 1000).toFixed(2)} µs`;
  if (value < 1000) return `${value.toFixed(1)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

function formatNumber(ratio: number): string {
  if (!Number.isFinite(ratio)) return "n/a";
  return ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2);
}

/** The median ratio, and its spread over repetitions when it has one: `0.42 [0.40–0.45]`. */
function formatRatio(row: BenchRow): string {
  const spread = row.spread;
  const shown = formatNumber(row.ratio);
  return spread === undefined
    ? shown
    : `${shown} [${formatNumber(spread.min)}–${formatNumber(spread.max)}]`;
}

/** The one table `pnpm bench` prints: Markdown, so it can be pasted into the README as is. */
export function formatTable(rows: readonly BenchRow[], machine: MachineInfo, date: string): string {
  const lines = [
    `lucca-events bench, ${date}, ${machine.cpu} (${machine.cores} cores), Node ${machine.node}`,
    "Ratio = ours ÷ baseline, both measured in this run; below 1 = ours smaller/faster.",
    "Timed ratios: median [lowest–highest] over interleaved repetitions (times shown: medians).",
    "",
    "| Section | Figure | Ours | Baseline | Baseline value | Ratio |",
    "|---|---|--:|---|--:|--:|",
  ];
  let section = "";
  for (const r of rows) {
    const shown = r.section === section ? "" : r.section;
    section = r.section;
    const figure = r.note === undefined ? r.figure : `${r.figure} (${r.note})`;
    lines.push(
      `| ${shown} | ${figure} | ${formatValue(r.kind, r.ours)} | ${r.baselineName} | ` +
        `${formatValue(r.kind, r.baseline)} | ${formatRatio(r)} |`,
    );
  }
  return lines.join("\n");
}
