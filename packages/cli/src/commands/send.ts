import { readFile } from "node:fs/promises";
import { signPayload, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@lucca-events/core";
import { listOf, required, stringOf, type Command } from "../command.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { note, say, sayJson } from "../io.js";
import { luccaVerdict } from "../lucca-expectations.js";
import { createTestEvent, TOPICS, type LuccaEventTopic } from "../lucca-version.js";
import { reach } from "../reach.js";
import { overridesOf } from "../set-path.js";

/** `send`: POSTs a signed event to a receiver, as Lucca would. */
export const send: Command = {
  name: "send",
  summary: "POST a schema-valid, signed event to a receiver and check its answer",
  usage: "<topic> --to <url> [--secret <s>] [--set path=value]… | --file <event.json> --to <url>",
  options: {
    to: {
      type: "string",
      placeholder: "url",
      description: "the receiver's URL, e.g. http://localhost:3000/webhooks/lucca",
    },
    secret: {
      type: "string",
      placeholder: "secret",
      description: "the endpoint secret (LUCCA_WEBHOOK_SECRET)",
    },
    set: {
      type: "string",
      multiple: true,
      placeholder: "path=value",
      description: "override a field of the test event, e.g. data.email=ada@example.test",
    },
    file: {
      type: "string",
      placeholder: "file",
      description: "send this file's bytes as the body instead of a test event",
    },
    timestamp: {
      type: "string",
      placeholder: "iso",
      description: "the Lucca-Timestamp to sign; default now",
    },
    json: { type: "boolean", description: "print the result as JSON" },
  },
  details: [
    "Exit 0 when the receiver answers 2xx (what Lucca counts as delivered), 1 otherwise.",
    "example: lucca-events send employee.created --to http://localhost:3000/webhooks/lucca --set data.email=ada@example.test",
  ],
  async run(values, positionals, io) {
    const to = required(stringOf(values, "to"), "to");
    const secret = required(
      stringOf(values, "secret") ?? io.env.LUCCA_WEBHOOK_SECRET,
      "secret",
      "LUCCA_WEBHOOK_SECRET",
    );
    const file = stringOf(values, "file");
    const [topic, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError("expects one topic");
    let body: string;
    if (file !== undefined) {
      if (topic !== undefined) throw new UsageError("give a topic or --file, not both");
      body = await readFile(file, "utf8").catch(() => {
        throw new UsageError(`cannot read ${file}`);
      });
    } else {
      if (topic === undefined) throw new UsageError("a topic (or --file) is required");
      if (!(TOPICS as readonly string[]).includes(topic)) {
        throw new UsageError(`unknown topic ${topic}; known: ${TOPICS.join(", ")}`);
      }
      body = JSON.stringify(
        createTestEvent(topic as LuccaEventTopic, overridesOf(listOf(values, "set")) as never),
      );
    }
    const timestamp =
      stringOf(values, "timestamp") ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const response = await reach(io, to, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: await signPayload(body, secret, timestamp),
      },
      body,
    });
    if (response === undefined) return EXIT.checkFailed;
    const answer = await response.text();
    const verdict = luccaVerdict(response.status);
    if (values.json === true)
      sayJson(io, {
        status: response.status,
        delivered: verdict.delivered,
        verdict: verdict.text,
        body: answer,
      });
    else {
      say(io, `${response.status} ${response.statusText}`);
      say(io, verdict.text);
      if (answer !== "" && !verdict.delivered) note(io, answer.slice(0, 500));
    }
    return verdict.delivered ? EXIT.ok : EXIT.checkFailed;
  },
};
