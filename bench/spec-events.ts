import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDefinitions } from "../scripts/lib/model/definitions.js";
import { buildEventModel, type EventModel } from "../scripts/lib/model/event-model.js";
import { loadSpec } from "../scripts/lib/spec/load-spec.js";
import type { JsonSchema } from "../scripts/lib/model/normalize-schema.js";
import { API_VERSION, REPO_ROOT } from "./paths.js";

/** A realistic delivery of one topic: the first spec example, as an object and as its body. */
export interface TopicEvent {
  topic: string;
  event: Record<string, unknown>;
  body: string;
}

/** What the bench needs from the spec: its event model, its schemas, one event per topic. */
export interface SpecEvents {
  model: EventModel;
  definitions: Record<string, JsonSchema>;
  events: TopicEvent[];
}

/** Loads the spec through the generator's own steps, so baselines see the schemas it compiles. */
export async function loadSpecEvents(apiVersion = API_VERSION): Promise<SpecEvents> {
  const specFile = `spec/${apiVersion}/openapi.yaml`;
  const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
  const model = buildEventModel(spec);
  const definitions = buildDefinitions(spec);
  const events: TopicEvent[] = [];
  for (const { topic } of model.topics) {
    const dir = join(REPO_ROOT, `spec/${apiVersion}/examples`, topic);
    const [first] = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
    if (first === undefined) throw new Error(`no example for ${topic}`);
    // Re-serialised compactly: that is how a delivery body arrives on the wire.
    const event = JSON.parse(await readFile(join(dir, first), "utf8")) as Record<string, unknown>;
    events.push({ topic, event, body: JSON.stringify(event) });
  }
  return { model, definitions, events };
}
