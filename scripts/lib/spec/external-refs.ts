/** Whether a document `$ref`s another file. */
export function hasExternalRefs(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string" && !child.startsWith("#")) return true;
    if (hasExternalRefs(child)) return true;
  }
  return false;
}
