/** Bundled by esbuild for `--platform=browser`; Chromium reads the outcome from `window`. */
import { checkEvents } from "./check-events.js";

declare global {
  interface Window {
    consumerResult?: { ok: boolean; checks?: string[]; error?: string };
  }
}

checkEvents().then(
  (checks) => (window.consumerResult = { ok: true, checks }),
  (error: unknown) =>
    (window.consumerResult = { ok: false, error: String((error as Error)?.stack ?? error) }),
);
