/**
 * @module What a spec says about events: the envelope, every topic and the schema of its `data`,
 * and the TypeScript name of every component. The one reading every tool uses; the strict
 * reading throws a {@link SpecError}, the lenient one (for the spec diff) applies the same rules
 * and lists what it skipped.
 */
import type { SpecError } from "../spec/spec-error.js";
import { Diagnostics } from "./diagnostics.js";
import { componentPointer, type LoadedSpec } from "./document.js";
import { findEnvelope } from "./envelope.js";
import { buildTypeNames, eventInterfaceName, validatorName } from "./naming.js";
import { findResource } from "./resources.js";
import { actionOf, collectTopics, resourceTypeOf } from "./topics.js";

/** One topic of an API version, with everything the emitters need to name and type it. */
export interface TopicModel {
  topic: string;
  /** The resource type, the part of the topic before the last dot (`leave-request`). */
  resourceType: string;
  /** The component schema that describes `data` (`LeaveRequest`). */
  schemaName: string;
  /** The TypeScript name of `data`'s type (`LeaveRequest`). */
  typeName: string;
  /** The component describing this topic's whole event, when the spec has one. */
  eventSchemaName?: string;
  eventName: string;
  validatorName: string;
  isUpdate: boolean;
}

/** What the spec says about events: the envelope schema and every topic, sorted. */
export interface EventModel {
  envelopeSchemaName: string;
  topics: TopicModel[];
  /** The TypeScript name of every component schema, by component name. */
  typeNames: Record<string, string>;
}

/** The lenient reading: whatever could be read, and what was skipped. */
export interface LenientEventModel {
  envelopeSchemaName: string | undefined;
  topics: Array<Omit<TopicModel, "schemaName" | "typeName"> & { schemaName?: string }>;
  skipped: SpecError[];
}

export { RESOURCE_EXTENSION } from "./resources.js";

/** The names the event layer of every version package declares. */
const EVENT_LAYER_NAMES = [
  ...["LuccaEvent", "LuccaEventMap", "LuccaEventTopic", "UnknownLuccaEvent", "PreviousAttributes"],
];

/**
 * Derives the topic → resource mapping from the spec alone (see `envelope.ts`, `topics.ts` and
 * `resources.ts` for the rules). Throws a {@link SpecError} on the first problem; warnings (values
 * that are not topics) go to `diagnostics`.
 */
export function buildEventModel(
  spec: LoadedSpec,
  diagnostics: Diagnostics = new Diagnostics(),
): EventModel {
  const read = readEvents(spec, diagnostics);
  const topics = read.topics as Array<TopicModel>;
  const resources = new Map(topics.map((topic) => [topic.schemaName, topic.resourceType]));
  const reserved = new Set([...EVENT_LAYER_NAMES, ...topics.map((topic) => topic.eventName)]);
  const typeNames = buildTypeNames(spec.document, read.envelopeSchemaName, resources, reserved);
  for (const topic of topics) topic.typeName = typeNames[topic.schemaName]!;
  return { envelopeSchemaName: read.envelopeSchemaName!, topics, typeNames };
}

/** The same rules as {@link buildEventModel}, recording problems instead of throwing. */
export function readEventModelLeniently(spec: LoadedSpec): LenientEventModel {
  const diagnostics = new Diagnostics({ lenient: true });
  return { ...readEvents(spec, diagnostics), skipped: diagnostics.skipped };
}

function readEvents(
  spec: LoadedSpec,
  diagnostics: Diagnostics,
): Omit<LenientEventModel, "skipped"> {
  const envelopeSchemaName = findEnvelope(spec, diagnostics);
  const { topics: values, notTopics } = collectTopics(spec, envelopeSchemaName);
  if (notTopics.length > 0) {
    diagnostics.warn(
      "topic",
      spec.file,
      notTopics[0]!.pointer,
      `not <resource>.<action> topics, so not typed (they arrive as unknown topics): ` +
        notTopics.map((value) => value.topic).join(", "),
    );
  }
  if (envelopeSchemaName !== undefined && values.length === 0) {
    diagnostics.fail(
      spec.file,
      `${componentPointer(envelopeSchemaName)}/properties/topic`,
      "the envelope lists no <resource>.<action> topic",
    );
  }
  const byIdentifier = new Map<string, string>();
  const topics: LenientEventModel["topics"] = [];
  for (const value of values) {
    const eventName = eventInterfaceName(value.topic);
    const clash = byIdentifier.get(eventName);
    if (clash !== undefined) {
      diagnostics.fail(
        spec.file,
        value.pointer,
        `topics "${clash}" and "${value.topic}" both map to the identifier ${eventName}`,
      );
      continue;
    }
    byIdentifier.set(eventName, value.topic);
    const resourceType = resourceTypeOf(value.topic);
    const schemaName =
      value.resourceSchema ??
      findResource(spec, resourceType, value.topic, value.pointer, diagnostics);
    topics.push({
      topic: value.topic,
      resourceType,
      ...(schemaName === undefined ? {} : { schemaName }),
      ...(value.eventSchema === undefined ? {} : { eventSchemaName: value.eventSchema }),
      eventName,
      validatorName: validatorName(value.topic),
      isUpdate: actionOf(value.topic) === "updated",
    });
  }
  topics.sort((a, b) => compare(a.topic, b.topic));
  return { envelopeSchemaName, topics };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
