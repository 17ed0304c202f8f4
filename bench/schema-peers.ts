import * as v from "valibot";
import { interleavedTimes, medianTime, ratioSpread, warmUp, type Budget } from "./measure.js";
import { VERSION_DIST } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import type { SpecEvents } from "./spec-events.js";
import type { VersionPackage } from "./throughput.js";
import { TYPEBOX_CHECKS } from "./typebox-schemas.js";
import { VALIBOT_SCHEMAS } from "./valibot-schemas.js";
import { ZOD_SCHEMAS } from "./zod-schemas.js";

/**
 * validateEvent against hand-written schemas of three topics in zod 4, valibot 1 and TypeBox's
 * compiler. Every operation is warmed up for `warmUpMs` first: zod's ratio moved from 0.30 to
 * 0.53 between a 20 ms and a 2 s warm-up, so a short one measures its start-up, not its speed.
 */
export async function schemaPeerRows(
  spec: SpecEvents,
  budget: Budget,
  warmUpMs: number,
): Promise<BenchRow[]> {
  const pkg = (await import(`${VERSION_DIST}index.js`)) as VersionPackage;
  const rows: BenchRow[] = [];
  for (const topic of Object.keys(ZOD_SCHEMAS)) {
    const { event } = spec.events.find((candidate) => candidate.topic === topic)!;
    const zod = ZOD_SCHEMAS[topic]!;
    const valibot = VALIBOT_SCHEMAS[topic]!;
    const typebox = TYPEBOX_CHECKS[topic]!;
    // Each library must accept the spec's example, or the comparison is not like for like.
    if (!zod.safeParse(event).success) throw new Error(`zod rejects the ${topic} example`);
    if (!v.safeParse(valibot, event).success) throw new Error(`valibot rejects ${topic}`);
    if (!typebox.Check(event)) throw new Error(`TypeBox rejects the ${topic} example`);
    const ops = [
      { name: "validateEvent", fn: () => pkg.validateEvent(event), inner: 100 },
      { name: "zod", fn: () => zod.safeParse(event), inner: 20 },
      { name: "valibot", fn: () => v.safeParse(valibot, event), inner: 20 },
      { name: "typebox", fn: () => typebox.Check(event), inner: 100 },
    ];
    await warmUp(ops, warmUpMs);
    const times = await interleavedTimes(ops, budget);
    const section = `validation vs schema libraries (hand-written schemas, warmed up ${warmUpMs} ms)`;
    const ours = medianTime(times, 0);
    for (const [index, name] of [
      [1, "zod 4 safeParse"],
      [2, "valibot 1 safeParse"],
      [3, "TypeBox 0.34 TypeCompiler Check"],
    ] as const) {
      rows.push(
        row(
          section,
          `validateEvent, ${topic}`,
          "ms",
          ours,
          { name, value: medianTime(times, index) },
          { spread: ratioSpread(times, 0, index), peer: true },
        ),
      );
    }
  }
  return rows;
}
