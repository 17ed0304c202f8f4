/* eslint-disable @typescript-eslint/ban-ts-comment -- the next line is removed in the scratch project */
// @ts-nocheck: the packages resolve only in the scratch project (scripts/check-packages.ts).
/** An ES module receiver on Node, compiled by tsc under `moduleResolution: node16`. */
import { checkEvents } from "./check-events.js";

console.log(JSON.stringify({ ok: true, checks: await checkEvents() }));
