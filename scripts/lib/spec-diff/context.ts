import type { ChangeLevel, OpenApiDocument, SpecChange } from "./types.js";

/** State shared by every comparison made for one subject (a resource or an operation). */
export interface DiffContext {
  readonly before: OpenApiDocument;
  readonly after: OpenApiDocument;
  readonly subject: string;
  /** Put before the property path, e.g. `request body `; empty for resources. */
  readonly prefix: string;
  readonly sink: { readonly changes: SpecChange[]; annotationsChanged: boolean };
  /** Pairs of `$ref` chains being compared on the current path, to stop at recursive schemas. */
  readonly stack: Set<string>;
}

/** Starts the comparison of one subject. */
export function createContext(
  before: OpenApiDocument,
  after: OpenApiDocument,
  subject: string,
): DiffContext {
  const sink = { changes: [], annotationsChanged: false };
  return { before, after, subject, prefix: "", sink, stack: new Set() };
}

/** Records a change found at `path` (dotted property path, empty for the node itself). */
export function emit(ctx: DiffContext, level: ChangeLevel, path: string, message: string): void {
  const where = path === "" ? ctx.prefix : `${ctx.prefix}property "${path}" `;
  ctx.sink.changes.push({
    level,
    subject: ctx.subject,
    text: `${ctx.subject}: ${where}${message}`,
  });
}

/** The subject's changes, plus the single patch line standing for all documentation edits. */
export function finishContext(ctx: DiffContext): SpecChange[] {
  const { changes, annotationsChanged } = ctx.sink;
  if (!annotationsChanged) return changes;
  const text = `${ctx.subject}: descriptions or examples changed`;
  return [...changes, { level: "patch", subject: ctx.subject, text }];
}
