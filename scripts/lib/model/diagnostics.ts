/**
 * @module How the model reports what it cannot read. A problem that makes a spec unusable is a
 * {@link SpecError}; a strict reading throws it, a lenient one (the spec diff reading an older
 * `HEAD`) records it as skipped and goes on with the same rules. Warnings never stop a reading,
 * except the kinds `--strict` turns into errors.
 */
import { SpecError } from "../spec/spec-error.js";

/** What a warning is about; `--strict` makes the {@link STRICT_KINDS} errors. */
export type WarningKind = "format" | "keyword" | "example" | "topic";

/** Warnings that `pnpm generate --strict` (and this repository's CI) turns into errors. */
export const STRICT_KINDS: ReadonlySet<WarningKind> = new Set(["format", "keyword", "example"]);

/** A warning, located like an error. */
export interface SpecWarning {
  readonly kind: WarningKind;
  readonly error: SpecError;
}

/** Options of one reading of a spec. */
export interface DiagnosticsOptions {
  /** Unknown formats, unknown keywords and missing examples are errors. */
  readonly strict?: boolean;
  /** Problems are recorded as skipped instead of thrown (for the spec diff). */
  readonly lenient?: boolean;
}

/** Collects the warnings and skipped problems of one reading. */
export class Diagnostics {
  readonly warnings: SpecWarning[] = [];
  readonly skipped: SpecError[] = [];
  readonly strict: boolean;
  readonly lenient: boolean;

  constructor(options: DiagnosticsOptions = {}) {
    this.strict = options.strict ?? false;
    this.lenient = options.lenient ?? false;
  }

  /** Throws the problem, or in a lenient reading records it and returns `undefined`. */
  fail(file: string, pointer: string, reason: string): undefined {
    const error = new SpecError(file, pointer, reason);
    if (!this.lenient) throw error;
    this.skipped.push(error);
    return undefined;
  }

  /** Records a warning; in a strict reading, a warning of a strict kind is thrown instead. */
  warn(kind: WarningKind, file: string, pointer: string, reason: string): void {
    const error = new SpecError(file, pointer, reason);
    if (this.strict && STRICT_KINDS.has(kind) && !this.lenient) throw error;
    this.warnings.push({ kind, error });
  }
}
