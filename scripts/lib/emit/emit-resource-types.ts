import { compile } from "json-schema-to-typescript";
import type { EventModel } from "../model/event-model.js";
import { ENVELOPE_TYPE } from "../model/naming.js";
import { DEFS, type JsonSchema } from "../model/normalize-schema.js";

export { ENVELOPE_TYPE };
const ROOT = "__LuccaRoot";

/**
 * One TypeScript declaration per component schema, through json-schema-to-typescript. Types are
 * closed (no index signature) so that `keyof` lists a resource's attributes, while the
 * validators stay open to properties Lucca adds within a version.
 */
export async function emitResourceTypes(
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): Promise<string> {
  const typeName = (name: string) => model.typeNames[name] ?? name;
  const defs = Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => [
      name,
      typeof schema === "boolean" ? schema : { ...schema, title: typeName(name) },
    ]),
  );
  const root = { title: ROOT, type: "object", additionalProperties: false, $defs: defs };
  const code = await compile(root as never, ROOT, {
    bannerComment: "",
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    format: false,
    strictIndexSignatures: true,
    enableConstEnums: false,
    $refOptions: { resolve: { external: false } } as never,
  });
  return stripRoot(code).replaceAll(DEFS, "#/components/schemas/");
}

/** Drops the placeholder root interface and the "referenced by" notes jstt adds to each type. */
function stripRoot(code: string): string {
  return code
    .replace(new RegExp(`export interface ${ROOT} \\{\\s*\\}\\n?`), "")
    .replace(
      /\/\*\*\n \* This (?:interface|type) was referenced by `\w+`'s JSON-Schema\n \* via the `definition` "[^"]+"\.\n \*\/\n/g,
      "",
    )
    .replace(
      /\n \* ?\n \* This (?:interface|type) was referenced by `\w+`'s JSON-Schema\n \* via the `definition` "[^"]+"\./g,
      "",
    );
}
