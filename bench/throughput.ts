import { createHmac } from "node:crypto";
import { formats } from "../packages/core/src/formats.js";
import { median, medianTimes, QUICK, type Budget } from "./measure.js";
import { API_VERSION, VERSION_DIST } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { compileRuntimeAjv, composeSchemas } from "./runtime-ajv.js";
import type { SpecEvents } from "./spec-events.js";
import { ZOD_SCHEMAS } from "./zod-schemas.js";

interface VersionPackage {
  validateEvent: (value: unknown) => { ok: boolean };
  parseWebhook: (
    input: { body: string; headers: Record<string, string> },
    options: { secret: string; now: () => number },
  ) => Promise<{ ok: boolean }>;
}

const SECRET = "bench-secret-0123456789abcdef";
const TIMESTAMP = "2024-11-04T09:15:43Z";
const NOW = Date.parse(TIMESTAMP);

/**
 * Per-topic throughput: validate, the whole parseWebhook pipeline, ajv compiled at run time and
 * zod 4, each against a baseline timed right next to it on the same event.
 */
export async function throughputRows(
  spec: SpecEvents,
  budget: Budget = QUICK,
): Promise<BenchRow[]> {
  // The built package, as a consumer imports it; Node resolves core's node:crypto entry.
  const pkg = (await import(`${VERSION_DIST}index.js`)) as VersionPackage;
  const runtime = compileRuntimeAjv(
    composeSchemas(API_VERSION, spec.model, spec.definitions),
    formats,
  );
  const vsParse: number[] = [];
  const pipelineVsParse: number[] = [];
  const vsAjv: number[] = [];
  let sums = { validate: 0, parse: 0, pipeline: 0, ajv: 0 };
  for (const { topic, event, body } of spec.events) {
    const ajvValidate = runtime.get(topic)!;
    if (!pkg.validateEvent(event).ok || !ajvValidate(event)) throw new Error(`${topic}: not valid`);
    const input = {
      body,
      headers: {
        "lucca-timestamp": TIMESTAMP,
        "lucca-signature": createHmac("sha256", SECRET)
          .update(`${TIMESTAMP}.${body}`)
          .digest("base64"),
      },
    };
    const options = { secret: SECRET, now: () => NOW };
    if (!(await pkg.parseWebhook(input, options)).ok) throw new Error(`${topic}: pipeline failed`);
    const [parse, validate, ajv, pipeline] = await medianTimes(
      [
        { name: "JSON.parse", fn: () => JSON.parse(body), inner: 20 },
        { name: "validateEvent", fn: () => pkg.validateEvent(event), inner: 20 },
        { name: "ajv runtime", fn: () => ajvValidate(event), inner: 20 },
        { name: "parseWebhook", fn: () => pkg.parseWebhook(input, options), async: true, inner: 5 },
      ],
      budget,
    );
    vsParse.push(validate! / parse!);
    pipelineVsParse.push(pipeline! / parse!);
    vsAjv.push(validate! / ajv!);
    sums = {
      validate: sums.validate + validate!,
      parse: sums.parse + parse!,
      pipeline: sums.pipeline + pipeline!,
      ajv: sums.ajv + ajv!,
    };
  }
  const n = spec.events.length;
  const section = `per delivery, median ratio over ${n} topics (times: mean of per-topic medians)`;
  const parse = { name: "JSON.parse of the body", value: sums.parse / n };
  const rows = [
    row(section, "validateEvent", "ms", sums.validate / n, parse, { ratio: median(vsParse) }),
    row(
      section,
      "parseWebhook (node entry: verify + parse + validate)",
      "ms",
      sums.pipeline / n,
      parse,
      {
        ratio: median(pipelineVsParse),
      },
    ),
    row(
      section,
      "validateEvent",
      "ms",
      sums.validate / n,
      { name: "ajv 8 compiled at run time, same schemas", value: sums.ajv / n },
      { ratio: median(vsAjv) },
    ),
  ];
  return [...rows, ...(await zodRows(spec, pkg, budget))];
}

async function zodRows(spec: SpecEvents, pkg: VersionPackage, budget: Budget): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [topic, schema] of Object.entries(ZOD_SCHEMAS)) {
    const { event } = spec.events.find((candidate) => candidate.topic === topic)!;
    const zodResult = schema.safeParse(event);
    if (!zodResult.success)
      throw new Error(`zod rejects the ${topic} example: ${zodResult.error.message}`);
    const [validate, zod] = await medianTimes(
      [
        { name: "validateEvent", fn: () => pkg.validateEvent(event), inner: 20 },
        { name: "zod", fn: () => schema.safeParse(event), inner: 20 },
      ],
      budget,
    );
    rows.push(
      row("vs zod 4 (hand-written schemas)", `validateEvent, ${topic}`, "ms", validate!, {
        name: "zod 4 safeParse",
        value: zod!,
      }),
    );
  }
  return rows;
}
