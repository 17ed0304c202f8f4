import { emit, type DiffContext } from "./context.js";
import { typeConstant } from "../model/schema-reading.js";

type CompareFn = (before: unknown, after: unknown, path: string, ctx: DiffContext) => void;

interface Variant {
  readonly schema: unknown;
  readonly label: string;
}

/**
 * Compares `oneOf`/`anyOf` branches. Branches are paired by the resource type they describe
 * (their `type` property's constant, how Lucca tells references apart), then by position, so
 * reordering references or renaming their components changes nothing.
 */
export function compareVariants(
  before: readonly unknown[] | undefined,
  after: readonly unknown[] | undefined,
  path: string,
  ctx: DiffContext,
  compare: CompareFn,
): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    // Turning a schema into a union (or back) reshapes generated types; treat it as breaking.
    emit(
      ctx,
      "major",
      path,
      before ? "no longer a union (oneOf/anyOf)" : "became a union (oneOf/anyOf)",
    );
    return;
  }
  const b = labelled(before, ctx.before);
  const a = labelled(after, ctx.after);
  const unmatched = [...a];
  for (const variant of b) {
    const index = unmatched.findIndex((candidate) => candidate.label === variant.label);
    const match = unmatched[index];
    if (match === undefined) {
      emit(ctx, "major", path, `variant "${variant.label}" removed`);
      continue;
    }
    unmatched.splice(index, 1);
    compare(variant.schema, match.schema, `${path}(${variant.label})`, ctx);
  }
  for (const variant of unmatched) emit(ctx, "minor", path, `variant "${variant.label}" added`);
}

function labelled(branches: readonly unknown[], doc: unknown): Variant[] {
  let position = 0;
  return branches.map((schema) => {
    const label = typeConstant(schema, doc);
    if (label !== undefined) return { schema, label };
    // Unlabelled branches pair up in order among themselves.
    position += 1;
    return { schema, label: `#${position}` };
  });
}
