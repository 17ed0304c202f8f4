import type { DeliveryDetail, DeliverySummary, StatusCounts } from "../queries.js";

/** `status` for a terminal: one status per line, counts aligned. */
export function formatStatus(counts: StatusCounts): string {
  return Object.entries(counts)
    .map(([status, count]) => `${status.padEnd(11)} ${String(count).padStart(8)}`)
    .join("\n");
}

/** `list` for a terminal: one delivery per line. */
export function formatList(rows: readonly DeliverySummary[]): string {
  if (rows.length === 0) return "no deliveries";
  return rows
    .map((row) =>
      [
        row.receivedAt.slice(0, 19),
        row.status.padEnd(10),
        (row.topic ?? "-").padEnd(28),
        `attempts ${row.attempts}`,
        row.key,
        row.lastError === null ? "" : `  ${row.lastError}`,
      ].join("  "),
    )
    .join("\n");
}

/** `show` for a terminal: the summary's fields, the issues, the body. */
export function formatDetail(detail: DeliveryDetail): string {
  const { rawBody, issues, ...summary } = detail;
  const fields = Object.entries(summary).map(([name, value]) => `${name}: ${value ?? "-"}`);
  return [
    ...fields,
    `issues: ${issues.length === 0 ? "none" : JSON.stringify(issues)}`,
    `body: ${rawBody ?? "(purged)"}`,
  ].join("\n");
}
