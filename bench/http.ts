import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Stripe from "stripe";
import { median, REPETITIONS, spreadOf } from "./measure.js";
import { HTTP_PATH, HTTP_SECRET, RECEIVERS, STRIPE_SECRET } from "./http-receivers.js";
import { row, type BenchRow } from "./row.js";

const SERVER = fileURLToPath(new URL("./http-server.ts", import.meta.url));
const TSX = createRequire(import.meta.url).resolve("tsx");
const CONNECTIONS = 50;

interface Load {
  perSecond: number;
  p99: number;
}

async function startReceiver(name: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", TSX, SERVER, name], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(Number(String(chunk).trim())));
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return { child, port };
}

/** Every request carries both Lucca's and Stripe's headers, so every receiver accepts it. */
function requestFor(body: string): { body: string; headers: Record<string, string> } {
  const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const signature = createHmac("sha256", HTTP_SECRET)
    .update(`${timestamp}.${body}`)
    .digest("base64");
  const stripeSignature = new Stripe("sk_test_bench").webhooks.generateTestHeaderString({
    payload: body,
    secret: STRIPE_SECRET,
  });
  return {
    body,
    headers: {
      "content-type": "application/json",
      "lucca-timestamp": timestamp,
      "lucca-signature": signature,
      "stripe-signature": stripeSignature,
    },
  };
}

async function load(port: number, body: string, seconds: number): Promise<Load> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${HTTP_PATH}`,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    ...requestFor(body),
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors on port ${port}`);
  }
  return { perSecond: result.requests.average, p99: result.latency.p99 };
}

/**
 * Deliveries per second over loopback, {@link CONNECTIONS} connections, each receiver in its own
 * process and warmed up first; receivers alternate within each of the repetitions.
 */
export async function httpRows(body: string, seconds: number): Promise<BenchRow[]> {
  const names = Object.keys(RECEIVERS);
  const loads = new Map<string, Load[]>(names.map((name) => [name, []]));
  for (let repetition = 0; repetition < REPETITIONS; repetition++) {
    for (const name of names) {
      const { child, port } = await startReceiver(name);
      try {
        await load(port, body, 1);
        loads.get(name)!.push(await load(port, body, seconds));
      } finally {
        child.kill();
      }
    }
  }
  const [baseline, ours, hono, honoCeiling, express] = names.map((name) => loads.get(name)!);
  const perSecond = (runs: Load[]) => median(runs.map((run) => run.perSecond));
  const p99 = (runs: Load[]) => median(runs.map((run) => run.p99));
  const ratios = (a: Load[], b: Load[], field: keyof Load) =>
    spreadOf(a.map((run, index) => run[field] / b[index]![field]));
  const section = `HTTP on loopback, autocannon, ${CONNECTIONS} connections, ${seconds} s × ${REPETITIONS} (higher is better, except p99)`;
  const base = { name: names[0]!, value: perSecond(baseline!) };
  return [
    row(section, `${names[1]}, deliveries/s`, "rate", perSecond(ours!), base, {
      spread: ratios(ours!, baseline!, "perSecond"),
    }),
    row(
      section,
      `${names[1]}, p99 latency`,
      "ms",
      p99(ours!),
      { name: `${names[0]}, p99 latency`, value: p99(baseline!) },
      { spread: ratios(ours!, baseline!, "p99") },
    ),
    row(section, `${names[2]}, deliveries/s`, "rate", perSecond(hono!), base, {
      spread: ratios(hono!, baseline!, "perSecond"),
    }),
    row(section, `${names[3]}, deliveries/s`, "rate", perSecond(honoCeiling!), base, {
      spread: ratios(honoCeiling!, baseline!, "perSecond"),
    }),
    row(
      section,
      `${names[1]}, deliveries/s`,
      "rate",
      perSecond(ours!),
      { name: names[4]!, value: perSecond(express!) },
      { spread: ratios(ours!, express!, "perSecond"), peer: true },
    ),
  ];
}
