import { describe, expect, it } from "vitest";
import * as node from "../src/index.node.js";
import * as web from "../src/index.js";
import { signTestRequest } from "../src/testing.js";
import { SECRET, TIMESTAMP, examples, now, validateEvent } from "./fixtures/fixture-events.js";

describe("webhook pipeline entry points", () => {
  it("exports the same names from the default and the node entry", () => {
    expect(Object.keys(node).sort()).toEqual(Object.keys(web).sort());
  });

  it.each([
    ["default (Web Crypto)", web],
    ["node (node:crypto)", node],
  ])("%s createParseWebhook verifies a delivery", async (_name, entry) => {
    const parse = entry.createParseWebhook(validateEvent);
    const request = await signTestRequest(examples["employee.created"], SECRET, {
      timestamp: TIMESTAMP,
    });
    expect(await parse(request, { secret: SECRET, now })).toMatchObject({ ok: true });
  });
});
