import Koa from "koa";
import { createWebhookHandler } from "@lucca-events/2024-11-01";
import { toNodeListener } from "@lucca-events/2024-11-01/node";
import { onboardEmployee } from "./employee-directory.js";

const handler = createWebhookHandler({
  // An unset variable throws a ConfigurationError here, at start-up, not on the first delivery.
  secret: process.env.LUCCA_WEBHOOK_SECRET!,
  on: {
    "employee.created": (event) => onboardEmployee(event.data),
  },
});
const lucca = toNodeListener(handler);

export const app = new Koa();
// First in the chain, before any body parser: the listener reads the raw body from ctx.req and
// writes the answer to ctx.res itself, so Koa must not respond.
app.use(async (ctx, next) => {
  if (ctx.path !== "/webhooks/lucca") return next();
  ctx.respond = false;
  lucca(ctx.req, ctx.res);
});

export const server = app.listen(Number(process.env.PORT ?? 3000));
