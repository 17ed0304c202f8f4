import { nodeCryptoHmac } from "./node-crypto-hmac.js";
import { NODE_RAW_BODY_HINT } from "./raw-body-hint-node.js";
import { createSignPayload } from "./sign-payload.js";
import { createVerifySignature } from "./verify-signature.js";

/** {@link import("./verify-signature.js").verifySignature} on the node:crypto fast path. */
export const verifySignature = /* @__PURE__ */ createVerifySignature(
  nodeCryptoHmac,
  NODE_RAW_BODY_HINT,
);

/** {@link import("./sign-payload.js").signPayload} on the node:crypto fast path. */
export const signPayload = /* @__PURE__ */ createSignPayload(nodeCryptoHmac, NODE_RAW_BODY_HINT);
