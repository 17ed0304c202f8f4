import { emit, type DiffContext } from "./context.js";
import { resolveRef } from "../model/refs.js";
import { compareSchemas } from "./schema.js";
import { asObject, isObject, stableStringify } from "./types.js";

/** Compares two request bodies (or `$ref`s to them): presence, `required`, then content. */
export function compareBodies(before: unknown, after: unknown, ctx: DiffContext): void {
  const b = resolveRef(before, ctx.before).node;
  const a = resolveRef(after, ctx.after).node;
  if (!isObject(b) && !isObject(a)) return;
  if (!isObject(a)) return emit(ctx, "major", "", "request body removed");
  if (!isObject(b)) {
    return emit(ctx, a.required === true ? "major" : "minor", "", "request body added");
  }
  if (a.required === true && b.required !== true)
    emit(ctx, "major", "", "request body is now required");
  if (a.required !== true && b.required === true) {
    emit(ctx, "minor", "", "request body is no longer required");
  }
  compareContent(b, a, "request body", ctx);
}

/** Compares the media types of a request body or response, then each one's schema. */
export function compareContent(
  before: unknown,
  after: unknown,
  label: string,
  ctx: DiffContext,
): void {
  const b = resolveRef(before, ctx.before).node;
  const a = resolveRef(after, ctx.after).node;
  if (stableStringify(asObject(b).description) !== stableStringify(asObject(a).description)) {
    ctx.sink.annotationsChanged = true;
  }
  const bContent = asObject(asObject(b).content);
  const aContent = asObject(asObject(a).content);
  for (const type of Object.keys(bContent)) {
    if (!(type in aContent)) emit(ctx, "major", "", `${label} media type "${type}" removed`);
  }
  for (const type of Object.keys(aContent)) {
    if (!(type in bContent)) {
      emit(ctx, "minor", "", `${label} media type "${type}" added`);
      continue;
    }
    const where = type === "application/json" ? label : `${label} (${type})`;
    const schemaOf = (media: unknown): unknown => asObject(media).schema;
    compareSchemas(schemaOf(bContent[type]), schemaOf(aContent[type]), "", {
      ...ctx,
      prefix: `${where} `,
    });
  }
}
