import type { ValidationIssue, VerifiedDelivery } from "@lucca-events/core";
import { acceptDelivery, type InboxParts } from "./accept.js";
import { envelopeOf } from "./envelope-of.js";

/**
 * What `catchUp` needs from an API client: `events()` iterating every page of
 * `GET /lucca-api/events`, each item a validation result (`ok`, `reason`, `issues`, `event`, as the
 * version's `validateEvent` returns) carrying the event's JSON as `raw` (or `rawEvent`; `event`
 * serves when neither is present). `createLuccaClient` from the version package provides it.
 */
export interface CatchUpClient {
  events(options?: { status?: string }): AsyncIterable<CatchUpItem>;
}

/** One item of `events()`. */
export interface CatchUpItem {
  ok: boolean;
  reason?: string;
  issues?: ValidationIssue[];
  event?: unknown;
  raw?: unknown;
  rawEvent?: unknown;
}

/** What `catchUp` did. */
export interface CatchUpReport {
  /** Items read from the API. */
  read: number;
  /** Newly stored (missed while the receiver was down). */
  stored: number;
  /** Already in the inbox. */
  duplicates: number;
  /** Items carrying no event JSON to store. */
  unreadable: number;
}

/**
 * Stores every event the API lists that the inbox lacks, deduplicated by (`source`, `id`) like
 * webhook deliveries, so a receiver down for a while loses nothing within Lucca's two months. The
 * API's answer is authenticated by the client's credentials instead of a signature; its rows say
 * `origin: "api"` and carry no signed timestamp.
 */
export async function catchUp(
  parts: InboxParts,
  client: CatchUpClient,
  options: { status?: string } = {},
): Promise<CatchUpReport> {
  const report: CatchUpReport = { read: 0, stored: 0, duplicates: 0, unreadable: 0 };
  for await (const item of client.events(options)) {
    report.read++;
    const raw = item.raw ?? item.rawEvent ?? item.event;
    if (raw === undefined) {
      report.unreadable++;
      continue;
    }
    const delivery: VerifiedDelivery = {
      rawBody: JSON.stringify(raw),
      timestamp: "",
      verdict: item.ok ? "valid" : verdictOf(item.reason),
      issues: item.issues ?? [],
      envelope: envelopeOf(raw),
    };
    const { duplicate } = await acceptDelivery(parts, delivery, "api");
    if (duplicate) report.duplicates++;
    else report.stored++;
  }
  return report;
}

function verdictOf(reason: string | undefined): VerifiedDelivery["verdict"] {
  switch (reason) {
    case "unknown_topic":
    case "not_an_event":
    case "api_version_mismatch":
    case "invalid_json":
      return reason;
    default:
      return "schema_mismatch";
  }
}
