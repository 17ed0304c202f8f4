import { readFile } from "node:fs/promises";
import { required, stringOf, type Command } from "../command.js";
import { diagnoseSignature } from "../diagnose-signature.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { say, sayJson } from "../io.js";

/** `verify`: says whether a saved delivery verifies and, if not, the likely cause. */
export const verify: Command = {
  name: "verify",
  summary: "check a delivery's signature and name the likely cause when it fails",
  usage: "--secret <s> --timestamp <t> --signature <sig> <body-file>",
  options: {
    secret: {
      type: "string",
      placeholder: "s",
      description: "the endpoint secret (LUCCA_WEBHOOK_SECRET)",
    },
    timestamp: {
      type: "string",
      placeholder: "t",
      description: "the Lucca-Timestamp header, verbatim",
    },
    signature: {
      type: "string",
      placeholder: "sig",
      description: "the Lucca-Signature header, verbatim",
    },
    tolerance: {
      type: "string",
      placeholder: "seconds",
      description: "accepted clock difference; default 300",
    },
    json: { type: "boolean", description: "print the result as JSON" },
  },
  details: [
    "The body file must hold the raw bytes as received (e.g. saved before any JSON parsing).",
    "Causes checked: body re-serialized, trailing newline in the secret, a key taken as",
    "base64url-decoded bytes, a timestamp outside the window, a signature in hex.",
    "Exit 0 when it verifies, 1 when it does not.",
  ],
  async run(values, positionals, io) {
    const secret = required(
      stringOf(values, "secret") ?? io.env.LUCCA_WEBHOOK_SECRET,
      "secret",
      "LUCCA_WEBHOOK_SECRET",
    );
    const timestamp = required(stringOf(values, "timestamp"), "timestamp");
    const signature = required(stringOf(values, "signature"), "signature");
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) throw new UsageError("expects one body file");
    const toleranceText = stringOf(values, "tolerance");
    const toleranceSeconds = toleranceText === undefined ? undefined : Number(toleranceText);
    if (toleranceSeconds !== undefined && !(toleranceSeconds >= 0))
      throw new UsageError("--tolerance must be seconds ≥ 0");
    const body = await readFile(file).catch(() => {
      throw new UsageError(`cannot read ${file}`);
    });
    const diagnosis = await diagnoseSignature({
      body,
      secret,
      timestamp,
      signature,
      ...(toleranceSeconds === undefined ? {} : { toleranceSeconds }),
    });
    if (values.json === true) sayJson(io, diagnosis);
    else if (diagnosis.ok) say(io, "ok: the signature verifies");
    else {
      say(io, `does not verify (${diagnosis.reason})`);
      for (const cause of diagnosis.causes) say(io, `likely cause: ${cause}`);
    }
    return diagnosis.ok ? EXIT.ok : EXIT.checkFailed;
  },
};
