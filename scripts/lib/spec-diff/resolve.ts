import { resolvePointer as resolveJsonPointer } from "../model/json-pointer.js";
import { isObject, type JsonObject } from "./types.js";

/** A node with its `$ref` chain followed, and the refs that were followed to reach it. */
export interface Resolved {
  readonly node: unknown;
  readonly refs: readonly string[];
}

// Enough for any sane chain of aliases; stops a ref cycle (`A -> B -> A`) from hanging the diff.
const MAX_REF_CHAIN = 32;

/** Looks up a local JSON pointer (`#/components/schemas/Employee`); `undefined` when absent. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  return ref.startsWith("#") ? resolveJsonPointer(doc, ref) : undefined;
}

/**
 * Follows `$ref`s in `doc`. Sibling keywords of a `$ref` (allowed in 3.1, used for descriptions)
 * override the target's. Unresolvable or external refs are left in place, so they are still
 * compared as plain strings.
 */
export function resolveRef(node: unknown, doc: unknown): Resolved {
  const refs: string[] = [];
  let current = node;
  while (isObject(current) && typeof current.$ref === "string" && refs.length < MAX_REF_CHAIN) {
    const { $ref: ref, ...siblings } = current;
    const target = resolvePointer(doc, ref);
    if (target === undefined || refs.includes(ref)) break;
    refs.push(ref);
    current =
      Object.keys(siblings).length > 0 && isObject(target) ? { ...target, ...siblings } : target;
  }
  return { node: current, refs };
}

/** The components of a document that hold schemas, by name (empty when there are none). */
export function componentSchemas(doc: unknown): JsonObject {
  const components = isObject(doc) ? doc.components : undefined;
  const schemas = isObject(components) ? components.schemas : undefined;
  return isObject(schemas) ? schemas : {};
}
