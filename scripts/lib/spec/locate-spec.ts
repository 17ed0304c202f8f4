/**
 * @module Where a version's OpenAPI description is: `spec/<version>/openapi.yaml`, `.yml` or
 * `.json` (the names OpenAPI 3.1.0 §4.3 recommends for the entry document).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { SpecError } from "./spec-error.js";

/** The entry file names a version folder may use, in the order they are looked for. */
export const SPEC_FILE_NAMES = ["openapi.yaml", "openapi.yml", "openapi.json"] as const;

/** The entry file of `spec/<apiVersion>/`, relative to the repository root. */
export async function locateSpec(repoRoot: string, apiVersion: string): Promise<string> {
  const folder = `spec/${apiVersion}`;
  const entries = await readdir(join(repoRoot, folder)).catch(() => undefined);
  if (entries === undefined) throw new SpecError(`${folder}/`, "", "no such folder");
  const found = SPEC_FILE_NAMES.filter((name) => entries.includes(name));
  if (found.length === 1) return `${folder}/${found[0]}`;
  if (found.length > 1) {
    throw new SpecError(`${folder}/`, "", `several entry files (${found.join(", ")}): keep one`);
  }
  throw new SpecError(
    `${folder}/`,
    "",
    `no OpenAPI file: put the description in ${SPEC_FILE_NAMES.join(", ")}`,
  );
}
