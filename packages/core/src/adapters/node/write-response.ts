/// <reference types="node" />
import type { ServerResponse } from "node:http";
import type { OutcomeResponse } from "../../delivery/outcomes.js";

/** Writes an answer straight to Node's response, without a Fetch `Response` in between. */
export function writeAnswer(res: ServerResponse, answer: OutcomeResponse): void {
  const headers: Record<string, string | number> = {
    ...answer.headers,
    "content-length": Buffer.byteLength(answer.body),
  };
  if (answer.close) headers["connection"] = "close";
  // A string body goes out with the head in one write; a Buffer would take a writev of two.
  res.writeHead(answer.status, headers).end(answer.body);
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
