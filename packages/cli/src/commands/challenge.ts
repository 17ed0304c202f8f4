import { randomBytes } from "node:crypto";
import { required, stringOf, type Command } from "../command.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { say, sayJson } from "../io.js";
import { reach } from "../reach.js";

/** `challenge`: plays Lucca's activation GET and checks the echo byte for byte. */
export const challenge: Command = {
  name: "challenge",
  summary: "play Lucca's activation GET and check the value is echoed byte for byte",
  usage: "--to <url> [--param echo|challenge] [--value <v>]",
  options: {
    to: { type: "string", placeholder: "url", description: "the receiver's URL" },
    param: {
      type: "string",
      placeholder: "echo|challenge",
      description: 'the query parameter; default "echo" (older docs say "challenge")',
    },
    value: {
      type: "string",
      placeholder: "v",
      description:
        "the value to send; default random, with a non-ASCII character as in Lucca's example",
    },
    json: { type: "boolean", description: "print the result as JSON" },
  },
  details: [
    'Lucca expects 200 with the value as plain text (Lucca\'s "Activate an endpoint" page).',
  ],
  async run(values, _positionals, io) {
    const to = required(stringOf(values, "to"), "to");
    const param = stringOf(values, "param") ?? "echo";
    if (param !== "echo" && param !== "challenge")
      throw new UsageError("--param must be echo or challenge");
    const value = stringOf(values, "value") ?? `${randomBytes(9).toString("base64url")}ç834`;
    if (!URL.canParse(to)) throw new UsageError(`--to is not a URL: ${to}`);
    const url = new URL(to);
    // Percent-encoding (RFC 3986), not URLSearchParams' form encoding, which sends a space as "+".
    const pair = `${param}=${encodeURIComponent(value)}`;
    url.search = url.search === "" ? pair : `${url.search.slice(1)}&${pair}`;
    const response = await reach(io, url, {});
    if (response === undefined) return EXIT.checkFailed;
    const received = new Uint8Array(await response.arrayBuffer());
    const expected = new TextEncoder().encode(value);
    const echoed =
      received.length === expected.length && received.every((byte, i) => byte === expected[i]);
    const ok = response.status === 200 && echoed;
    const problem =
      response.status !== 200
        ? `answered ${response.status}, not 200`
        : echoed
          ? undefined
          : `answered ${JSON.stringify(new TextDecoder().decode(received).slice(0, 200))}, not ${JSON.stringify(value)}`;
    if (values.json === true)
      sayJson(io, { ok, status: response.status, sent: value, problem: problem ?? null });
    else
      say(
        io,
        ok ? `ok: 200 and ${JSON.stringify(value)} echoed byte for byte` : `failed: ${problem}`,
      );
    return ok ? EXIT.ok : EXIT.checkFailed;
  },
};
