import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "../../src/signature/base64.js";
import { nodeCryptoHmac } from "../../src/signature/node-crypto-hmac.js";

describe("decodeBase64", () => {
  it.each([
    ["", []],
    ["AA==", [0]],
    ["AAE=", [0, 1]],
    ["AAEC", [0, 1, 2]],
    ["+/8=", [0xfb, 0xff]],
  ])("decodes %j", (text, bytes) => {
    expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
  });

  it.each([
    ["missing padding", "AAE"],
    ["too much padding", "A==="],
    ["padding in the middle", "AA==AAAA"],
    ["base64url alphabet", "-_8="],
    ["whitespace", "AA AA"],
    ["trailing newline", "AAEC\n"],
    ["non-zero trailing bits", "AB=="],
    ["non-zero trailing bits before one pad", "AAF="],
    ["non-ASCII", "ÀÀÀÀ"],
    ["a line break inside", "AAAA\nAAAA"],
  ])("rejects %s, in both engines", (_, text) => {
    expect(decodeBase64(text)).toBeUndefined();
    expect(nodeCryptoHmac.decodeBase64(text)).toBeUndefined();
  });

  it("round-trips every byte value", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });
});
