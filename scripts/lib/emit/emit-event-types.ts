import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type StatementStructures,
} from "ts-morph";
import type { EventModel, TopicModel } from "../model/event-model.js";
import { ENVELOPE_TYPE } from "../model/naming.js";

/**
 * The event layer of a version package, built with ts-morph: one interface per topic whose
 * `topic` is the literal and whose `data` is the resource, the union, the topic map, `TOPICS`,
 * `API_VERSION` and `UnknownLuccaEvent`.
 */
export function emitEventTypes(apiVersion: string, model: EventModel): string {
  const resourceNames = [...new Set(model.topics.map((topic) => topic.typeName))];
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./resources.js",
      namedImports: [ENVELOPE_TYPE, ...resourceNames].sort(),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["The Lucca API version whose event payloads this package describes and validates."],
      declarations: [{ name: "API_VERSION", initializer: JSON.stringify(apiVersion) }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Every topic of API version ${apiVersion}, sorted.`],
      declarations: [
        {
          name: "TOPICS",
          initializer: `[${model.topics.map((topic) => JSON.stringify(topic.topic)).join(", ")}] as const`,
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "LuccaEventTopic",
      docs: ["A topic this API version knows."],
      type: "(typeof TOPICS)[number]",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "PreviousAttributes",
      typeParameters: ["Resource"],
      docs: [
        "The attributes an `*.updated` event says changed, with their previous values. Lucca sends a\n" +
          "`null` both for an attribute that was null and for one whose previous value it does not know.",
      ],
      type: "Resource extends unknown ? { [Key in keyof Resource]?: Resource[Key] | null } : never",
    },
    ...model.topics.map(topicInterface),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "LuccaEventMap",
      docs: ["Each topic of this API version and the interface of its events."],
      properties: model.topics.map((topic) => ({
        name: JSON.stringify(topic.topic),
        type: topic.eventName,
      })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "LuccaEvent",
      docs: ["Any event of this API version; `switch (event.topic)` narrows `event.data`."],
      type: "LuccaEventMap[LuccaEventTopic]",
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "UnknownLuccaEvent",
      docs: [
        "An event whose topic this API version does not know yet: Lucca adds topics without\n" +
          "releasing a new version. Its envelope is valid; its `data` is not described.",
      ],
      extends: [`Omit<${ENVELOPE_TYPE}, "topic" | "data" | "previousAttributes">`],
      properties: [
        { name: "topic", type: "string" },
        {
          name: "data",
          type: "{ id: string; type: string; url?: string; [key: string]: unknown }",
        },
        { name: "previousAttributes", hasQuestionToken: true, type: "Record<string, unknown>" },
      ],
    },
  ];
  const project = new Project({ useInMemoryFileSystem: true });
  return project.createSourceFile("events.ts", { statements }).getFullText();
}

function topicInterface(topic: TopicModel): StatementStructures {
  const resource = topic.typeName;
  // `topic` stays the first property, before the inherited envelope fields: TypeScript keys a
  // union of 10 or more object types by the first property whose type is a single literal
  // (`getKeyPropertyName` in its checker), and only a key unique to each member lets
  // `switch (event.topic)` narrow by lookup. Spelling the envelope out first would make
  // `type: "event"` the key; a switch over every topic then checks 1.5× slower (bench/type-check.ts).
  const properties = [
    { name: "topic", type: JSON.stringify(topic.topic) },
    { name: "data", type: resource },
    ...(topic.isUpdate
      ? [
          {
            name: "previousAttributes",
            hasQuestionToken: true,
            type: `PreviousAttributes<${resource}>`,
          },
        ]
      : []),
  ];
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: topic.eventName,
    docs: [`Sent on \`${topic.topic}\`; \`data\` is the ${topic.resourceType} after the change.`],
    extends: [`Omit<${ENVELOPE_TYPE}, "topic" | "data" | "previousAttributes">`],
    properties,
  };
}
