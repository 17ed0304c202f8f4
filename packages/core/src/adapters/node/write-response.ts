/// <reference types="node" />
import type { ServerResponse } from "node:http";
import type { OutcomeResponse } from "../../delivery/outcomes.js";

// The Node head of each answer: the shared answers of the outcome table come back every time.
const heads = new WeakMap<OutcomeResponse, Record<string, string | number>>();

function headOf(answer: OutcomeResponse): Record<string, string | number> {
  let head = heads.get(answer);
  if (head === undefined) {
    head = { ...answer.headers, "content-length": Buffer.byteLength(answer.body) };
    if (answer.close) head["connection"] = "close";
    if (Object.isFrozen(answer)) heads.set(answer, head);
  }
  return head;
}

/** Writes an answer straight to Node's response, without a Fetch `Response` in between. */
export function writeAnswer(res: ServerResponse, answer: OutcomeResponse): void {
  // A string body goes out with the head in one chunk; a Buffer would take a chunk of its own.
  res.writeHead(answer.status, headOf(answer)).end(answer.body);
}

/** Writes a Fetch `Response` (from a handler this library did not build) to Node's response. */
export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers).end(body);
}
