/** An ES module receiver on Node, compiled by tsc under `moduleResolution: node16`. */
import { checkEvents } from "./check-events.js";

console.log(JSON.stringify({ ok: true, checks: await checkEvents() }));
