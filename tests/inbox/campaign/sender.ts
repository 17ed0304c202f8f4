import { signTestRequest } from "@lucca-events/2024-11-01/testing";
import { SECRET } from "../support/send.js";
import type { PlannedDelivery } from "./deliveries.js";

/** What the sender saw: each 202, by event key. */
export interface SendReport {
  /** Every 202 received (a duplicate's too). */
  accepted: number;
  /** Event ids acknowledged at least once. */
  ackedIds: Set<string>;
  /** POSTs that failed (connection refused or reset, 503) and were sent again. */
  retried: number;
}

/**
 * Sends every planned delivery like Lucca does: POST, and again after a failure until a 202.
 * `inFlight` loops share the plan; `onAccepted` runs after each 202 (the campaign kills from it).
 */
export async function sendAll(
  urls: readonly string[],
  plan: readonly PlannedDelivery[],
  inFlight: number,
  onAccepted: (accepted: number) => Promise<void> = async () => undefined,
): Promise<SendReport> {
  const report: SendReport = { accepted: 0, ackedIds: new Set(), retried: 0 };
  let next = 0;
  const loop = async (lane: number) => {
    for (let index = next++; index < plan.length; index = next++) {
      const { event } = plan[index]!;
      const url = urls[(index + lane) % urls.length]!;
      for (;;) {
        const signed = await signTestRequest(event, SECRET, { url });
        const status = await fetch(url, {
          method: "POST",
          headers: signed.headers,
          body: await signed.text(),
        }).then(
          (response) => response.status,
          () => 0,
        );
        if (status === 202) break;
        report.retried++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      report.accepted++;
      report.ackedIds.add(event.id);
      await onAccepted(report.accepted);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, (_, lane) => loop(lane)));
  return report;
}
