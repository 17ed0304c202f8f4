import { nodeCryptoHmac } from "../signature/node-crypto-hmac.js";
import { createParseWebhookFactory } from "./parse-webhook.js";

/** {@link import("./parse-webhook.js").createParseWebhook} on the node:crypto fast path. */
export const createParseWebhook = /* @__PURE__ */ createParseWebhookFactory(nodeCryptoHmac);
