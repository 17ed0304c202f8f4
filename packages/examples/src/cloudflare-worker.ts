import { createWebhookHandler, eventKey } from "@lucca-events/2024-11-01";

/** The Worker's bindings: a secret and a KV namespace, declared in wrangler.toml. */
export interface Env {
  LUCCA_WEBHOOK_SECRET: string;
  /** The part of Workers' `KVNamespace` used here. */
  EMPLOYEES: { put(key: string, value: string): Promise<void> };
}

// Workers find their entry point as the module's default export; it cannot be a named one.
// eslint-disable-next-line no-restricted-exports
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    // Cheap to build per request (the CryptoKey cache is module-wide), and `env` is only here.
    const handler = createWebhookHandler({
      secret: env.LUCCA_WEBHOOK_SECRET,
      on: {
        // Keyed by eventKey, so a redelivery (Lucca delivers at least once) overwrites itself.
        "employee.created": (event) =>
          env.EMPLOYEES.put(eventKey(event), JSON.stringify(event.data)),
      },
    });
    return handler(request);
  },
};
