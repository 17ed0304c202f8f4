/**
 * @module Reading facts from a raw schema the way a validator would see them: through `$ref`
 * chains and `allOf` branches at any depth (JSON Schema 2020-12 Core §10.2.1.1: an instance valid
 * against `allOf` is valid against every branch, so each branch's `properties` apply).
 */
import { isObject, type JsonObject } from "./document.js";
import { resolveRef } from "./refs.js";

// Deeper than any real composition; a guard against pathological nesting.
const MAX_LAYERS = 256;

/**
 * The schema and every schema it includes through `$ref` and `allOf`, outermost first, each once.
 * `oneOf`/`anyOf` are not followed: their branches are alternatives, not constraints of all.
 */
export function layers(schema: unknown, document: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    const resolved = resolveRef(node, document).node;
    if (!isObject(resolved) || seen.has(resolved) || out.length >= MAX_LAYERS) return;
    seen.add(resolved);
    out.push(resolved);
    if (Array.isArray(resolved.allOf)) for (const branch of resolved.allOf) visit(branch);
  };
  visit(schema);
  return out;
}

/** A layer and the JSON pointer it sits at (for error messages). */
export interface LocatedLayer {
  readonly node: JsonObject;
  readonly pointer: string;
}

/** {@link layers}, each with its pointer: `$ref` targets at theirs, branches under `allOf/<i>`. */
export function locatedLayers(schema: unknown, pointer: string, document: unknown): LocatedLayer[] {
  const out: LocatedLayer[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, at: string) => {
    const { node: resolved, refs } = resolveRef(node, document);
    if (!isObject(resolved) || seen.has(resolved) || out.length >= MAX_LAYERS) return;
    seen.add(resolved);
    const here = refs.length > 0 ? refs[refs.length - 1]!.slice(1) : at;
    out.push({ node: resolved, pointer: here });
    if (Array.isArray(resolved.allOf)) {
      resolved.allOf.forEach((branch, index) => visit(branch, `${here}/allOf/${index}`));
    }
  };
  visit(schema, pointer);
  return out;
}

/** The schemas given for property `name` in any layer, outermost first. */
export function propertySchemas(schema: unknown, name: string, document: unknown): unknown[] {
  return layers(schema, document).flatMap((layer) => {
    const properties = resolveRef(layer.properties, document).node;
    return isObject(properties) && Object.hasOwn(properties, name) ? [properties[name]] : [];
  });
}

/** Every property name any layer declares. */
export function propertyNames(schema: unknown, document: unknown): Set<string> {
  const names = new Set<string>();
  for (const layer of layers(schema, document)) {
    const properties = resolveRef(layer.properties, document).node;
    if (isObject(properties)) for (const name of Object.keys(properties)) names.add(name);
  }
  return names;
}

/** The single string a schema allows (`const`, or an `enum` of one), read through its layers. */
export function stringConstant(schema: unknown, document: unknown): string | undefined {
  for (const layer of layers(schema, document)) {
    if (typeof layer.const === "string") return layer.const;
    const values = Array.isArray(layer.enum) ? layer.enum.filter((v) => v !== null) : [];
    if (values.length === 1 && typeof values[0] === "string") return values[0];
  }
  return undefined;
}

/** The constant of a schema's `type` property (`"employee"`, `"event"`), if it has one. */
export function typeConstant(schema: unknown, document: unknown): string | undefined {
  for (const property of propertySchemas(schema, "type", document)) {
    const value = stringConstant(property, document);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The constant of property `name` (the topic of a per-topic event schema), if any layer pins it. */
export function propertyConstant(
  schema: unknown,
  name: string,
  document: unknown,
): string | undefined {
  for (const property of propertySchemas(schema, name, document)) {
    const value = stringConstant(property, document);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The first `$ref` property `name` is given through, in any layer (`data` → its resource). */
export function propertyRef(schema: unknown, name: string, document: unknown): string | undefined {
  for (const property of propertySchemas(schema, name, document)) {
    const [first] = resolveRef(property, document).refs;
    if (first !== undefined) return first;
    // `data: { allOf: [{ $ref }] }` and `data: { oneOf: [{ $ref }, { type: "null" }] }` idioms.
    for (const layer of layers(property, document)) {
      for (const branch of Array.isArray(layer.allOf) ? layer.allOf : []) {
        const [ref] = resolveRef(branch, document).refs;
        if (ref !== undefined) return ref;
      }
    }
  }
  return undefined;
}
