import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH } from "../../src/delivery/safe-json.js";
import { readStoredEvent } from "../../src/inbox/stored-event.js";
import type { EventValidator } from "../../src/validation/validation-result.js";
import { examples } from "../fixtures/fixture-events.js";

// Accepts any object, so each test sees exactly what the stored body was read back as.
const seen: EventValidator<unknown, unknown> = (payload) => ({ ok: true, event: payload });

describe("readStoredEvent", () => {
  it("reads a stored body back as the event it holds, a leading BOM tolerated", () => {
    const body = JSON.stringify(examples["employee.updated"]);
    expect(readStoredEvent(body, seen)).toEqual({ ok: true, event: JSON.parse(body) });
    expect(readStoredEvent(`\uFEFF${body}`, seen)).toEqual({ ok: true, event: JSON.parse(body) });
  });

  it("drops the keys the webhook pipeline drops, however they are spelled", () => {
    const body =
      '{"topic":"employee.updated","data":{"constructor":{"prototype":{"admin":true}},' +
      '"\\u005f_proto__":{"admin":true},"tags":[{"prototype":1,"name":"a"}]}}';
    const result = readStoredEvent(body, seen);
    expect(result).toEqual({
      ok: true,
      event: { topic: "employee.updated", data: { tags: [{ name: "a" }] } },
    });
  });

  it("answers invalid_json for a body that is not JSON or nests too deep, never throwing", () => {
    const deep = `${"[".repeat(MAX_JSON_DEPTH + 1)}${"]".repeat(MAX_JSON_DEPTH + 1)}`;
    for (const body of ["{", "", deep]) {
      expect(readStoredEvent(body, seen)).toEqual({
        ok: false,
        reason: "invalid_json",
        issues: [],
      });
    }
  });
});
