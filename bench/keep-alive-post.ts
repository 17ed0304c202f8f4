import { Agent, request } from "node:http";

/** A signed delivery ready to send: its headers and its body, as Lucca would POST them. */
export interface Delivery {
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends every delivery over `inFlight` keep-alive connections, one request at a time on each;
 * resolves with each one's time to its 202, in milliseconds.
 *
 * `node:http` rather than `fetch`: undici's client costs the sending process more per request
 * than the receiver under test (a receiver answering 202 at once measured p99 4.8 ms through
 * `fetch` and 1.7 ms through `node:http`, in the same process), and a sender's own cost is not
 * the receiver's latency. Lucca's sender runs on another machine.
 */
export async function postEach(
  url: string,
  deliveries: readonly Delivery[],
  inFlight: number,
): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const times: number[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        for (let n = next++; n < deliveries.length; n = next++) {
          const start = performance.now();
          const status = await post(url, deliveries[n]!, agent);
          if (status !== 202) throw new Error(`receiver answered ${status}`);
          times.push(performance.now() - start);
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return times;
}

function post(url: string, delivery: Delivery, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: "POST",
        agent,
        headers: { ...delivery.headers, "content-length": Buffer.byteLength(delivery.body) },
      },
      (response) => {
        response.resume();
        response.once("end", () => resolve(response.statusCode ?? 0));
        response.once("error", reject);
      },
    );
    outgoing.once("error", reject);
    outgoing.end(delivery.body);
  });
}
