import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { API_VERSION, CORE_DIST, VERSION_DIST, WORK_DIR } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { AJV_OPTIONS, composeSchemas, type ComposedSchemas } from "./runtime-ajv.js";
import type { SpecEvents } from "./spec-events.js";

const TOPIC = "employee.created";

// What a user without this library would ship to check signatures: import the key, verify.
const HAND_VERIFIER = `
export async function verify(body, signature, timestamp, secret) {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const mac = Uint8Array.from(atob(signature), (char) => char.charCodeAt(0));
  return crypto.subtle.verify("HMAC", key, mac, encoder.encode(timestamp + "." + body));
}`;

/** Minified + gzipped size of what a browser or edge bundle would ship, per use case. */
export async function bundleRows(spec: SpecEvents): Promise<BenchRow[]> {
  const dir = join(WORK_DIR, "bundle");
  await mkdir(dir, { recursive: true });
  const all = composeSchemas(API_VERSION, spec.model, spec.definitions);
  const one = onlyTopic(all, TOPIC);
  await writeFile(join(dir, "all-schemas.json"), JSON.stringify(all));
  await writeFile(join(dir, "one-schema.json"), JSON.stringify(one));
  const ajvEntry = (schemas: string) => `
import { Ajv2020 } from "ajv/dist/2020.js";
import { formats } from ${JSON.stringify(`${CORE_DIST}formats.js`)};
import composed from "./${schemas}";
const ajv = new Ajv2020({ ...${JSON.stringify(AJV_OPTIONS)}, formats: { ...formats } });
ajv.addSchema(composed.root);
export const validators = Object.fromEntries(
  Object.entries(composed.entries).map(([topic, ref]) => [topic, ajv.getSchema(ref)]));`;
  const guard = spec.model.topics.find((topic) => topic.topic === TOPIC)!.validatorName;

  const sizes = await Promise.all(
    Object.entries({
      oneValidator: `export { ${guard} } from ${JSON.stringify(`${VERSION_DIST}validators.js`)};`,
      ajvOne: ajvEntry("one-schema.json"),
      verifier: `export { verifySignature } from ${JSON.stringify(`${CORE_DIST}index.js`)};`,
      handVerifier: HAND_VERIFIER,
      handlerOne: `
import { createEventValidator, createParseWebhook, createWebhookHandlerFactory } from ${JSON.stringify(`${CORE_DIST}index.js`)};
import { ${guard}, isLuccaEventEnvelope } from ${JSON.stringify(`${VERSION_DIST}validators.js`)};
const validateEvent = createEventValidator({
  apiVersion: ${JSON.stringify(API_VERSION)},
  validators: { ${JSON.stringify(TOPIC)}: ${guard} },
  isEnvelope: isLuccaEventEnvelope,
});
export const createWebhookHandler = createWebhookHandlerFactory(createParseWebhook(validateEvent));`,
      ajvOneVerifier: `${ajvEntry("one-schema.json")}\n${HAND_VERIFIER}`,
      handlerAll: `export { createWebhookHandler } from ${JSON.stringify(`${VERSION_DIST}index.js`)};`,
      ajvAllVerifier: `${ajvEntry("all-schemas.json")}\n${HAND_VERIFIER}`,
    }).map(async ([name, source]) => [name, await gzippedSize(dir, name, source)] as const),
  );
  const size = Object.fromEntries(sizes) as Record<string, number>;
  const section = "bundle, esbuild --minify --platform=browser, gzip -9";
  return [
    row(section, `one topic's validator (${TOPIC})`, "bytes", size.oneValidator!, {
      name: "ajv 2020 + that topic's schemas",
      value: size.ajvOne!,
    }),
    row(section, "verifySignature alone", "bytes", size.verifier!, {
      name: "hand-rolled subtle.verify (no header checks)",
      value: size.handVerifier!,
    }),
    row(section, `handler + one topic (core factories + ${guard})`, "bytes", size.handlerOne!, {
      name: "ajv + one topic's schemas + hand verifier",
      value: size.ajvOneVerifier!,
    }),
    row(
      section,
      `createWebhookHandler, all ${spec.model.topics.length} topics`,
      "bytes",
      size.handlerAll!,
      {
        name: "ajv + all schemas + hand verifier",
        value: size.ajvAllVerifier!,
      },
    ),
  ];
}

async function gzippedSize(dir: string, name: string, source: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: "js", sourcefile: `${name}.js` },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength;
}

/** The composed schemas cut down to one topic and the definitions it reaches. */
function onlyTopic(composed: ComposedSchemas, topic: string): ComposedSchemas {
  const ref = composed.entries[topic]!;
  const defs = composed.root.$defs;
  const kept = new Set<string>();
  const visit = (name: string): void => {
    if (kept.has(name)) return;
    kept.add(name);
    forEachRef(defs[name], (target) => visit(target));
  };
  visit(decodeURIComponent(ref.slice(ref.indexOf("#/$defs/") + "#/$defs/".length)));
  return {
    root: {
      $id: composed.root.$id,
      $defs: Object.fromEntries([...kept].map((name) => [name, defs[name]!])),
    },
    entries: { [topic]: ref },
  };
}

function forEachRef(value: unknown, visit: (name: string) => void): void {
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string" && child.startsWith("#/$defs/")) {
      visit(child.slice("#/$defs/".length));
    } else forEachRef(child, visit);
  }
}
