/**
 * @module
 * Node.js `http` / Express adapter: `@lucca-events/core/node`.
 */
export { toNodeListener } from "./node-adapter.js";
export type { NodeListener, NodeListenerOptions } from "./node-adapter.js";
