/** Why an inbox operation could not be done; `code` is stable across releases. */
export type InboxErrorCode =
  "inbox_locked" | "not_found" | "invalid_options" | "not_supported" | "busy";

/** Thrown by the inbox for conditions a caller can act on (never for a delivery's content). */
export class InboxError extends Error {
  readonly code: InboxErrorCode;

  constructor(code: InboxErrorCode, message: string) {
    super(message);
    this.name = "InboxError";
    this.code = code;
  }
}
