/**
 * @module Reading one spec file: YAML 1.2 or JSON, an OpenAPI 3.0.x or 3.1.x document, bundled
 * when it `$ref`s other files, with every local `$ref` resolving. Problems are `SpecError`s
 * naming the file and the JSON pointer (RFC 6901).
 */
import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument } from "yaml";
import {
  openApiLineOf,
  openApiVersionText,
  originOf,
  type LoadedSpec,
  type OpenApiDocument,
  type OpenApiLine,
} from "../model/document.js";
import { resolveAnchors } from "../model/anchors.js";
import { resolvePointer } from "../model/json-pointer.js";
import { forEachRef } from "../model/refs.js";
import { hasExternalRefs } from "./external-refs.js";
import { SpecError } from "./spec-error.js";

export type { LoadedSpec, OpenApiDocument } from "../model/document.js";

/** Options of {@link parseSpec}. */
export interface ParseOptions {
  /**
   * Only parse: no version or `$ref` checks. For the spec diff reading git `HEAD`, which may hold
   * a spec the generator would now refuse.
   */
  readonly lenient?: boolean;
}

/** Reads, parses and (for a multi-file spec) bundles the spec at `path`; see {@link parseSpec}. */
export async function loadSpec(path: string, displayPath = path): Promise<LoadedSpec> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === "ENOENT" ? "no such file" : `cannot read it (${error.code})`;
    throw new SpecError(displayPath, "", reason);
  });
  const parsed = parseDocumentText(text, displayPath);
  const openapi = checkVersion(parsed, displayPath);
  // `$id`-relative refs are not file paths: resolve them before looking for external files.
  const document = resolveAnchors(parsed);
  if (!hasExternalRefs(document)) return checkRefs({ file: displayPath, openapi, document });
  // Loaded on demand: the bundler is large, and single-file specs never need it.
  const { bundleSpec } = await import("./bundle-spec.js");
  const bundled = await bundleSpec(path, displayPath, document);
  return checkRefs({
    file: displayPath,
    openapi,
    ...bundled,
    document: resolveAnchors(bundled.document),
  });
}

/**
 * Parses YAML (or JSON) text as an OpenAPI 3.0 or 3.1 document and checks that every `$ref`
 * resolves inside it. Throws a {@link SpecError} naming the file and the JSON pointer.
 */
export function parseSpec(text: string, file: string, options: ParseOptions = {}): LoadedSpec {
  const document = resolveAnchors(parseDocumentText(text, file));
  if (options.lenient) return { file, openapi: openApiLineOf(document) ?? "3.1", document };
  const openapi = checkVersion(document, file);
  if (hasExternalRefs(document)) {
    forEachRef(document, "", (ref, pointer) => {
      if (!ref.startsWith("#")) {
        throw new SpecError(file, pointer, `external $ref "${ref}": load the file to bundle it`);
      }
    });
  }
  return checkRefs({ file, openapi, document });
}

function parseDocumentText(text: string, file: string): OpenApiDocument {
  const json = parseJsonObject(text);
  if (json !== undefined) return json;
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const [error] = parsed.errors;
  if (error) {
    // A document that does not parse has no JSON pointers yet: the line and column say where.
    const where = lineCounter.linePos(error.pos[0]);
    const position = ` (line ${where.line}, column ${where.col})`;
    throw new SpecError(file, "", `not valid YAML${position}: ${error.message.split("\n")[0]}`);
  }
  const document: unknown = parsed.toJS({ maxAliasCount: -1 });
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new SpecError(file, "", "an OpenAPI document must be an object");
  }
  return document as OpenApiDocument;
}

/**
 * JSON text read by `JSON.parse`, many times faster than a YAML parser on a large spec; anything
 * else (or JSON with an error, which the YAML parser then locates) is left to YAML.
 */
function parseJsonObject(text: string): OpenApiDocument | undefined {
  if (!text.trimStart().startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as OpenApiDocument)
      : undefined;
  } catch {
    return undefined;
  }
}

/** OpenAPI 3.0.x or 3.1.x, quoted or not; Swagger 2.0 and 3.2 are named and refused. */
function checkVersion(document: OpenApiDocument, file: string): OpenApiLine {
  const line = openApiLineOf(document);
  if (line !== undefined) return line;
  if (document.swagger !== undefined) {
    throw new SpecError(
      file,
      "/swagger",
      `Swagger ${openApiVersionText(document.swagger) ?? "2.0"} is not supported: convert it to ` +
        "OpenAPI 3 (Swagger Editor: Edit > Convert to OpenAPI 3, or swagger2openapi) and use the result",
    );
  }
  const shown = openApiVersionText(document.openapi);
  if (shown !== undefined && /^3\.2(\.|$)/.test(shown)) {
    throw new SpecError(
      file,
      "/openapi",
      `OpenAPI ${shown} is not supported yet: use a 3.1.x or 3.0.x description of the API`,
    );
  }
  throw new SpecError(
    file,
    "/openapi",
    `unsupported OpenAPI version ${shown === undefined ? "(no openapi field)" : JSON.stringify(shown)}: use 3.0.x or 3.1.x`,
  );
}

function checkRefs(spec: LoadedSpec): LoadedSpec {
  forEachRef(spec.document, "", (ref, pointer) => {
    const where = originOf(spec, pointer);
    if (!ref.startsWith("#")) {
      throw new SpecError(where.file, where.pointer, `external $ref "${ref}" was not bundled`);
    }
    if (resolvePointer(spec.document, ref) === undefined) {
      throw new SpecError(where.file, where.pointer, `dangling $ref: "${ref}" points to nothing`);
    }
  });
  return spec;
}
