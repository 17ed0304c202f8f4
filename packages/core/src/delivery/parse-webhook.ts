import { ConfigurationError, type ValidationIssue } from "../errors/lucca-events-errors.js";
import type { HmacEngine } from "../signature/hmac-engine.js";
import type { SignatureFailureReason } from "../signature/verify-signature.js";
import { RAW_BODY_HINT } from "../signature/raw-body.js";
import { webCryptoHmac } from "../signature/web-crypto-hmac.js";
import type { EventValidator } from "../validation/validation-result.js";
import { createDeliveryPipeline, type DeliveryPipeline } from "./delivery-pipeline.js";
import type { HeaderSource } from "./header-lookup.js";
import type { FailureStatus } from "./outcomes.js";
import { readParseOptions, type ParseConfig, type ParseWebhookOptions } from "./parse-options.js";
import { inMemoryBody, readBody, readRequestBody } from "./read-body.js";

export type { ParseWebhookOptions } from "./parse-options.js";

/**
 * A delivery: a Fetch `Request`, or a raw body with its headers (Fetch or Node style). The body
 * must be the bytes as received: a parsed object throws `ConfigurationError`.
 */
export type WebhookInput =
  Request | { body: string | Uint8Array | ArrayBuffer; headers: HeaderSource };

/** Why a verified delivery is not a valid event of the version. */
export type InvalidEventReason =
  "not_an_event" | "schema_mismatch" | "api_version_mismatch" | "unsigned_cloudevent_attributes";

/**
 * Why a delivery was not accepted, with the HTTP status to answer Lucca (from the outcome table
 * in `outcomes.ts`). No reason maps to 404 or 410: Lucca suspends an endpoint at once on those.
 */
export type ParseWebhookFailure<U> =
  | {
      ok: false;
      reason: "body_too_large";
      status: FailureStatus<"body_too_large">;
      message: string;
    }
  | { ok: false; reason: "body_timeout"; status: FailureStatus<"body_timeout">; message: string }
  | {
      ok: false;
      reason: "body_unreadable";
      status: FailureStatus<"body_unreadable">;
      message: string;
    }
  | { ok: false; reason: SignatureFailureReason; status: 401; message: string }
  | {
      ok: false;
      reason: "invalid_json";
      status: FailureStatus<"invalid_json">;
      message: string;
      rawBody?: string;
    }
  | {
      ok: false;
      reason: InvalidEventReason;
      status: 400;
      message: string;
      issues: ValidationIssue[];
      /** The parsed (and CloudEvents-unwrapped) value that failed validation. */
      rawEvent: unknown;
      rawBody: string;
    }
  | {
      ok: false;
      reason: "unknown_topic";
      // Accepted: a topic newer than this package must not make Lucca retry or suspend.
      status: FailureStatus<"unknown_topic">;
      message: string;
      issues: ValidationIssue[];
      event: U;
      rawBody: string;
    };

/** What `parseWebhook` resolves to; it never rejects because of the delivery itself. */
export type ParseWebhookResult<E, U> =
  { ok: true; event: E; rawBody: string } | ParseWebhookFailure<U>;

/** Per-call options of `parseWebhook`, besides {@link ParseWebhookOptions}. */
export interface ParseRequestOptions {
  /**
   * Read a Fetch `Request` from a clone, so that its body stays readable afterwards (default
   * false: the result carries `rawBody`, and an unread clone makes Deno warn).
   */
  keepBodyReadable?: boolean;
}

/** A version's bound `parseWebhook`. */
export type ParseWebhook<E, U> = ((
  input: WebhookInput,
  options: ParseWebhookOptions & ParseRequestOptions,
) => Promise<ParseWebhookResult<E, U>>) & {
  /** The checked pipeline, for the webhook handler: options are read once, not per delivery. */
  readonly [DELIVERY_PIPELINE]?: DeliveryPipeline<E, U>;
};

/** Where a bound `parseWebhook` keeps its pipeline; shared by every copy of core. */
export const DELIVERY_PIPELINE: unique symbol = Symbol.for("@lucca-events/core.delivery-pipeline");

// Every field readParseOptions reads; a change to any of them is checked again.
const OPTION_FIELDS = [
  "secret",
  "toleranceSeconds",
  "now",
  "maxBodyBytes",
  "bodyTimeoutMs",
  "contentMode",
  "acceptUnsignedCloudEventAttributes",
] as const satisfies readonly (keyof ParseWebhookOptions)[];

/**
 * Builds `createParseWebhook` on an HMAC engine (Web Crypto here, node:crypto for Node), with the
 * hint its raw-body error ends with.
 */
export function createParseWebhookFactory(hmac: HmacEngine, rawBodyHint = RAW_BODY_HINT) {
  return function createParseWebhook<E, U>(
    validateEvent: EventValidator<E, U>,
  ): ParseWebhook<E, U> {
    const pipeline = createDeliveryPipeline(hmac, validateEvent);
    // Checked once per options object, and again only when one of its fields was reassigned
    // since (a secret rotated in place, say).
    const checked = new WeakMap<object, { fields: unknown[]; config: ParseConfig }>();
    // Not async: a body in memory goes through the pipeline in one call, handed over in a
    // resolved promise; a throw becomes a rejection, as an async function would give it.
    function parseWebhook(
      input: WebhookInput,
      options: ParseWebhookOptions & ParseRequestOptions,
    ): Promise<ParseWebhookResult<E, U>> {
      try {
        const config = checkedConfig(options);
        if (typeof input !== "object" || input === null) {
          throw new ConfigurationError("parseWebhook() needs a Request or { body, headers }.");
        }
        if (isRequest(input)) return parseRequest(input, config, options.keepBodyReadable === true);
        const read = inMemoryBody(
          input.body,
          config.maxBodyBytes,
          "parseWebhook()",
          hmac.encodeUtf8,
          rawBodyHint,
        );
        if (!read.ok) return Promise.resolve(pipeline.bodyFailure(read, config));
        return Promise.resolve(pipeline.parse(config, read.body, input.headers, config.signature));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    async function parseRequest(
      input: Request,
      config: ParseConfig,
      keepBodyReadable: boolean,
    ): Promise<ParseWebhookResult<E, U>> {
      if (input.bodyUsed) {
        throw new ConfigurationError(
          "parseWebhook() needs an unread Request: its body was already read. Pass { body, headers } " +
            "with the raw text instead, or call parseWebhook() before reading the body.",
        );
      }
      const limits = { maxBytes: config.maxBodyBytes, timeoutMs: config.bodyTimeoutMs };
      const read = keepBodyReadable
        ? await readBody(input.clone().body, {
            ...limits,
            declaredLength: input.headers.get("content-length"),
          })
        : await readRequestBody(input, limits);
      if (!read.ok) return pipeline.bodyFailure(read, config);
      return pipeline.parse(config, read.bytes, input.headers, config.signature);
    }
    function checkedConfig(options: ParseWebhookOptions & ParseRequestOptions): ParseConfig {
      if (typeof options !== "object" || options === null) {
        return readParseOptions(options, "parseWebhook()");
      }
      const cached = checked.get(options);
      if (cached !== undefined && sameFields(cached.fields, options)) return cached.config;
      const config = readParseOptions(options, "parseWebhook()");
      checked.set(options, { fields: OPTION_FIELDS.map((name) => options[name]), config });
      return config;
    }
    return Object.assign(parseWebhook, { [DELIVERY_PIPELINE]: pipeline });
  };
}

function sameFields(fields: readonly unknown[], options: ParseWebhookOptions): boolean {
  for (let i = 0; i < OPTION_FIELDS.length; i++) {
    if (fields[i] !== options[OPTION_FIELDS[i] as keyof ParseWebhookOptions]) return false;
  }
  return true;
}

// Duck-typed so a Request from another realm or a polyfill is read as a stream, not as raw bytes.
function isRequest(input: WebhookInput): input is Request {
  return typeof (input as Partial<Request>).clone === "function";
}

/**
 * Binds the verify → decode → unwrap → validate pipeline to one API version's validator.
 * Never rejects because of the delivery; throws {@link ConfigurationError} for bad options.
 *
 * @example
 * const parseWebhook = createParseWebhook(validateEvent);
 * const result = await parseWebhook(request, { secret: process.env.LUCCA_SECRET! });
 * if (result.ok) await queue.push(result.event);
 * return new Response(null, { status: result.ok ? 202 : result.status });
 */
export const createParseWebhook = /* @__PURE__ */ createParseWebhookFactory(webCryptoHmac);
