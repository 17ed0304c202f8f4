/* eslint-disable @typescript-eslint/ban-ts-comment -- the next line is removed in the scratch project */
// @ts-nocheck: the packages resolve only in the scratch project (scripts/check-packages.ts).
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
