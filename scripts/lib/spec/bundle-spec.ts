/**
 * @module Multi-file specs: relative `$ref`s (OpenAPI 3.1.0 §4.8.23, Reference Object; RFC 3986
 * relative references) are bundled into one document by Redocly's bundler, which keeps
 * `discriminator.mapping` in step. Each hoisted component remembers the file and pointer it came
 * from, so error messages name the user's files.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { bundle, createConfig, Source } from "@redocly/openapi-core";
import { parse } from "yaml";
import {
  isObject,
  openApiVersionText,
  type OpenApiDocument,
  type SpecOrigin,
} from "../model/document.js";
import { appendPointer, resolvePointer } from "../model/json-pointer.js";
import { SpecError } from "./spec-error.js";

/** A bundled document and where its hoisted parts came from. */
export interface BundledSpec {
  document: OpenApiDocument;
  origins: SpecOrigin[];
}

/**
 * Bundles the spec at `path` (absolute) whose parsed root is `root`; `displayPath` is how error
 * messages name it, and other files are named relative to the same folder.
 */
export async function bundleSpec(
  path: string,
  displayPath: string,
  root: OpenApiDocument,
): Promise<BundledSpec> {
  const config = await createConfig({});
  // Redocly wants `openapi` as a full `x.y.z` string; an unquoted `3.1` is a YAML number.
  const version = openApiVersionText(root.openapi) ?? "";
  // A deep copy: the bundler rewrites the document it is given in place.
  const parsed = {
    ...structuredClone(root),
    openapi: /^\d+\.\d+$/.test(version) ? `${version}.0` : version,
  };
  const doc = { source: new Source(path, await readFile(path, "utf8")), parsed };
  const result = await bundle({ doc, config }).catch((error: unknown) => {
    throw new SpecError(displayPath, "", `cannot bundle: ${String(error)}`);
  });
  const displayOf = (file: string) =>
    join(dirname(displayPath), relative(dirname(path), file)).replaceAll("\\", "/");
  const [problem] = result.problems.filter((p) => p.severity === "error");
  if (problem !== undefined) {
    const [location] = problem.location;
    const file = location?.source.absoluteRef ?? path;
    throw new SpecError(
      displayOf(file),
      location?.pointer?.replace(/^#/, "") ?? "",
      problem.message,
    );
  }
  const document = result.bundle.parsed as OpenApiDocument;
  const origins: SpecOrigin[] = [];
  const texts = new Map<string, unknown>([[path, root]]);
  const readDoc = async (file: string) => {
    if (!texts.has(file)) {
      texts.set(file, parse(await readFile(file, "utf8")) as unknown);
    }
    return texts.get(file);
  };
  const visited = new Set<string>();
  // Walks a part of a user's file beside the bundled part it became; `at` is the bundled pointer.
  const walk = async (original: unknown, bundled: unknown, file: string, at: string) => {
    if (Array.isArray(original) && Array.isArray(bundled)) {
      for (let i = 0; i < original.length; i++)
        await walk(original[i], bundled[i], file, `${at}/${i}`);
      return;
    }
    if (!isObject(original) || !isObject(bundled)) return;
    const ref = original.$ref;
    if (typeof ref === "string" && (file !== path || !ref.startsWith("#"))) {
      const [filePart, fragment = ""] = ref.split("#");
      const targetFile = filePart === "" ? file : resolve(dirname(file), filePart!);
      const target = bundled.$ref;
      // Hoisted into a component (the bundled node is a local $ref), or inlined right here.
      const bundledPointer =
        typeof target === "string" && target.startsWith("#") ? target.slice(1) : at;
      if (visited.has(bundledPointer)) return;
      visited.add(bundledPointer);
      origins.push({ bundledPointer, file: displayOf(targetFile), pointer: fragment });
      const content = resolvePointer(await readDoc(targetFile), fragment);
      await walk(content, resolvePointer(document, bundledPointer), targetFile, bundledPointer);
      return;
    }
    for (const key of Object.keys(original)) {
      await walk(original[key], bundled[key], file, appendPointer(at, key));
    }
  };
  await walk(root, document, path, "");
  return { document, origins };
}
