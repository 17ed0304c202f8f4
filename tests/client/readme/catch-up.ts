import { dispatch, type LuccaEvent, type TopicHandlers } from "@lucca-events/2024-11-01";
import { lucca } from "./client.js";
import { onboardEmployee, quarantine } from "./my-app.js";

// The same object can be createWebhookHandler's `on`: pushed and polled events, one code path.
const on = {
  "employee.created": (event) => onboardEmployee(event.data),
} satisfies TopicHandlers<LuccaEvent, undefined>;

for await (const polled of lucca.events({ status: "failed" })) {
  if (polled.ok) await dispatch(polled.event, on, undefined);
  else if (polled.reason === "unknown_topic") console.info("newer topic:", polled.event.topic);
  else await quarantine(polled.raw, polled.issues); // invalid: kept, never dropped
}
