/**
 * What the inbox reports as it runs, for metrics (Prometheus, OpenTelemetry, logs). `ms` on
 * `stored` and `duplicate` is the ack latency: the time to commit before the handler answers 202.
 */
export type InboxMetric =
  | { type: "stored"; key: string; topic: string | null; ms: number }
  | { type: "duplicate"; key: string; ms: number }
  | { type: "processed"; key: string; status: string; attempt: number; ms: number }
  | { type: "retried"; key: string; attempt: number; error: string }
  | { type: "dead_lettered"; key: string; attempt: number; error: string };

/** Receives every metric; it must not throw (a throw is swallowed so storage never fails). */
export type InboxMetricListener = (metric: InboxMetric) => void;

/** Calls the listener, if any, and keeps its failures away from the delivery path. */
export function metricEmitter(listener: InboxMetricListener | undefined) {
  return (metric: InboxMetric): void => {
    if (listener === undefined) return;
    try {
      listener(metric);
    } catch {
      // A broken metrics sink must not turn a stored delivery into a 503.
    }
  };
}
