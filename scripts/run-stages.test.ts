import { describe, expect, it } from "vitest";
import { countsIn, runStages, summary } from "./run-stages.js";

const node = (code: string) => `"${process.execPath}" -e ${JSON.stringify(code)}`;

describe("run-stages", () => {
  it("runs every stage after a failure and sums each stage's own counts", async () => {
    const results = await runStages(
      [
        { name: "fails", command: node("process.exit(3)") },
        { name: "counts", command: node('console.log("4 passed, 1 failed"); process.exit(1)') },
        { name: "passes", command: node("") },
      ],
      false,
    );
    expect(summary(results)).toEqual([
      "fails: 0 passed, 1 failed",
      "counts: 4 passed, 1 failed",
      "passes: 1 passed, 0 failed",
      "5 passed, 2 failed",
    ]);
    expect(results.map((r) => r.exitCode)).toEqual([3, 1, 0]);
  });

  it("reads vitest's Tests line, with or without failures", () => {
    expect(countsIn("\u001b[2m      Tests \u001b[22m 541 passed (541)\n")).toEqual({
      passed: 541,
      failed: 0,
    });
    expect(countsIn(" Tests  1 failed | 235 passed (236)\n Start at 16:16")).toEqual({
      passed: 235,
      failed: 1,
    });
    expect(countsIn("no counts here")).toBeUndefined();
  });
});
