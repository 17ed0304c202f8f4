import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument } from "yaml";
import type { LoadedSpec, OpenApiDocument } from "../model/document.js";
import { resolvePointer } from "../model/json-pointer.js";
import { forEachRef } from "../model/refs.js";
import { SpecError } from "./spec-error.js";

export type { LoadedSpec, OpenApiDocument } from "../model/document.js";

/** Reads and parses a spec file; see {@link parseSpec}. */
export async function loadSpec(path: string, displayPath = path): Promise<LoadedSpec> {
  return parseSpec(await readFile(path, "utf8"), displayPath);
}

/**
 * Parses YAML (or JSON) text as an OpenAPI 3.0 or 3.1 document and checks that every `$ref`
 * resolves inside it. Throws a {@link SpecError} naming the file and the JSON pointer.
 */
export function parseSpec(text: string, file: string): LoadedSpec {
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
  const spec = document as OpenApiDocument;
  return { file, openapi: openApiVersion(spec, file), document: spec };
}

function openApiVersion(document: OpenApiDocument, file: string): "3.0" | "3.1" {
  const version = document.openapi;
  if (typeof version === "string" && /^3\.0\.\d+$/.test(version)) return checkRefs("3.0");
  if (typeof version === "string" && /^3\.1\.\d+$/.test(version)) return checkRefs("3.1");
  const shown = version === undefined ? "missing" : JSON.stringify(version);
  throw new SpecError(file, "/openapi", `unsupported OpenAPI version ${shown}: use 3.0.x or 3.1.x`);

  function checkRefs(openapi: "3.0" | "3.1"): "3.0" | "3.1" {
    forEachRef(document, "", (ref, pointer) => {
      if (!ref.startsWith("#")) {
        throw new SpecError(file, pointer, `external $ref "${ref}" is not supported: bundle it`);
      }
      if (resolvePointer(document, ref) === undefined) {
        throw new SpecError(file, pointer, `dangling $ref: "${ref}" points to nothing`);
      }
    });
    return openapi;
  }
}
