import { createHmac, timingSafeEqual } from "node:crypto";
import { formats } from "../packages/core/src/formats.js";
import { interleavedTimes, median, REPETITIONS, spreadOf, type Budget } from "./measure.js";
import { API_VERSION, VERSION_DIST } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { compileRuntimeAjv, composeSchemas } from "./runtime-ajv.js";
import type { SpecEvents } from "./spec-events.js";

/** What the bench calls on the built version package. */
export interface VersionPackage {
  validateEvent: (value: unknown) => { ok: boolean };
  parseWebhook: (
    input: Request | { body: string | Uint8Array; headers: Record<string, string> | Headers },
    options: { secret: string; now: () => number },
  ) => Promise<{ ok: boolean }>;
}

export const SECRET = "bench-secret-0123456789abcdef";
export const TIMESTAMP = "2024-11-04T09:15:43Z";
const NOW = Date.parse(TIMESTAMP);

/** Lucca's headers for `body`, signed with {@link SECRET} at {@link TIMESTAMP}. */
export function signedHeaders(body: string, timestamp = TIMESTAMP): Record<string, string> {
  const signature = createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("base64");
  return { "lucca-timestamp": timestamp, "lucca-signature": signature };
}

const OPS = [
  "JSON.parse",
  "validateEvent",
  "ajv",
  "ajvFormatsPass",
  "parseWebhook",
  "verify",
  "handPipeline",
  "request",
  "parseRequest",
  "readRequest",
];
const at = (name: string) => OPS.indexOf(name);

/**
 * Per-topic figures, each a median over topics of per-topic ratios, taken {@link REPETITIONS}
 * times with every topic's operations back to back: validateEvent against JSON.parse and ajv
 * compiled at run time; parseWebhook against the sum of its parts; a Request against an object.
 */
export async function throughputRows(spec: SpecEvents, budget: Budget): Promise<BenchRow[]> {
  // The built package, as a consumer imports it; Node resolves core's node:crypto entry.
  const pkg = (await import(`${VERSION_DIST}index.js`)) as VersionPackage;
  const composed = composeSchemas(API_VERSION, spec.model, spec.definitions);
  const runtime = compileRuntimeAjv(composed, formats);
  // The same, with every format check passing at once: what is left is ajv's own work, so the
  // difference is the time both sides spend in the format checks they share.
  const formatsPass = compileRuntimeAjv(
    composed,
    Object.fromEntries(Object.keys(formats).map((name) => [name, () => true])),
  );
  const options = { secret: SECRET, now: () => NOW };
  const cases = await Promise.all(
    spec.events.map(async ({ topic, event, body }) => {
      const ajvValidate = runtime.get(topic)!;
      const ajvFormatsPass = formatsPass.get(topic)!;
      if (!pkg.validateEvent(event).ok || !ajvValidate(event)) throw new Error(`${topic}: invalid`);
      const headers = signedHeaders(body);
      const input = { body, headers };
      if (!(await pkg.parseWebhook(input, options)).ok) throw new Error(`${topic}: not parsed`);
      const expected = Buffer.from(headers["lucca-signature"]!, "base64");
      // Framed as a real delivery is: Lucca's requests carry Content-Length.
      const requestHeaders = {
        ...headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body, "utf8")),
      };
      const request = () =>
        new Request("https://example.test/webhooks/lucca", {
          method: "POST",
          body,
          headers: requestHeaders,
        });
      return [
        { name: "JSON.parse", fn: () => JSON.parse(body), inner: 50 },
        { name: "validateEvent", fn: () => pkg.validateEvent(event), inner: 100 },
        { name: "ajv", fn: () => ajvValidate(event), inner: 100 },
        { name: "ajvFormatsPass", fn: () => ajvFormatsPass(event), inner: 100 },
        { name: "parseWebhook", fn: () => pkg.parseWebhook(input, options), async: true, inner: 5 },
        {
          // The same input parseWebhook is handed: the body as text, hashed as its UTF-8 bytes.
          name: "verify",
          fn: () =>
            timingSafeEqual(
              createHmac("sha256", SECRET).update(`${TIMESTAMP}.`).update(body, "utf8").digest(),
              expected,
            ),
          inner: 10,
        },
        {
          // The floor of the pipeline: its steps written straight in one function, handed over
          // in a resolved promise as parseWebhook's result is, and awaited alike.
          name: "handPipeline",
          fn: () => Promise.resolve(handPipeline(input, pkg.validateEvent)),
          async: true,
          inner: 5,
        },
        { name: "request", fn: request, inner: 5 },
        {
          name: "parseRequest",
          fn: () => pkg.parseWebhook(request(), options),
          async: true,
          inner: 5,
        },
        // The least a reader of a Request pays: its body pulled through its stream by hand (no
        // limits, no deadline), then parseWebhook on those bytes and the Request's headers. One
        // operation, not the two timed apart and added: the stream's machinery running first makes
        // the parse after it slower than it is alone (measured: 2.5 against 1.7 for the sum).
        {
          name: "readRequest",
          fn: async () => {
            const incoming = request();
            const bytes = await readStream(incoming.body!);
            return pkg.parseWebhook({ body: bytes, headers: incoming.headers }, options);
          },
          async: true,
          inner: 5,
        },
      ];
    }),
  );
  const perRepetition = {
    vsParse: [] as number[],
    vsAjv: [] as number[],
    formatsVsAjv: [] as number[],
  };
  const pipeline = {
    vsSum: [] as number[],
    handVsSum: [] as number[],
    requestVsObject: [] as number[],
    readFloor: [] as number[],
  };
  const means = new Map<string, number[]>(OPS.map((name) => [name, []]));
  for (let repetition = 0; repetition < REPETITIONS; repetition++) {
    const ratios = {
      vsParse: [] as number[],
      vsAjv: [] as number[],
      formatsVsAjv: [] as number[],
      vsSum: [] as number[],
      handVsSum: [] as number[],
    };
    const requestRatios: number[] = [];
    const readRatios: number[] = [];
    for (const ops of cases) {
      const [times] = await interleavedTimes(ops, budget, 1);
      const t = (name: string) => times![at(name)]!;
      ratios.vsParse.push(t("validateEvent") / t("JSON.parse"));
      ratios.vsAjv.push(t("validateEvent") / t("ajv"));
      ratios.formatsVsAjv.push((t("ajv") - t("ajvFormatsPass")) / t("ajv"));
      const parts = t("JSON.parse") + t("verify") + t("validateEvent");
      ratios.vsSum.push(t("parseWebhook") / parts);
      ratios.handVsSum.push(t("handPipeline") / parts);
      // A Request is built per call (a body is read once); its own cost is taken out.
      requestRatios.push((t("parseRequest") - t("request")) / t("parseWebhook"));
      readRatios.push((t("readRequest") - t("request")) / t("parseWebhook"));
      for (const name of OPS) means.get(name)!.push(t(name));
    }
    perRepetition.vsParse.push(median(ratios.vsParse));
    perRepetition.vsAjv.push(median(ratios.vsAjv));
    perRepetition.formatsVsAjv.push(median(ratios.formatsVsAjv));
    pipeline.vsSum.push(median(ratios.vsSum));
    pipeline.handVsSum.push(median(ratios.handVsSum));
    pipeline.requestVsObject.push(median(requestRatios));
    pipeline.readFloor.push(median(readRatios));
  }
  const mean = (name: string) => median(means.get(name)!);
  const n = spec.events.length;
  const section = `per delivery, median over ${n} topics of per-topic ratios (times: medians)`;
  const parse = { name: "JSON.parse of the body", value: mean("JSON.parse") };
  const ajv = { name: "ajv 8 compiled at run time, same schemas and formats", value: mean("ajv") };
  const sum = mean("JSON.parse") + mean("verify") + mean("validateEvent");
  return [
    row(section, "validateEvent", "ms", mean("validateEvent"), parse, {
      spread: spreadOf(perRepetition.vsParse),
    }),
    row(section, "validateEvent", "ms", mean("validateEvent"), ajv, {
      spread: spreadOf(perRepetition.vsAjv),
    }),
    row(
      section,
      "the floor of the row above: the format checks both call (ajv less ajv with every format passing)",
      "ms",
      mean("ajv") - mean("ajvFormatsPass"),
      ajv,
      { spread: spreadOf(perRepetition.formatsVsAjv) },
    ),
    row(
      section,
      "parseWebhook({ body, headers }), node entry",
      "ms",
      mean("parseWebhook"),
      { name: "sum of JSON.parse + createHmac verify + validateEvent", value: sum },
      { spread: spreadOf(pipeline.vsSum) },
    ),
    row(
      section,
      "the floor of the row above: the same steps written by hand in one function",
      "ms",
      mean("handPipeline"),
      { name: "sum of JSON.parse + createHmac verify + validateEvent", value: sum },
      { spread: spreadOf(pipeline.handVsSum) },
    ),
    row(
      section,
      "parseWebhook(request), the Request's construction taken out",
      "ms",
      mean("parseRequest") - mean("request"),
      { name: "parseWebhook({ body, headers })", value: mean("parseWebhook") },
      { spread: spreadOf(pipeline.requestVsObject) },
    ),
    row(
      section,
      "the floor of the row above: the Request's stream read by hand, then parseWebhook on its bytes",
      "ms",
      mean("readRequest") - mean("request"),
      { name: "parseWebhook({ body, headers })", value: mean("parseWebhook") },
      { spread: spreadOf(pipeline.readFloor) },
    ),
  ];
}

/**
 * What a receiver written by hand does with a delivery in memory: the two headers, the two-sided
 * window, the HMAC compared in constant time, JSON.parse, the validator. No options checks, no
 * reasons or messages, no depth or unsafe-key walk: the least parseWebhook could cost.
 */
function handPipeline(
  input: { body: string; headers: Record<string, string> },
  validateEvent: VersionPackage["validateEvent"],
): { ok: boolean; event?: unknown } {
  const timestamp = input.headers["lucca-timestamp"];
  const signature = input.headers["lucca-signature"];
  if (timestamp === undefined || signature === undefined) return { ok: false };
  if (Math.abs(NOW - Date.parse(timestamp)) > 300_000) return { ok: false };
  const expected = Buffer.from(signature, "base64");
  const actual = createHmac("sha256", SECRET).update(`${timestamp}.`).update(input.body).digest();
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false };
  const value: unknown = JSON.parse(input.body);
  return validateEvent(value).ok ? { ok: true, event: value } : { ok: false };
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
  }
  return chunks.length === 1 ? chunks[0]! : new Uint8Array(Buffer.concat(chunks));
}
