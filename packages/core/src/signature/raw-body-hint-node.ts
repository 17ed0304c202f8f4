/**
 * The raw-body hint of the node entry, where Express and Fastify run too: how each framework gives
 * the raw body. In a module of its own, so that a Web bundle carries only its own short hint.
 */
export const NODE_RAW_BODY_HINT =
  'Express: express.raw({ type: "application/json" }); Fastify: @lucca-events/core/fastify; ' +
  "Hono: await c.req.text(); Fetch API, Next.js: await request.text().";
