// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TOPICS, validateEvent } from "../src/index.js";
import * as guards from "../src/validators.js";

const examplesDir = fileURLToPath(new URL("../../../spec/2024-11-01/examples/", import.meta.url));

function readExamples(folder: string): Array<[string, unknown]> {
  const dir = join(examplesDir, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(dir, file), "utf8"))]);
}

const topicFolders = readdirSync(examplesDir).filter((name) => name !== "invalid");

describe("valid examples", () => {
  it("cover every topic", () => {
    expect([...topicFolders].sort()).toEqual([...TOPICS]);
  });

  for (const topic of topicFolders) {
    for (const [file, body] of readExamples(topic)) {
      it(`${topic}/${file} validates and narrows to its topic`, () => {
        const result = validateEvent(body);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(result.ok && result.event.topic).toBe(topic);
      });
    }
  }
});

describe("invalid examples", () => {
  for (const [file, body] of readExamples("invalid")) {
    const expectedReason = file.split("--")[0];
    it(`${file} is rejected with ${expectedReason}`, () => {
      const result = validateEvent(body);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toBe(expectedReason);
    });
  }
});

describe("type guards", () => {
  it("accept their own topic only", () => {
    const [topic] = TOPICS;
    const [[, body]] = readExamples(topic) as [[string, unknown]];
    const accepted = Object.entries(guards)
      .filter(([name, guard]) => name !== "isLuccaEventEnvelope" && guard(body))
      .map(([name]) => name);
    expect(accepted).toHaveLength(1);
  });
});

describe("unknown topics", () => {
  it("return the envelope typed as UnknownLuccaEvent", () => {
    const [[, body]] = readExamples(TOPICS[0]) as [[string, Record<string, unknown>]];
    const result = validateEvent({ ...body, topic: "payslip.created" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe("unknown_topic");
    expect(!result.ok && result.reason === "unknown_topic" && result.event.topic).toBe(
      "payslip.created",
    );
  });
});
