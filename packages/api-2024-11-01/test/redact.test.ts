// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import { describe, expect, it } from "vitest";
import { REDACTED, SENSITIVE_FIELDS, redact, type LuccaEventTopic } from "../src/index.js";
import { EXAMPLES } from "../src/examples.js";

function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [value];
  if (value === null || typeof value !== "object") return [];
  const [head, ...rest] = path;
  const record = value as Record<string, unknown>;
  const children =
    head === "*" ? Object.values(record) : Object.hasOwn(record, head!) ? [record[head!]] : [];
  return children.flatMap((child) => valuesAt(child, rest));
}

describe("redact", () => {
  const topics = Object.keys(SENSITIVE_FIELDS) as LuccaEventTopic[];

  it("masks every sensitive field the examples fill, and leaves the event untouched", () => {
    let masked = 0;
    for (const topic of topics) {
      const event = structuredClone(EXAMPLES[topic]);
      const copy = redact(event);
      expect(event).toEqual(EXAMPLES[topic]);
      expect(copy.id).toBe(event.id);
      for (const path of SENSITIVE_FIELDS[topic]!) {
        for (const value of valuesAt(copy.data, path)) {
          expect(value === null || value === REDACTED, `${topic} ${path.join(".")}`).toBe(true);
          if (value === REDACTED) masked += 1;
        }
      }
    }
    expect(masked).toBeGreaterThan(0);
  });

  it("masks personal fields of a topic it does not know by their names", () => {
    const event = {
      topic: "payslip.created",
      data: { id: "1", iban: "FR76", nested: { birthDate: "1990-01-01" }, name: "kept" },
    };
    expect(redact(event).data).toEqual({
      id: "1",
      iban: REDACTED,
      nested: { birthDate: REDACTED },
      name: "kept",
    });
  });
});
