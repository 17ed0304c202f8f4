/**
 * @module `$ref` resolution for every tool: Reference Objects (OpenAPI 3.0.3 §4.7.23) and
 * JSON Schema `$ref` (2020-12 Core §8.2.3.1), local JSON pointers only (RFC 6901). A spec split
 * over several files is bundled into one document before anything here reads it.
 */
import { isObject } from "./document.js";
import { appendPointer, resolvePointer } from "./json-pointer.js";

/** A node with its `$ref` chain followed, and the refs that were followed to reach it. */
export interface Resolved {
  readonly node: unknown;
  readonly refs: readonly string[];
}

// Enough for any sane chain of aliases; stops a ref cycle (`A -> B -> A`) from hanging a tool.
const MAX_REF_CHAIN = 32;

/** Looks up a local reference (`#/components/schemas/Employee`); `undefined` when absent. */
export function resolveLocalRef(document: unknown, ref: string): unknown {
  return ref.startsWith("#") ? resolvePointer(document, ref) : undefined;
}

/**
 * Follows `$ref`s in `document`. Sibling keywords of a `$ref` (allowed by 3.1, used for
 * descriptions) override the target's. Unresolvable or external refs are left in place.
 */
export function resolveRef(node: unknown, document: unknown): Resolved {
  const refs: string[] = [];
  let current = node;
  while (isObject(current) && typeof current.$ref === "string" && refs.length < MAX_REF_CHAIN) {
    const { $ref: ref, ...siblings } = current;
    const target = resolveLocalRef(document, ref);
    if (target === undefined || refs.includes(ref)) break;
    refs.push(ref);
    current =
      Object.keys(siblings).length > 0 && isObject(target) ? { ...target, ...siblings } : target;
  }
  return { node: current, refs };
}

/** The node `$ref`s lead to (see {@link resolveRef}). */
export function deref(node: unknown, document: unknown): unknown {
  return resolveRef(node, document).node;
}

/** Calls `visit` with every `$ref` string of `value` and the pointer of that `$ref`. */
export function forEachRef(
  value: unknown,
  pointer: string,
  visit: (ref: string, pointer: string) => void,
): void {
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const childPointer = appendPointer(pointer, key);
    if (key === "$ref" && typeof child === "string") visit(child, childPointer);
    else forEachRef(child, childPointer, visit);
  }
}
