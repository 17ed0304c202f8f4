import { createHmac } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnoseSignature } from "../src/index.js";
import { cli } from "./run.js";

// Lucca's example secret (Lucca's "Create a webhook-endpoint" page): 64 base64url characters.
const SECRET = "b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta";
const BODY = JSON.stringify({
  id: "evt-1",
  type: "event",
  topic: "employee.created",
  data: { id: "1" },
});
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** Lucca's signature, computed here with node:crypto from the documented recipe. */
function sign(
  key: string | Buffer,
  timestamp: string,
  body: string,
  encoding: "base64" | "hex" = "base64",
) {
  return createHmac("sha256", key).update(`${timestamp}.${body}`).digest(encoding);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lucca-cli-verify-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function verifyRun(
  file: string,
  secret: string,
  timestamp: string,
  signature: string,
  ...more: string[]
) {
  await writeFile(join(dir, "body.json"), file);
  return cli([
    "verify",
    "--secret",
    secret,
    "--timestamp",
    timestamp,
    "--signature",
    signature,
    ...more,
    join(dir, "body.json"),
  ]);
}

describe("lucca-events verify", () => {
  it("says ok (exit 0) for a delivery that verifies", async () => {
    const ts = now();
    expect(await verifyRun(BODY, SECRET, ts, sign(SECRET, ts, BODY))).toMatchObject({
      code: 0,
      stdout: "ok: the signature verifies\n",
    });
  });

  const ts = now();
  it.each([
    [
      "a re-serialized body",
      JSON.stringify(JSON.parse(BODY), null, 2),
      SECRET,
      ts,
      sign(SECRET, ts, BODY),
      "the body was re-serialized",
    ],
    [
      "a newline added to the saved body",
      `${BODY}\n`,
      SECRET,
      ts,
      sign(SECRET, ts, BODY),
      "a trailing newline was added",
    ],
    [
      "a trailing newline in the secret",
      BODY,
      `${SECRET}\n`,
      ts,
      sign(SECRET, ts, BODY),
      "the secret ends with a newline",
    ],
    [
      "a key taken as base64url-decoded bytes",
      BODY,
      SECRET,
      ts,
      sign(Buffer.from(SECRET, "base64url"), ts, BODY),
      "base64url-decoded bytes",
    ],
    [
      "a signature in hex",
      BODY,
      SECRET,
      ts,
      sign(SECRET, ts, BODY, "hex"),
      "the signature is in hex",
    ],
    [
      "a timestamp outside the window",
      BODY,
      SECRET,
      "2025-01-01T08:34:23Z",
      sign(SECRET, "2025-01-01T08:34:23Z", BODY),
      "outside the ±5 minute window",
    ],
    [
      "another endpoint's secret",
      BODY,
      SECRET,
      ts,
      sign("another-secret", ts, BODY),
      "no common mistake explains it",
    ],
  ])(
    "names %s as the likely cause (exit 1)",
    async (_name, file, secret, timestamp, signature, cause) => {
      const run = await verifyRun(file, secret, timestamp, signature);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^does not verify \(\w+\)\n/);
      expect(run.stdout).toMatch(
        new RegExp(`^likely cause: .*${cause.replace(/[()±]/g, ".")}`, "m"),
      );
    },
  );

  it("--json prints the verdict and causes; --tolerance widens the window", async () => {
    const old = "2025-01-01T08:34:23Z";
    const run = await verifyRun(BODY, SECRET, old, sign(SECRET, old, BODY), "--json");
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      reason: "timestamp_too_old",
      causes: [expect.any(String)],
    });
    const wide = await verifyRun(
      BODY,
      SECRET,
      old,
      sign(SECRET, old, BODY),
      "--tolerance",
      String(10 * 365 * 86400),
    );
    expect(wide.code).toBe(0);
  });

  it("is a usage error (exit 2) without a body file or a flag", async () => {
    expect(
      (await cli(["verify", "--secret", "s", "--timestamp", "t", "--signature", "x"])).code,
    ).toBe(2);
    const missing = await cli(["verify", "--timestamp", "t", "--signature", "x", "f.json"]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain("--secret (or LUCCA_WEBHOOK_SECRET) is required");
  });
});

describe("diagnoseSignature, properties", () => {
  const objects = fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue(), { minKeys: 1 });
  // The verifier refuses secrets with surrounding whitespace; a test above covers those.
  const secrets = fc.string({ minLength: 1 }).filter((secret) => secret === secret.trim());

  it("verifies every correctly signed body, and blames re-serialization for any indented copy", async () => {
    await fc.assert(
      fc.asyncProperty(objects, secrets, async (value, secret) => {
        const body = JSON.stringify(value);
        const timestamp = now();
        const signature = sign(secret, timestamp, body);
        const encode = (text: string) => new TextEncoder().encode(text);
        expect(
          await diagnoseSignature({ body: encode(body), secret, timestamp, signature }),
        ).toEqual({ ok: true });
        const pretty = JSON.stringify(value, null, 2);
        fc.pre(pretty !== body);
        const diagnosis = await diagnoseSignature({
          body: encode(pretty),
          secret,
          timestamp,
          signature,
        });
        expect(diagnosis.ok).toBe(false);
        expect(!diagnosis.ok && diagnosis.causes.join(" ")).toContain("re-serialized");
      }),
    );
  });
});
