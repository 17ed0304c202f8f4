/**
 * @module
 * A durable inbox for Lucca webhook deliveries: the handler stores each verified delivery and
 * answers 202 after the commit; `processInbox` (from the version package) processes them with
 * retries, dead letters and per-resource order, on pg-boss over PGlite (embedded, the default) or
 * a PostgreSQL server.
 *
 * @example
 * import { openInbox } from "@lucca-events/inbox";
 * import { createWebhookHandler, processInbox } from "@lucca-events/2024-11-01";
 *
 * const inbox = await openInbox();
 * const handler = createWebhookHandler({ secret: process.env.LUCCA_WEBHOOK_SECRET!, inbox });
 * await processInbox(inbox, { on: { "employee.created": async (event, ctx) => save(event.data) } });
 */
export { DEFAULT_DIRECTORY, openInbox } from "./open-inbox.js";
export type { Inbox, OpenInboxOptions } from "./open-inbox.js";
export { DELIVERY_STATUSES } from "./delivery-row.js";
export type { DeliveryOrigin, DeliveryStatus } from "./delivery-row.js";
export { InboxError } from "./inbox-error.js";
export type { InboxErrorCode } from "./inbox-error.js";
export type { InboxMetric, InboxMetricListener } from "./metrics.js";
export type { DeliveryDetail, DeliverySummary, ListOptions, StatusCounts } from "./queries.js";
export type { PurgeOptions, PurgeReport, RetentionOptions } from "./retention.js";
export type { RevalidateReport, Revalidator } from "./revalidate.js";
export type { CatchUpClient, CatchUpItem, CatchUpReport } from "./catch-up.js";
export { serveInboxUi } from "./ui/serve-ui.js";
export type { InboxUi, ServeInboxUiOptions } from "./ui/serve-ui.js";
