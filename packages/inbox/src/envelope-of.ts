import type { VerifiedDelivery } from "@lucca-events/core";

type Envelope = NonNullable<VerifiedDelivery["envelope"]>;

/** The envelope fields of a parsed event, kept only where they are strings (as the handler does). */
export function envelopeOf(value: unknown): Envelope {
  if (!isRecord(value)) return {};
  const data = isRecord(value["data"]) ? value["data"] : {};
  const envelope: Envelope = {
    id: text(value["id"]),
    source: text(value["source"]),
    topic: text(value["topic"]),
    occurredAt: text(value["occurredAt"]),
    url: text(value["url"]),
    resource: { type: text(data["type"]), id: text(data["id"]), url: text(data["url"]) },
  };
  return envelope;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
