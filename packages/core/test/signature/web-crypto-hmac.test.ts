import { afterEach, describe, expect, it, vi } from "vitest";
import { createWebCryptoHmac } from "../../src/signature/web-crypto-hmac.js";
import { nodeCryptoHmac } from "../../src/signature/node-crypto-hmac.js";
import { SIGNATURE_VECTORS } from "./signature-vectors.js";

const STAMP = "2025-01-01T08:34:23Z";
const data = new TextEncoder().encode("{}");

describe.each([
  ["Web Crypto", createWebCryptoHmac()],
  ["node:crypto", nodeCryptoHmac],
])("%s engine", (_, hmac) => {
  it.each(SIGNATURE_VECTORS.map((v) => [v.file, v] as const))("signs %s", async (_, v) => {
    const mac = await hmac.sign(v.secret, v.timestamp, v.body);
    expect(Buffer.from(mac).toString("base64")).toBe(v.signature);
    expect(await hmac.verify(v.secret, v.timestamp, v.body, new Uint8Array(mac))).toBe(true);
  });

  it("rejects a signature of another length without throwing", async () => {
    const mac = new Uint8Array(await hmac.sign("k", STAMP, data));
    expect(await hmac.verify("k", STAMP, data, mac.slice(0, 31))).toBe(false);
    expect(await hmac.verify("k", STAMP, data, new Uint8Array([...mac, 0]))).toBe(false);
  });
});

describe("Web Crypto engine, calls in flight together", () => {
  it("answers each delivery for its own bytes, whether its key is imported yet or not", async () => {
    const hmac = createWebCryptoHmac();
    // The last is past the size up to which one message buffer is reused.
    const bodies = ["first", "second, longer", "3", "x".repeat(5000), "y".repeat(2 ** 21)].map(
      (text) => new TextEncoder().encode(text),
    );
    const macs = await Promise.all(bodies.map((body) => nodeCryptoHmac.sign("k", STAMP, body)));
    const fresh = await Promise.all(
      bodies.map((body) => nodeCryptoHmac.sign("fresh", STAMP, body)),
    );
    // No key is imported yet when these start: each call waits for its import while the others
    // run, so a message built before the wait in a buffer shared between calls would be stale.
    const verdicts = await Promise.all(
      bodies.flatMap((body, i) => [
        hmac.verify("fresh", STAMP, body, new Uint8Array(fresh[i]!)),
        hmac.verify("k", STAMP, body, new Uint8Array(macs[i]!)),
        hmac.verify("k", STAMP, body, new Uint8Array(macs[(i + 1) % bodies.length]!)),
        hmac.sign("k", STAMP, body),
      ]),
    );
    expect(
      verdicts.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString("hex") : v)),
    ).toEqual(bodies.flatMap((_, i) => [true, true, false, Buffer.from(macs[i]!).toString("hex")]));
  });
});

describe("Web Crypto key cache", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("imports each secret once while it stays cached", async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    const hmac = createWebCryptoHmac(2);
    await Promise.all([
      hmac.sign("a", STAMP, data),
      hmac.sign("a", STAMP, data),
      hmac.verify("a", STAMP, data, data),
    ]);
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it("evicts the least recently used secret beyond its bound", async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    const hmac = createWebCryptoHmac(2);
    for (const secret of ["a", "b", "a", "c", "a", "b"]) await hmac.sign(secret, STAMP, data);
    // a, b, (a hit), c evicts b, (a hit), b evicts c.
    expect(importKey).toHaveBeenCalledTimes(4);
  });

  it("keeps least-recently-used order while one secret is used again and again", async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    const hmac = createWebCryptoHmac(2);
    for (const secret of ["a", "a", "b", "a", "c", "b", "a"]) await hmac.sign(secret, STAMP, data);
    // a, (a hit), b, (a hit), c evicts b, b evicts a, a evicts c. Answered from a latest key
    // kept past b, a would not move: c would evict a instead, and only 3 imports be counted.
    expect(importKey).toHaveBeenCalledTimes(5);
  });

  it("does not keep a failed import", async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, "importKey");
    importKey.mockRejectedValueOnce(new Error("boom"));
    const hmac = createWebCryptoHmac(2);
    await expect(hmac.sign("a", STAMP, data)).rejects.toThrow("boom");
    await expect(hmac.sign("a", STAMP, data)).resolves.toHaveLength(32);
    expect(importKey).toHaveBeenCalledTimes(2);
  });
});
