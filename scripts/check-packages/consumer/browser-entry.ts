/* eslint-disable @typescript-eslint/ban-ts-comment -- the next line is removed in the scratch project */
// @ts-nocheck: the packages resolve only in the scratch project (scripts/check-packages.ts).
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
