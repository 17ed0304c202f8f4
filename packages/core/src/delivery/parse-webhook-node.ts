import { nodeCryptoHmac } from "../signature/node-crypto-hmac.js";
import { NODE_RAW_BODY_HINT } from "../signature/raw-body-hint-node.js";
import { createParseWebhookFactory } from "./parse-webhook.js";

/** {@link import("./parse-webhook.js").createParseWebhook} on the node:crypto fast path. */
export const createParseWebhook = /* @__PURE__ */ createParseWebhookFactory(
  nodeCryptoHmac,
  NODE_RAW_BODY_HINT,
);
