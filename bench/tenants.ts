import { createHmac } from "node:crypto";
import { median, medianTimes, QUICK, spreadOf, type Budget } from "./measure.js";
import { VERSION_DIST } from "./paths.js";
import { row, type BenchRow } from "./row.js";

type Handler = (request: Request) => Promise<Response>;
interface VersionEntry {
  createWebhookHandler: (options: Record<string, unknown>) => Handler;
}

const TENANT_COUNT = 500;
const TIMESTAMP = "2024-11-04T09:15:43Z";
const NOW = Date.parse(TIMESTAMP);
const quiet = { warn: () => undefined, error: () => undefined };

/**
 * A multi-tenant receiver (one endpoint and one secret per Lucca customer): one delivery through
 * the handler when its secret resolver picks the tenant's secret among 500, against the same
 * handler with a single secret. The resolver's cost must not grow with the tenant count; a
 * rotation list of 500 secrets, the only way before resolvers, is shown against the same baseline.
 */
export async function tenantRows(body: string, budget: Budget = QUICK): Promise<BenchRow[]> {
  const { createWebhookHandler } = (await import(`${VERSION_DIST}index.js`)) as VersionEntry;
  const tenants = Array.from({ length: TENANT_COUNT }, (_, i) => ({
    path: `/lucca/t${i}`,
    secret: `bench-tenant-secret-${i}-0123456789abcdef`,
  }));
  const byPath = new Map(tenants.map((tenant) => [tenant.path, tenant.secret]));
  const signed = tenants.map(({ path, secret }) => ({
    url: `https://hooks.example.test${path}`,
    headers: {
      "content-type": "application/json",
      "lucca-timestamp": TIMESTAMP,
      "lucca-signature": createHmac("sha256", secret)
        .update(`${TIMESTAMP}.${body}`)
        .digest("base64"),
    },
  }));
  const common = { now: () => NOW, logger: quiet, on: { "employee.created": () => undefined } };
  const single = createWebhookHandler({ ...common, secret: tenants[0]!.secret });
  const resolved = createWebhookHandler({
    ...common,
    secret: ({ url }: { url: string }) => byPath.get(new URL(url).pathname),
  });
  const rotation = createWebhookHandler({ ...common, secret: tenants.map((t) => t.secret) });

  let next = 0;
  // Each call a fresh Request (a body is read once), for another tenant than the last.
  const deliver = (handler: Handler, pick: () => (typeof signed)[number]) => async () => {
    const { url, headers } = pick();
    const response = await handler(new Request(url, { method: "POST", headers, body }));
    if (response.status !== 202) throw new Error(`bench delivery answered ${response.status}`);
  };
  const anyTenant = () => signed[next++ % TENANT_COUNT]!;
  const firstTenant = () => signed[0]!;
  // The tenant the rotation list matches last, so it pays for every secret (as it always does).
  const lastTenant = () => signed[TENANT_COUNT - 1]!;

  const ops = {
    one: { name: "one secret", fn: deliver(single, firstTenant), async: true, inner: 10 },
    many: { name: "500 tenants", fn: deliver(resolved, anyTenant), async: true, inner: 10 },
    list: { name: "500-secret list", fn: deliver(rotation, lastTenant), async: true, inner: 10 },
  };
  // Rounds in alternating order, so that whichever runs first (and pays for the JIT or a noisy
  // neighbour) is not always the same; the figure is the median of the per-round ratios.
  const rounds: { one: number; many: number; list: number }[] = [];
  for (const order of [
    ["one", "many", "list"],
    ["list", "many", "one"],
    ["many", "one", "list"],
  ] as const) {
    const times = await medianTimes(
      order.map((key) => ops[key]),
      budget,
    );
    rounds.push(
      Object.fromEntries(order.map((key, i) => [key, times[i]!])) as (typeof rounds)[number],
    );
  }
  const one = median(rounds.map((r) => r.one));
  const ratio = (key: "many" | "list") => ({
    spread: { ...spreadOf(rounds.map((r) => r[key] / r.one)), repetitions: rounds.length },
  });
  const section = `tenants, ${new TextEncoder().encode(body).byteLength} B body, node entry`;
  const baseline = { name: "handler with one secret", value: one };
  return [
    row(
      section,
      `handler, secret resolver over ${TENANT_COUNT} tenants`,
      "ms",
      median(rounds.map((r) => r.many)),
      baseline,
      ratio("many"),
    ),
    row(
      section,
      `handler, rotation list of ${TENANT_COUNT} secrets`,
      "ms",
      median(rounds.map((r) => r.list)),
      baseline,
      {
        ...ratio("list"),
        note: "what multi-tenant receivers had to do before secret resolvers",
      },
    ),
  ];
}
