import type { MachineInfo } from "./machine.js";
import type { BenchRow } from "./row.js";

const WIDTH = 860;
const LABEL_WIDTH = 440;
const BAR_HEIGHT = 18;
const GAP = 8;
const TOP = 58;
const RIGHT = 40;

/** Time ours takes per unit of work, relative to the peer (rates are turned into times). */
function costRatio(row: BenchRow, value = row.ratio): number {
  return row.kind === "rate" ? 1 / value : value;
}

/** A bar's label: the figure and the peer, without the parentheses the table has room for. */
function label(row: BenchRow): string {
  const figure = row.figure
    .replace(/^validateEvent, /, "validate ")
    .replace(/^verifySignature, node entry$/, "verify")
    .replace(/^toNodeListener\(createWebhookHandler\), deliveries\/s$/, "HTTP delivery");
  const text = `${figure} vs ${row.baselineName.replace(/ \(.*\)$/, "")}`;
  return text.length > 66 ? `${text.slice(0, 65)}…` : text;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The README's chart: one bar per row comparing us with another library (`peer: true`), the
 * time we take for the same work ÷ the time it takes, on a log scale, with the spread over the
 * repetitions as a whisker. Left of the 1× line we are faster.
 */
export function peerChart(rows: readonly BenchRow[], machine: MachineInfo, date: string): string {
  const peers = rows.filter((row) => row.peer === true && Number.isFinite(row.ratio));
  const values = peers.flatMap((row) => {
    const spread = row.spread;
    return spread === undefined
      ? [costRatio(row)]
      : [costRatio(row), costRatio(row, spread.min), costRatio(row, spread.max)];
  });
  const low = Math.min(0.1, ...values);
  const high = Math.max(2, ...values);
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const x = (ratio: number) =>
    LABEL_WIDTH +
    ((Math.log(ratio) - Math.log(low)) / (Math.log(high) - Math.log(low))) * plotWidth;
  const height = TOP + peers.length * (BAR_HEIGHT + GAP) + 40;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600">lucca-events vs other libraries: our time ÷ theirs for the same work (log scale; left of 1× = faster)</text>`,
    `<text x="12" y="40" fill="#555">${escape(`pnpm bench, ${date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores), Node ${machine.node}; whiskers: lowest–highest of the repetitions`)}</text>`,
  ];
  for (const tick of [0.1, 0.25, 0.5, 1, 2, 4, 10, 20].filter((t) => t >= low && t <= high)) {
    const at = x(tick).toFixed(1);
    const stroke = tick === 1 ? `stroke="#333" stroke-width="1.5"` : `stroke="#ddd"`;
    parts.push(
      `<line x1="${at}" y1="${TOP - 6}" x2="${at}" y2="${height - 30}" ${stroke}/>`,
      `<text x="${at}" y="${height - 14}" text-anchor="middle" fill="#555">${tick}×</text>`,
    );
  }
  peers.forEach((row, index) => {
    const y = TOP + index * (BAR_HEIGHT + GAP);
    const ratio = costRatio(row);
    const start = x(Math.min(1, ratio));
    const end = x(Math.max(1, ratio));
    parts.push(
      `<text x="12" y="${y + 13}">${escape(label(row))}</text>`,
      `<rect x="${start.toFixed(1)}" y="${y}" width="${Math.max(1, end - start).toFixed(1)}" height="${BAR_HEIGHT}" fill="${ratio <= 1 ? "#2e7d32" : "#e65100"}" opacity="0.8"/>`,
    );
    if (row.spread !== undefined) {
      const [a, b] = [costRatio(row, row.spread.min), costRatio(row, row.spread.max)];
      const whisker = `y1="${y + BAR_HEIGHT / 2}" y2="${y + BAR_HEIGHT / 2}"`;
      parts.push(
        `<line x1="${x(Math.min(a, b)).toFixed(1)}" x2="${x(Math.max(a, b)).toFixed(1)}" ${whisker} stroke="#000"/>`,
      );
    }
    parts.push(
      `<text x="${(end + 4).toFixed(1)}" y="${y + 13}" font-weight="600">${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)}×</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
