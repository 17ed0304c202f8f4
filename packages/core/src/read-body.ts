/** The raw bytes of a delivery, or the fact that it is larger than allowed. */
export type ReadBodyResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: "body_too_large" };

/** 1 MiB: far above any single Lucca event, small enough to refuse abuse before hashing. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

const encoder = new TextEncoder();

/** Turns an in-memory body into bytes, refusing it when it exceeds `maxBytes`. */
export function bytesOfBody(
  body: string | Uint8Array | ArrayBuffer,
  maxBytes: number,
): ReadBodyResult {
  // A UTF-8 string is at most 3 bytes per UTF-16 unit, so most strings skip the encode-to-measure.
  if (typeof body === "string" && body.length > maxBytes)
    return { ok: false, reason: "body_too_large" };
  const bytes =
    typeof body === "string"
      ? encoder.encode(body)
      : body instanceof Uint8Array
        ? body
        : new Uint8Array(body);
  return bytes.byteLength > maxBytes
    ? { ok: false, reason: "body_too_large" }
    : { ok: true, bytes };
}

/**
 * Reads a Fetch `Request` body from a clone, so the caller can still read the original. Refuses
 * on `Content-Length` alone when it is declared too large, and otherwise stops pulling the stream
 * as soon as the running total passes `maxBytes`, so a huge or endless body is never buffered.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<ReadBodyResult> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes)
    return { ok: false, reason: "body_too_large" };
  const stream = request.clone().body;
  if (stream === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancels only our branch of the tee: the caller's original body stays intact. Not awaited,
      // because a tee branch's cancel settles only once the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      return { ok: false, reason: "body_too_large" };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: concat(chunks, total) };
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
