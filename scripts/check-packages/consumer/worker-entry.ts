/** Bundled for workerd (module syntax) and served by miniflare; answers with the outcome. */
import { checkEvents } from "./check-events.js";

const worker = {
  async fetch(): Promise<Response> {
    try {
      return Response.json({ ok: true, checks: await checkEvents() });
    } catch (error) {
      return Response.json({ ok: false, error: String((error as Error)?.stack ?? error) });
    }
  },
};
// workerd's module format finds the handler on the default export.
// eslint-disable-next-line no-restricted-exports
export default worker;
