import { LOWER_BOUNDS, UPPER_BOUNDS } from "../model/keywords.js";
import type { NormalSchema } from "./normalize.js";
import { stableStringify, type ChangeLevel } from "./types.js";

/** A change found at one schema node, before the subject and path are put in front of it. */
export type Finding = readonly [level: ChangeLevel, message: string];

/**
 * Formats whose values are all valid for a wider format too: moving along one of these edges
 * loosens the schema. Any other format change is treated as breaking.
 */
const FORMAT_WIDENINGS: Readonly<Record<string, readonly string[]>> = {
  int32: ["int64"],
  float: ["double"],
  email: ["idn-email"],
  hostname: ["idn-hostname"],
  uri: ["uri-reference", "iri", "iri-reference"],
  "uri-reference": ["iri-reference"],
  iri: ["iri-reference"],
};

/** Differences in the JSON types a node accepts, `null` included. */
export function typeFindings(before: NormalSchema, after: NormalSchema): Finding[] {
  const findings: Finding[] = [];
  // With `enum`/`const` on both sides the values decide what is accepted: `{const: "event"}`
  // equals `{type: "string", enum: ["event"]}`, and value changes are reported on their own.
  const valuesDecide = before.values !== undefined && after.values !== undefined;
  const b = valuesDecide ? undefined : before.types;
  const a = valuesDecide ? undefined : after.types;
  if (b === undefined && a !== undefined) findings.push(["major", `type restricted to ${show(a)}`]);
  if (b !== undefined && a === undefined) findings.push(["minor", `type no longer restricted`]);
  if (b !== undefined && a !== undefined) {
    const removed = [...b].filter((type) => !covers(a, type));
    const added = [...a].filter((type) => !covers(b, type));
    if (removed.length > 0) findings.push(["major", `type changed from ${show(b)} to ${show(a)}`]);
    else if (added.length > 0)
      findings.push(["minor", `type widened from ${show(b)} to ${show(a)}`]);
  }
  if (before.nullable && !after.nullable) findings.push(["major", "no longer nullable"]);
  if (!before.nullable && after.nullable) findings.push(["minor", "now nullable"]);
  return findings;
}

/** Differences in `enum` / `const`. */
export function valueFindings(before: NormalSchema, after: NormalSchema): Finding[] {
  const b = before.values;
  const a = after.values;
  if (b === undefined && a === undefined) return [];
  if (b === undefined) return [["major", `values restricted to ${a?.map(showValue).join(", ")}`]];
  if (a === undefined) return [["minor", "values no longer restricted"]];
  const [onlyBefore] = b;
  const [onlyAfter] = a;
  if (
    b.length === 1 &&
    a.length === 1 &&
    stableStringify(onlyBefore) !== stableStringify(onlyAfter)
  ) {
    return [["major", `const changed from ${showValue(onlyBefore)} to ${showValue(onlyAfter)}`]];
  }
  const bKeys = new Set(b.map(stableStringify));
  const aKeys = new Set(a.map(stableStringify));
  return [
    ...b
      .filter((v) => !aKeys.has(stableStringify(v)))
      .map((v): Finding => ["major", `enum value ${showValue(v)} removed`]),
    ...a
      .filter((v) => !bKeys.has(stableStringify(v)))
      .map((v): Finding => ["minor", `enum value ${showValue(v)} added`]),
  ];
}

/** Differences in format, pattern, numeric bounds and other validation keywords. */
export function constraintFindings(before: NormalSchema, after: NormalSchema): Finding[] {
  const b = before.constraints;
  const a = after.constraints;
  const findings: Finding[] = [...formatFindings(b.format, a.format)];
  if (a.pattern !== undefined && b.pattern === undefined) findings.push(["major", "pattern added"]);
  if (a.pattern !== undefined && b.pattern !== undefined && a.pattern !== b.pattern) {
    findings.push([
      "major",
      `pattern changed from ${showValue(b.pattern)} to ${showValue(a.pattern)}`,
    ]);
  }
  if (a.pattern === undefined && b.pattern !== undefined)
    findings.push(["minor", "pattern removed"]);
  for (const key of LOWER_BOUNDS) findings.push(...boundFindings(key, b[key], a[key], 1));
  for (const key of UPPER_BOUNDS) findings.push(...boundFindings(key, b[key], a[key], -1));
  for (const key of ["exclusiveMinimum", "exclusiveMaximum"] as const) {
    // 3.1 makes these numbers, 3.0 booleans that tighten minimum/maximum.
    const sign = key === "exclusiveMinimum" ? 1 : -1;
    findings.push(...boundFindings(key, asBound(b[key]), asBound(a[key]), sign));
  }
  if (stableStringify(b.multipleOf) !== stableStringify(a.multipleOf)) {
    findings.push(
      a.multipleOf === undefined
        ? ["minor", "multipleOf removed"]
        : ["major", "multipleOf changed"],
    );
  }
  if (a.uniqueItems === true && b.uniqueItems !== true)
    findings.push(["major", "items must now be unique"]);
  if (a.uniqueItems !== true && b.uniqueItems === true)
    findings.push(["minor", "items no longer unique"]);
  if (a.deprecated === true && b.deprecated !== true) findings.push(["minor", "deprecated"]);
  if (a.deprecated !== true && b.deprecated === true)
    findings.push(["minor", "no longer deprecated"]);
  return findings;
}

function formatFindings(before: unknown, after: unknown): Finding[] {
  if (before === after) return [];
  if (typeof after !== "string") return [["minor", `format ${showValue(before)} removed`]];
  if (typeof before !== "string") return [["major", `format "${after}" added`]];
  return FORMAT_WIDENINGS[before]?.includes(after)
    ? [["minor", `format loosened from "${before}" to "${after}"`]]
    : [["major", `format changed from "${before}" to "${after}"`]];
}

/** `sign` is 1 when raising the bound tightens it (a minimum), -1 when lowering does. */
function boundFindings(key: string, before: unknown, after: unknown, sign: 1 | -1): Finding[] {
  const b = typeof before === "number" ? before : undefined;
  const a = typeof after === "number" ? after : undefined;
  if (b === a) return [];
  if (b === undefined) return [["major", `${key} ${a} added`]];
  if (a === undefined) return [["minor", `${key} ${b} removed`]];
  const verb = a > b ? "raised" : "lowered";
  return [[(a - b) * sign > 0 ? "major" : "minor", `${key} ${verb} from ${b} to ${a}`]];
}

function asBound(value: unknown): unknown {
  // A 3.0 boolean flag compares as a bound of 0 (absent) or 1 (set): setting it tightens.
  return typeof value === "boolean" ? (value ? 1 : undefined) : value;
}

function covers(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

function show(types: ReadonlySet<string>): string {
  return types.size === 0 ? "null" : [...types].sort().join(" | ");
}

function showValue(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}
