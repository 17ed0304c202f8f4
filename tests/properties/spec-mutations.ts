// Derives, from the spec's own schemas, every place where a single change must make a valid event
// invalid: a required property that can be removed, and the JSON types it must not take. Nothing
// here is a hand-kept list, so a spec change moves the property tests with it.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDefinitions } from "../../scripts/lib/model/definitions.js";
import { buildEventModel } from "../../scripts/lib/model/event-model.js";
import { loadSpec } from "../../scripts/lib/spec/load-spec.js";

type Schema = Record<string, unknown>;
export type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";
export type Path = readonly (string | number)[];

/** A required property present in a valid event, and the JSON types its schema rules out. */
export interface RequiredSlot {
  path: Path;
  wrongTypes: readonly JsonType[];
}

/** A valid spec example with the required slots derived for it. */
export interface MutableEvent {
  topic: string;
  file: string;
  event: Record<string, unknown>;
  slots: readonly RequiredSlot[];
}

const ALL_TYPES: readonly JsonType[] = [
  "null",
  "boolean",
  "integer",
  "number",
  "string",
  "array",
  "object",
];

/** One value of each JSON type; 1.5 is a number that is not an integer. */
export const VALUE_OF_TYPE: Record<JsonType, unknown> = {
  null: null,
  boolean: true,
  integer: 7,
  number: 1.5,
  string: "x",
  array: [],
  object: {},
};

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every valid example of the version's spec, with its required slots. */
export async function loadMutableEvents(apiVersion: string): Promise<MutableEvent[]> {
  const specFile = `spec/${apiVersion}/openapi.yaml`;
  const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
  const model = buildEventModel(spec);
  const defs = buildDefinitions(spec) as Record<string, Schema>;
  const envelope = structuredClone(defs[model.envelopeSchemaName]) as Schema;
  // The topic schema as the generator composes it (scripts/lib/emit-validators.ts).
  const openEnvelope = {
    ...envelope,
    properties: { ...(envelope.properties as Schema), topic: { type: "string", minLength: 1 } },
  };
  const events: MutableEvent[] = [];
  for (const topic of model.topics) {
    const schema: Schema = {
      allOf: [openEnvelope],
      properties: { topic: { const: topic.topic }, data: { $ref: `#/$defs/${topic.schemaName}` } },
    };
    const dir = join(REPO_ROOT, `spec/${apiVersion}/examples`, topic.topic);
    for (const file of (await readdir(dir)).filter((name) => name.endsWith(".json")).sort()) {
      const event = JSON.parse(await readFile(join(dir, file), "utf8")) as Record<string, unknown>;
      events.push({
        topic: topic.topic,
        file,
        event,
        slots: requiredSlots(schema, event, defs, []),
      });
    }
  }
  return events;
}

function resolve(schema: unknown, defs: Record<string, Schema>): Schema | undefined {
  let current = schema as Schema | undefined;
  for (let hops = 0; hops < 32 && typeof current?.$ref === "string"; hops++) {
    const ref = current.$ref as string;
    current = ref.startsWith("#/$defs/") ? defs[ref.slice("#/$defs/".length)] : undefined;
  }
  return current;
}

/** The schemas that all apply to an object value: the schema, its allOf, and the one object branch of a oneOf/anyOf. */
function objectFacets(schema: unknown, defs: Record<string, Schema>): Schema[] {
  const node = resolve(schema, defs);
  if (node === undefined) return [];
  const facets = [node];
  for (const part of (node.allOf as unknown[] | undefined) ?? [])
    facets.push(...objectFacets(part, defs));
  for (const keyword of ["oneOf", "anyOf"]) {
    const branches = node[keyword] as unknown[] | undefined;
    if (branches === undefined) continue;
    const objectBranches = branches.filter((branch) => admitsObject(branch, defs));
    // With several object branches, a mutation may move the value into another branch: no claim.
    if (objectBranches.length !== 1) return [];
    facets.push(...objectFacets(objectBranches[0], defs));
  }
  return facets;
}

function admitsObject(schema: unknown, defs: Record<string, Schema>): boolean {
  const allowed = allowedTypes(schema, defs);
  return allowed === undefined || allowed.has("object");
}

/** The JSON types a schema admits, or `undefined` when it does not constrain the type. */
function allowedTypes(schema: unknown, defs: Record<string, Schema>): Set<JsonType> | undefined {
  const node = resolve(schema, defs);
  if (node === undefined) return undefined;
  let allowed: Set<JsonType> | undefined;
  const narrow = (types: Set<JsonType> | undefined): void => {
    if (types === undefined) return;
    allowed =
      allowed === undefined ? types : new Set([...allowed].filter((type) => types.has(type)));
  };
  if (node.type !== undefined) {
    const declared = (Array.isArray(node.type) ? node.type : [node.type]) as JsonType[];
    // Every integer is a number, so a "number" schema admits integers too.
    narrow(
      new Set(
        declared.flatMap((type) =>
          type === "number" ? ["number", "integer"] : [type],
        ) as JsonType[],
      ),
    );
  }
  if ("const" in node) narrow(new Set([typeOf(node.const)]));
  if (Array.isArray(node.enum)) narrow(new Set(node.enum.map(typeOf)));
  for (const part of (node.allOf as unknown[] | undefined) ?? []) narrow(allowedTypes(part, defs));
  for (const keyword of ["oneOf", "anyOf"]) {
    const branches = node[keyword] as unknown[] | undefined;
    if (branches === undefined) continue;
    const each = branches.map((branch) => allowedTypes(branch, defs));
    if (each.every((types) => types !== undefined))
      narrow(new Set(each.flatMap((types) => [...types!])));
  }
  return allowed;
}

function typeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as JsonType;
}

function requiredSlots(
  schema: unknown,
  value: unknown,
  defs: Record<string, Schema>,
  path: Path,
): RequiredSlot[] {
  if (Array.isArray(value)) {
    const items = resolve(schema, defs)?.items;
    if (items === undefined) return [];
    return value.flatMap((item, index) => requiredSlots(items, item, defs, [...path, index]));
  }
  if (value === null || typeof value !== "object") return [];
  const facets = objectFacets(schema, defs);
  const record = value as Record<string, unknown>;
  const slots: RequiredSlot[] = [];
  const required = new Set(
    facets.flatMap((facet) => (facet.required as string[] | undefined) ?? []),
  );
  for (const name of required) {
    if (!Object.hasOwn(record, name)) continue;
    let allowed: Set<JsonType> | undefined;
    for (const facet of facets) {
      const types = allowedTypes((facet.properties as Schema | undefined)?.[name], defs);
      if (types === undefined) continue;
      allowed =
        allowed === undefined ? types : new Set([...allowed].filter((type) => types.has(type)));
    }
    const wrongTypes = allowed === undefined ? [] : ALL_TYPES.filter((type) => !allowed!.has(type));
    slots.push({ path: [...path, name], wrongTypes });
  }
  // Present optional properties are descended into too: their own required members still count.
  for (const [name, child] of Object.entries(record)) {
    for (const facet of facets) {
      const propertySchema = (facet.properties as Schema | undefined)?.[name];
      if (propertySchema !== undefined)
        slots.push(...requiredSlots(propertySchema, child, defs, [...path, name]));
    }
  }
  return dedupe(slots);
}

function dedupe(slots: RequiredSlot[]): RequiredSlot[] {
  const byPath = new Map<string, RequiredSlot>();
  for (const slot of slots) {
    const key = JSON.stringify(slot.path);
    const seen = byPath.get(key);
    // Two facets may reach the same path; the type constraints of both apply.
    byPath.set(
      key,
      seen === undefined
        ? slot
        : { path: slot.path, wrongTypes: [...new Set([...seen.wrongTypes, ...slot.wrongTypes])] },
    );
  }
  return [...byPath.values()];
}

/** A deep copy of `event` with the property at `path` removed, or replaced by `replacement`. */
export function mutateAt(event: unknown, path: Path, replacement?: { value: unknown }): unknown {
  const copy = structuredClone(event);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) delete parent[last];
  else parent[last] = replacement.value;
  return copy;
}
