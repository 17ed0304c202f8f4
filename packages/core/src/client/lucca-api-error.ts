import { LuccaEventsError } from "../errors/lucca-events-errors.js";

/**
 * Thrown when Lucca's API (or its token endpoint) answers with an error the client does not
 * recover from by itself. `status` is the HTTP status; the body is kept for diagnosis but never
 * put in `message`, which may be logged next to credentials-free request details only.
 */
export class LuccaApiError extends LuccaEventsError {
  override name = "LuccaApiError";
  /** The HTTP status of the last answer. */
  readonly status: number;
  /** `METHOD path` of the failed call, e.g. `GET /lucca-api/events`. */
  readonly operation: string;
  /** The answer's body as text, when there was one. */
  readonly body: string;

  constructor(operation: string, status: number, body: string) {
    super("lucca_api_error", `${operation} answered ${status}`);
    this.status = status;
    this.operation = operation;
    this.body = body;
  }
}
