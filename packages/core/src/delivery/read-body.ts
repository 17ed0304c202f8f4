import { signedBody, type SignedBody } from "../signature/raw-body.js";

/** Why a body could not be read: too large, too slow, a broken stream, or a client that left. */
export type ReadBodyFailure =
  "body_too_large" | "body_timeout" | "body_unreadable" | "client_aborted";

/** The raw bytes of a delivery, or why they could not be read. */
export type ReadBodyResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: ReadBodyFailure; error?: unknown };

/** 1 MiB: far above any single Lucca event, small enough to refuse abuse before hashing. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/**
 * 1 s for the whole body to arrive: Lucca gives up after 3 s (its "Receive events" page), and an
 * event is a few kilobytes, so a body still arriving after a second is an attack or a dead peer.
 */
export const DEFAULT_BODY_TIMEOUT_MS = 1_000;

/** The limits {@link readBody} enforces. */
export interface BodyLimits {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** How long the whole body may take to arrive, in milliseconds. */
  timeoutMs: number;
  /** The `Content-Length` header, when sent: a declared size over the limit is refused unread. */
  declaredLength?: string | null | undefined;
}

const encoder = /* @__PURE__ */ new TextEncoder();

/**
 * The one Fetch body reader: refuses on `Content-Length` alone when it is declared too large,
 * otherwise stops pulling as soon as the running total passes `maxBytes` or `timeoutMs` has
 * passed, so a huge, endless or trickling body is never buffered and never holds the response.
 * `null` (no body) reads as empty. At the deadline the reader is cancelled, which ends a pending
 * read at once: no race of promises per chunk.
 */
export async function readBody(
  stream: ReadableStream<Uint8Array> | null,
  limits: BodyLimits,
): Promise<ReadBodyResult> {
  if (stream === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = stream.getReader();
  // Not awaited: a tee branch's cancel settles only once the other branch is cancelled too.
  const cancel = () => void reader.cancel().catch(() => undefined);
  if (declaredTooLarge(limits)) {
    cancel();
    return { ok: false, reason: "body_too_large" };
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cancel();
  }, limits.timeoutMs);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const next = await reader.read();
      if (timedOut) return { ok: false, reason: "body_timeout" };
      if (next.done) break;
      const value: unknown = next.value;
      if (value === undefined) continue;
      const chunk = typeof value === "string" ? encoder.encode(value) : value;
      // The Fetch standard reads a body's chunks as Uint8Array and rejects anything else with a
      // TypeError (https://fetch.spec.whatwg.org/#concept-read-all-bytes-from-readablestream); a
      // hand-built stream may enqueue anything, which must be a typed failure, not a throw later.
      if (!isBytes(chunk)) {
        cancel();
        const error = new TypeError("a body chunk is neither a Uint8Array nor a string");
        return { ok: false, reason: "body_unreadable", error };
      }
      total += chunk.byteLength;
      if (total > limits.maxBytes) {
        cancel();
        return { ok: false, reason: "body_too_large" };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (timedOut) return { ok: false, reason: "body_timeout" };
    cancel();
    return { ok: false, reason: "body_unreadable", error };
  } finally {
    clearTimeout(timer);
  }
  return { ok: true, bytes: concat(chunks, total) };
}

/**
 * Reads a Fetch `Request`'s body within the limits. With a `Content-Length` within the limit, the
 * host frames the body to that length, so it is read in one `arrayBuffer()` call (a host's fast
 * path: @hono/node-server reads its Node stream directly then, without building a Fetch stream),
 * raced once against the deadline and measured again after; without one, chunk by chunk. Node's
 * own Request is always read chunk by chunk: see {@link readsFasterAsStream}.
 */
export function readRequestBody(
  request: Request,
  limits: Omit<BodyLimits, "declaredLength">,
): Promise<ReadBodyResult> {
  const declaredLength = request.headers.get("content-length");
  const bounded = { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, declaredLength };
  // Not async: the streamed read's own promise is handed over, without one more around it.
  if (declaredLength === null || declaredTooLarge(bounded) || readsFasterAsStream(request)) {
    return readBody(request.body, bounded);
  }
  return readFramedBody(request, limits);
}

// Node's own Request#arrayBuffer, once looked up; null on any other runtime.
let nodeArrayBuffer: unknown;

/**
 * Tells whether `request` is Node's own Fetch Request (undici's), whose `arrayBuffer()` copies the
 * body twice (undici 6 in Node 20: readAllBytes in lib/web/fetch/util.js concatenates the chunks,
 * then arrayBuffer() in lib/web/fetch/body.js copies them again, https://github.com/nodejs/undici):
 * read through its stream's reader, the chunks are copied once at most, a single chunk not at all.
 * Looked up on the first Request, not at import: a cold start pays nothing. Deno and Bun, which
 * also set `process`, say so in `process.versions` and keep `arrayBuffer()`, as do workerd and
 * browsers, which have no `process`; so does a Request whose `arrayBuffer` is a host's own
 * (@hono/node-server's reads its Node stream directly).
 */
function readsFasterAsStream(request: Request): boolean {
  if (nodeArrayBuffer === undefined) nodeArrayBuffer = lookUpNodeArrayBuffer();
  return nodeArrayBuffer !== null && request.arrayBuffer === nodeArrayBuffer;
}

function lookUpNodeArrayBuffer(): unknown {
  const versions = (globalThis as { process?: { versions?: Record<string, unknown> } }).process
    ?.versions;
  const isNode =
    typeof versions?.["undici"] === "string" &&
    versions["deno"] === undefined &&
    versions["bun"] === undefined;
  // A host that replaces the global Request subclasses Node's (@hono/node-server does), so the
  // method found through it is still Node's own.
  return isNode ? (globalThis.Request?.prototype.arrayBuffer ?? null) : null;
}

// A body the host frames to its declared length, read in one call and measured again after.
async function readFramedBody(
  request: Request,
  limits: Omit<BodyLimits, "declaredLength">,
): Promise<ReadBodyResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), limits.timeoutMs);
  });
  const reading = request.arrayBuffer();
  // Past the deadline the read is left to fail or finish on its own; it must not go unhandled.
  reading.catch(() => undefined);
  try {
    const buffer = await Promise.race([reading, deadline]);
    if (buffer === undefined) return { ok: false, reason: "body_timeout" };
    if (buffer.byteLength > limits.maxBytes) return { ok: false, reason: "body_too_large" };
    return { ok: true, bytes: new Uint8Array(buffer) };
  } catch (error) {
    return { ok: false, reason: "body_unreadable", error };
  } finally {
    clearTimeout(timer);
  }
}

/** Tells whether `Content-Length` alone says the body is over the limit: refused unread. */
export function declaredTooLarge(limits: BodyLimits): boolean {
  const declared = Number(limits.declaredLength ?? Number.NaN);
  return Number.isFinite(declared) && declared > limits.maxBytes;
}

/** An in-memory body within the limit, as the pipeline takes it, or why not. */
export type InMemoryBody = { ok: true; body: SignedBody } | { ok: false; reason: "body_too_large" };

/**
 * Checks an in-memory body against `maxBytes`. Text comes back as it is when its length alone
 * proves it within the limit and it is well-formed (so that it is its own UTF-8 decoding), else as
 * its bytes. A parsed object throws the raw-body `ConfigurationError`: its bytes are gone, so its
 * signature can never match.
 */
export function inMemoryBody(
  body: unknown,
  maxBytes: number,
  caller: string,
  encodeUtf8: (text: string) => Uint8Array,
  rawBodyHint: string,
): InMemoryBody {
  const signed = signedBody(body, caller, rawBodyHint);
  if (typeof signed !== "string") {
    return signed.byteLength > maxBytes
      ? { ok: false, reason: "body_too_large" }
      : { ok: true, body: signed };
  }
  // UTF-8 takes 1 to 3 bytes per UTF-16 unit (a surrogate pair 4 for 2), so most strings are
  // measured by their length alone.
  if (signed.length > maxBytes) return { ok: false, reason: "body_too_large" };
  if (signed.length * 3 <= maxBytes && isWellFormed(signed)) return { ok: true, body: signed };
  // Too long to tell, or a lone surrogate, sent as U+FFFD: the pipeline decodes the bytes then.
  const bytes = encodeUtf8(signed);
  return bytes.byteLength > maxBytes
    ? { ok: false, reason: "body_too_large" }
    : { ok: true, body: bytes };
}

// String.prototype.isWellFormed is ES2024; where it is missing, strings go as bytes, as before.
const isWellFormed: (text: string) => boolean = /* @__PURE__ */ (() =>
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === "function"
    ? (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : () => false)();

// `instanceof` first, the common case; then the tag, for a Uint8Array of another realm.
function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === "[object Uint8Array]")
  );
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
