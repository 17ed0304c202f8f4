import { serve } from "@hono/node-server";
import express from "express";
import { Hono } from "hono";
import { createServer, type Server } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";
import Stripe from "stripe";
import { VERSION_DIST } from "./paths.js";

/** The secrets every receiver checks, so that every request passes and costs the same. */
export const HTTP_SECRET = "bench-secret-0123456789abcdef";
export const STRIPE_SECRET = `whsec_${HTTP_SECRET}`;
export const HTTP_PATH = "/webhooks/lucca";
const TOLERANCE_MS = 5 * 60 * 1000;

interface VersionPackage {
  validateEvent: (value: unknown) => { ok: boolean };
  createWebhookHandler: (options: {
    secret: string;
    on: Record<string, () => void>;
  }) => (request: Request) => Promise<Response>;
}
interface NodeEntry {
  toNodeListener: (
    handler: (request: Request) => Promise<Response>,
  ) => Parameters<typeof createServer>[1];
}

async function load(): Promise<{ pkg: VersionPackage; node: NodeEntry }> {
  const pkg = (await import(`${VERSION_DIST}index.js`)) as VersionPackage;
  const node = (await import(`${VERSION_DIST}node.js`)) as NodeEntry;
  return { pkg, node };
}

function handler(pkg: VersionPackage) {
  return pkg.createWebhookHandler({ secret: HTTP_SECRET, on: { "employee.created": () => {} } });
}

/** Each receiver does the same work: read the body, verify, parse, validate, answer 202. */
export const RECEIVERS: Record<string, () => Promise<Server>> = {
  // The baseline: what a careful developer writes with node:http and node:crypto alone.
  "hand-written node:http": async () => {
    const { pkg } = await load();
    return createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = Buffer.concat(chunks);
        const timestamp = String(request.headers["lucca-timestamp"]);
        const given = Buffer.from(String(request.headers["lucca-signature"]), "base64");
        const mac = createHmac("sha256", HTTP_SECRET).update(`${timestamp}.`).update(body).digest();
        const age = Math.abs(Date.now() - Date.parse(timestamp));
        if (given.length !== mac.length || !timingSafeEqual(mac, given) || !(age < TOLERANCE_MS)) {
          response.writeHead(401).end();
          return;
        }
        const valid = pkg.validateEvent(JSON.parse(body.toString("utf8"))).ok;
        response.writeHead(valid ? 202 : 422).end();
      });
    });
  },
  "toNodeListener(createWebhookHandler)": async () => {
    const { pkg, node } = await load();
    return createServer(node.toNodeListener(handler(pkg)));
  },
  "Hono on @hono/node-server, createWebhookHandler": async () => {
    const { pkg } = await load();
    const webhook = handler(pkg);
    const app = new Hono();
    app.post(HTTP_PATH, (context) => webhook(context.req.raw));
    return serve({ fetch: app.fetch, port: 0 }) as Server;
  },
  // The ceiling for any Fetch handler on @hono/node-server: the hand-written receiver's work done
  // in a Hono route, the body read through Hono's own fast path.
  "hand-written Hono route on @hono/node-server": async () => {
    const { pkg } = await load();
    const app = new Hono();
    app.post(HTTP_PATH, async (context) => {
      const body = Buffer.from(await context.req.arrayBuffer());
      const timestamp = String(context.req.header("lucca-timestamp"));
      const given = Buffer.from(String(context.req.header("lucca-signature")), "base64");
      const mac = createHmac("sha256", HTTP_SECRET).update(`${timestamp}.`).update(body).digest();
      const age = Math.abs(Date.now() - Date.parse(timestamp));
      if (given.length !== mac.length || !timingSafeEqual(mac, given) || !(age < TOLERANCE_MS)) {
        return context.body(null, 401);
      }
      const valid = pkg.validateEvent(JSON.parse(body.toString("utf8"))).ok;
      return context.body(null, valid ? 202 : 422);
    });
    return serve({ fetch: app.fetch, port: 0 }) as Server;
  },
  // Stripe's documented Express recipe: express.raw, then constructEvent, on Stripe's header.
  "Express + express.raw + Stripe constructEvent": async () => {
    const { pkg } = await load();
    const stripe = new Stripe("sk_test_bench");
    const app = express();
    app.post(HTTP_PATH, express.raw({ type: "*/*" }), (request, response) => {
      try {
        const event = stripe.webhooks.constructEvent(
          request.body as Buffer,
          String(request.headers["stripe-signature"]),
          STRIPE_SECRET,
        );
        response.sendStatus(pkg.validateEvent(event).ok ? 202 : 422);
      } catch {
        response.sendStatus(400);
      }
    });
    return createServer(app);
  },
};
