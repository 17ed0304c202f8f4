import { nodeCryptoHmac } from "./node-crypto-hmac.js";
import { createSignPayload } from "./sign-payload.js";
import { createVerifySignature } from "./verify-signature.js";

/** {@link import("./verify-signature.js").verifySignature} on the node:crypto fast path. */
export const verifySignature = /* @__PURE__ */ createVerifySignature(nodeCryptoHmac);

/** {@link import("./sign-payload.js").signPayload} on the node:crypto fast path. */
export const signPayload = /* @__PURE__ */ createSignPayload(nodeCryptoHmac);
