import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import { Name } from "ajv/dist/compile/codegen/index.js";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { formats } from "../../packages/core/src/formats.js";
import type { EventModel, TopicModel } from "./event-model.js";
import type { JsonSchema } from "./normalize-schema.js";
import { SpecError } from "./spec-error.js";

/** The import through which every emitted validator reaches the shared format checks. */
export const FORMATS_MODULE = "@lucca-events/core/formats";
/** The export that checks the envelope alone, for topics the version does not know. */
export const ENVELOPE_VALIDATOR = "isLuccaEventEnvelope";
const FORMATS_BINDING = "__luccaFormats";
const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Entry points live beside the component schemas, under names no component can have.
const ENTRY_PREFIX = "__entry:";

/**
 * Compiles one validator per topic, plus the envelope check, into self-contained ESM: ajv's
 * standalone output, with its runtime helpers bundled by esbuild and its formats imported from
 * core, so that the result needs neither ajv nor `eval` at run time.
 */
export async function emitValidators(
  file: string,
  apiVersion: string,
  model: EventModel,
  definitions: Record<string, JsonSchema>,
): Promise<string> {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, formats: new Name(FORMATS_BINDING), optimize: true },
    formats: { ...formats },
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    // Inlining would copy each resource schema into the validators of all its topics.
    inlineRefs: false,
    // allErrors would let a hostile payload cost time proportional to its size.
    allErrors: false,
  });
  // Ajv2020 forces these on, which makes every function track evaluated properties. Normalized
  // specs cannot use $dynamicRef or unevaluated* (normalizeSchema rejects them), so turn them off.
  Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });
  // One schema resource holds the components and every entry point, so that ajv compiles each
  // component once and all topics share it.
  const id = `urn:lucca-events:${apiVersion}`;
  const entryPoints: Record<string, JsonSchema> = {};
  const exports: Record<string, string> = {};
  for (const topic of model.topics) {
    entryPoints[topic.validatorName] = topicSchema(topic);
  }
  entryPoints[ENVELOPE_VALIDATOR] = openTopic(definitions[model.envelopeSchemaName]);
  for (const name of Object.keys(entryPoints))
    exports[name] = `${id}#/$defs/${ENTRY_PREFIX}${name}`;
  try {
    const prefixed = Object.entries(entryPoints).map(([name, schema]) => [
      ENTRY_PREFIX + name,
      schema,
    ]);
    ajv.addSchema({ $id: id, $defs: { ...definitions, ...Object.fromEntries(prefixed) } });
    return await bundle(standalone.default(ajv, exports));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpecError(file, "/components/schemas", `cannot compile a validator: ${reason}`);
  }
}

/**
 * A topic's event: the envelope, with `topic` fixed and `data` the topic's resource. It builds on
 * the open envelope so that one topic's validator does not carry the list of every topic.
 */
function topicSchema(topic: TopicModel): JsonSchema {
  return {
    allOf: [{ $ref: `#/$defs/${ENTRY_PREFIX}${ENVELOPE_VALIDATOR}` }],
    properties: {
      topic: { const: topic.topic },
      data: { $ref: `#/$defs/${topic.schemaName}` },
    },
  };
}

/** The envelope with `topic` opened to any string: what an event of an unknown topic must match. */
function openTopic(envelope: JsonSchema | undefined): JsonSchema {
  const schema = structuredClone(envelope) as Record<string, unknown>;
  const properties = { ...(schema.properties as Record<string, unknown>) };
  properties.topic = { type: "string", minLength: 1 };
  return { ...schema, properties };
}

const AJV_RUNTIME_REQUIRE = /require\("ajv\/dist\/runtime\/(ucs2length|equal)"\)\.default/g;

async function bundle(standalone: string): Promise<string> {
  const body = standalone.replace(
    AJV_RUNTIME_REQUIRE,
    (_match, helper: string) => `__ajv_${helper}`,
  );
  if (body.includes("require(")) {
    throw new Error("ajv's standalone code requires a runtime helper this generator does not ship");
  }
  const source = [
    `import { formats as ${FORMATS_BINDING} } from "${FORMATS_MODULE}";`,
    `import { ucs2length as __ajv_ucs2length, equal as __ajv_equal } from "./ajv-runtime.ts";`,
    body,
  ].join("\n");
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: import.meta.dirname,
      loader: "js",
      sourcefile: "validators.js",
    },
    // Module comments name paths relative to this; the repository root keeps them the same
    // whatever directory the generator runs from.
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: [FORMATS_MODULE],
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
