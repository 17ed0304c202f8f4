import type { OpenApiDocument } from "../spec-diff-types.js";

/** What a test document varies: its topics, extra component schemas, and optional `paths`. */
export interface MinimalDocOptions {
  readonly openapi?: "3.0.3" | "3.1.0";
  readonly topics: readonly string[];
  readonly schemas?: Readonly<Record<string, unknown>>;
  readonly paths?: Readonly<Record<string, unknown>>;
}

/** A small OpenAPI document with the Lucca event envelope and the given components. */
export function minimalDoc(options: MinimalDocOptions): OpenApiDocument {
  const openapi = options.openapi ?? "3.1.0";
  return {
    openapi,
    info: { title: "Lucca API", version: "2024-11-01" },
    paths: options.paths ?? {},
    components: {
      schemas: {
        Event: {
          type: "object",
          required: ["id", "type", "topic", "data"],
          properties: {
            id: { type: "string" },
            type: openapi === "3.0.3" ? { type: "string", enum: ["event"] } : { const: "event" },
            topic: { type: "string", enum: [...options.topics] },
            data: { type: "object" },
          },
        },
        ...options.schemas,
      },
    },
  };
}

/** A resource component: `id`, `type` pinned to `type`, plus `properties`. */
export function resource(
  type: string,
  properties: Readonly<Record<string, unknown>>,
  required: readonly string[] = [],
): Record<string, unknown> {
  return {
    type: "object",
    required: ["id", "type", ...required],
    properties: { id: { type: "string" }, type: { type: "string", enum: [type] }, ...properties },
  };
}
