import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceSign } from "./signature-vectors.js";

const run = promisify(execFile);
const NODE_ENTRY = fileURLToPath(new URL("../../src/index.node.ts", import.meta.url));

let dir: string;
let entryUrl: string;
beforeAll(async () => {
  // The node entry as one file, so the child process needs no TypeScript loader (which would
  // load node:crypto itself).
  dir = await mkdtemp(join(tmpdir(), "lucca-node-crypto-lazy-"));
  const outfile = join(dir, "index.node.js");
  await build({
    entryPoints: [NODE_ENTRY],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    logLevel: "silent",
  });
  entryUrl = pathToFileURL(outfile).href;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `code` in a fresh Node process after it imports the node entry as `entry`. */
async function inFreshProcess(code: string): Promise<unknown> {
  const script = [
    `const entry = await import(${JSON.stringify(entryUrl)});`,
    // Node's own list of the internal modules it has loaded.
    "const cryptoLoaded = () => process.moduleLoadList.some((name) => /\\bcrypto\\b/.test(name));",
    code,
  ].join("\n");
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
  return JSON.parse(stdout);
}

describe("node entry: node:crypto loads on the first signature, not on import", () => {
  const secret = "whsec-test-secret";
  const timestamp = "2025-01-01T08:34:23Z";
  const body = '{"id":"1"}';
  const now = Date.UTC(2025, 0, 1, 8, 34, 23);

  it("imports without loading node:crypto, and verifies with it on the first call", async () => {
    const signature = referenceSign(body, secret, timestamp);
    const options = JSON.stringify({ body, signature, timestamp, secret });
    const result = await inFreshProcess(`
      const atImport = cryptoLoaded();
      const first = await entry.verifySignature({ ...${options}, now: () => ${now} });
      const forged = await entry.verifySignature({ ...${options}, body: "{}", now: () => ${now} });
      process.stdout.write(JSON.stringify({ atImport, first, forged, after: cryptoLoaded() }));
    `);
    expect(result).toEqual({
      atImport: false,
      first: { ok: true },
      forged: { ok: false, reason: "signature_mismatch", message: expect.any(String) },
      after: true,
    });
  });

  it("signs on the first call too, as the reference HMAC does", async () => {
    const result = await inFreshProcess(`
      const signature = await entry.signPayload(${JSON.stringify(body)}, "${secret}", "${timestamp}");
      process.stdout.write(JSON.stringify({ signature }));
    `);
    expect(result).toEqual({ signature: referenceSign(body, secret, timestamp) });
  });
});
