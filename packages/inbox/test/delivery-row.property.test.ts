import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jobIdOf, rowOf } from "../src/delivery-row.js";

const delivery = (source: string, id: string, resource: { url?: string }) => ({
  rawBody: "{}",
  timestamp: "2026-01-01T00:00:00Z",
  verdict: "valid" as const,
  issues: [],
  envelope: { source, id, resource },
});

describe("delivery rows", () => {
  it("give two (source, id) pairs the same dedupe key and job id only when they are equal", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        async (s1, i1, s2, i2) => {
          const a = await rowOf(delivery(s1, i1, {}), "webhook");
          const b = await rowOf(delivery(s2, i2, {}), "webhook");
          const same = s1 === s2 && i1 === i2;
          expect(a.key === b.key).toBe(same);
          expect(a.jobId === b.jobId).toBe(same);
        },
      ),
    );
  });

  it("derive job ids that PostgreSQL reads as UUIDs", () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(jobIdOf(key)).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      }),
    );
  });

  it("order by the resource's url, else its type and id within the tenant, else the delivery", async () => {
    const byUrl = await rowOf(delivery("s", "1", { url: "https://t/employees/4" }), "webhook");
    expect(byUrl.resource).toBe("https://t/employees/4");
    const byId = await rowOf(
      {
        ...delivery("s", "2", {}),
        envelope: { source: "s", id: "2", resource: { type: "employee", id: "4" } },
      },
      "webhook",
    );
    expect(byId.resource).toBe(JSON.stringify(["s", "employee", "4"]));
    const alone = await rowOf(
      { rawBody: "not json", timestamp: "", verdict: "invalid_json", issues: [] },
      "webhook",
    );
    expect(alone.resource).toBe(alone.key);
    expect(alone.key).toMatch(/^sha256:/);
  });
});
