/**
 * @module `$anchor` and `$id` references (JSON Schema 2020-12 Core §8.2.1, §8.2.2): a `$ref` to
 * `#name` or to a schema's `$id` is rewritten to the JSON pointer of that schema, so every later
 * step (and ajv, which sees one `$id` per version) only meets local pointers.
 */
import { isObject, type OpenApiDocument } from "./document.js";
import { appendPointer } from "./json-pointer.js";

/** `document` with anchor and `$id` references turned into pointers (a copy; the input is kept). */
export function resolveAnchors(document: OpenApiDocument): OpenApiDocument {
  const targets = new Map<string, string>();
  collect(document, "", targets);
  if (targets.size === 0) return document;
  return rewrite(document, targets) as OpenApiDocument;
}

function collect(value: unknown, pointer: string, targets: Map<string, string>): void {
  if (Array.isArray(value)) {
    value.forEach((child, index) => collect(child, appendPointer(pointer, index), targets));
    return;
  }
  if (!isObject(value)) return;
  if (typeof value.$anchor === "string") targets.set(`#${value.$anchor}`, `#${pointer}`);
  if (typeof value.$id === "string" && pointer !== "") targets.set(value.$id, `#${pointer}`);
  for (const [key, child] of Object.entries(value)) {
    collect(child, appendPointer(pointer, key), targets);
  }
}

function rewrite(value: unknown, targets: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((child) => rewrite(child, targets));
  if (!isObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    result[key] =
      key === "$ref" && typeof child === "string"
        ? target(child, targets)
        : rewrite(child, targets);
  }
  return result;
}

function target(ref: string, targets: ReadonlyMap<string, string>): string {
  const direct = targets.get(ref);
  if (direct !== undefined) return direct;
  // `<$id>#/json/pointer`: a pointer inside the schema that `$id` names.
  const hash = ref.indexOf("#");
  const base = hash < 0 ? undefined : targets.get(ref.slice(0, hash));
  return base === undefined ? ref : base + ref.slice(hash + 1);
}
