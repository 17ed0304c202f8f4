import { emit, type DiffContext } from "./context.js";
import { constraintFindings, typeFindings, valueFindings } from "./keywords.js";
import { normalizeSchema, type NormalSchema } from "./normalize.js";
import { compareVariants } from "./variants.js";
import { isObject, stableStringify } from "./types.js";

// Deeper than any real resource; a guard against pathological inline recursion.
const MAX_DEPTH = 64;

/**
 * Compares two schemas (`before` from `ctx.before`, `after` from `ctx.after`) and records every
 * consumer-visible difference under `path`. Refs are followed, so a renamed component with the same
 * content yields nothing.
 */
export function compareSchemas(
  before: unknown,
  after: unknown,
  path: string,
  ctx: DiffContext,
): void {
  const b = normalizeSchema(before, ctx.before);
  const a = normalizeSchema(after, ctx.after);
  const key = `${b.refs.join(" ")}|${a.refs.join(" ")}`;
  const hasRefs = b.refs.length > 0 || a.refs.length > 0;
  if ((hasRefs && ctx.stack.has(key)) || path.split(".").length > MAX_DEPTH) return;
  if (hasRefs) ctx.stack.add(key);
  try {
    compareNodes(b, a, path, ctx);
  } finally {
    if (hasRefs) ctx.stack.delete(key);
  }
}

function compareNodes(b: NormalSchema, a: NormalSchema, path: string, ctx: DiffContext): void {
  for (const [level, message] of [
    ...typeFindings(b, a),
    ...valueFindings(b, a),
    ...constraintFindings(b, a),
  ]) {
    emit(ctx, level, path, message);
  }
  if (stableStringify(b.annotations) !== stableStringify(a.annotations)) {
    ctx.sink.annotationsChanged = true;
  }
  for (const key of new Set([...Object.keys(b.other), ...Object.keys(a.other)])) {
    if (stableStringify(b.other[key]) !== stableStringify(a.other[key])) {
      emit(ctx, "major", path, `keyword "${key}" changed`);
    }
  }
  compareProperties(b, a, path, ctx);
  compareItems(b.items, a.items, path, ctx);
  compareAdditional(b.additionalProperties, a.additionalProperties, path, ctx);
  compareVariants(b.variants, a.variants, path, ctx, compareSchemas);
}

function compareProperties(b: NormalSchema, a: NormalSchema, path: string, ctx: DiffContext): void {
  for (const [name, schema] of b.properties) {
    const child = join(path, name);
    const afterSchema = a.properties.get(name);
    if (afterSchema === undefined) emit(ctx, "major", child, "removed");
    else compareSchemas(schema, afterSchema, child, ctx);
  }
  for (const name of a.properties.keys()) {
    if (b.properties.has(name)) continue;
    const required = a.required.has(name);
    emit(
      ctx,
      required ? "major" : "minor",
      join(path, name),
      `added (${required ? "required" : "optional"})`,
    );
  }
  for (const name of a.required) {
    // A new required property was already reported as "added (required)".
    if (b.required.has(name) || (a.properties.has(name) && !b.properties.has(name))) continue;
    emit(ctx, "major", join(path, name), "is now required");
  }
  for (const name of b.required) {
    if (a.required.has(name) || (b.properties.has(name) && !a.properties.has(name))) continue;
    emit(ctx, "minor", join(path, name), "is no longer required");
  }
}

function compareItems(b: unknown, a: unknown, path: string, ctx: DiffContext): void {
  const bOpen = isOpen(b);
  const aOpen = isOpen(a);
  if (bOpen && aOpen) return;
  if (bOpen) emit(ctx, "major", path, "items schema added");
  else if (aOpen) emit(ctx, "minor", path, "items schema removed");
  else compareSchemas(b, a, `${path}[]`, ctx);
}

function compareAdditional(b: unknown, a: unknown, path: string, ctx: DiffContext): void {
  const bClosed = b === false;
  const aClosed = a === false;
  if (bClosed && aClosed) return;
  if (aClosed) emit(ctx, "major", path, "additionalProperties: false added");
  else if (bClosed) emit(ctx, "minor", path, "additionalProperties: false removed");
  else if (isOpen(b) && !isOpen(a)) emit(ctx, "major", path, "additionalProperties schema added");
  else if (!isOpen(b) && isOpen(a)) emit(ctx, "minor", path, "additionalProperties schema removed");
  else if (!isOpen(b)) compareSchemas(b, a, join(path, "*"), ctx);
}

/** `undefined`, `true` and `{}` all accept anything. */
function isOpen(schema: unknown): boolean {
  return (
    schema === undefined ||
    schema === true ||
    (isObject(schema) && Object.keys(schema).length === 0)
  );
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}
