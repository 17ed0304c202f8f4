/**
 * One receiver of http-receivers.ts in its own process, so that it has a core to itself while
 * the load generator runs in the parent: `tsx bench/http-server.ts <receiver>`. Prints the port.
 */
import type { AddressInfo } from "node:net";
import { RECEIVERS } from "./http-receivers.js";

const name = process.argv[2] ?? "";
const start = RECEIVERS[name];
if (start === undefined) throw new Error(`unknown receiver ${name}`);
const server = await start();
if (!server.listening) server.listen(0, "127.0.0.1");
await new Promise<void>((resolve) =>
  server.listening ? resolve() : server.once("listening", () => resolve()),
);
process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
