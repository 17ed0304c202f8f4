/** The bindings run-workerd.ts gives the suite Worker. */
export interface SuiteEnv {
  /** The README's Cloudflare Worker example, running as its own Worker. */
  EXAMPLE: { fetch(request: Request): Promise<Response> };
  /** The KV namespace the example writes to, shared so its effect can be read back. */
  EMPLOYEES: { get(key: string): Promise<string | null> };
  /** The secret the example Worker is configured with. */
  LUCCA_WEBHOOK_SECRET: string;
}
