/**
 * Marks optional, in a copy of the document handed to openapi-typescript, every required header
 * parameter whose schema allows exactly one value (an `enum` of one, or a `const`), such as
 * `Api-Version` in a version's own spec. A client fills such a header itself (openapi-fetch's
 * `createClient({ headers })`, or the version's `createLuccaClient`), and openapi-fetch's types
 * cannot see default headers: left required, every call would have to repeat it (TS2554).
 * The spec still says `required: true`; only the emitted `paths` types relax it.
 */
export function relaxDefaultedHeaders(document: Record<string, unknown>): void {
  const components = asRecord(document.components);
  const schemas = asRecord(components?.schemas);
  const relax = (parameter: unknown) => {
    const param = asRecord(parameter);
    if (param?.in !== "header" || param.required !== true) return;
    if (hasSingleValue(resolveSchema(param.schema, schemas))) param.required = false;
  };
  for (const parameter of Object.values(asRecord(components?.parameters) ?? {})) relax(parameter);
  for (const item of Object.values(asRecord(document.paths) ?? {})) {
    const pathItem = asRecord(item);
    for (const holder of [pathItem, ...Object.values(pathItem ?? {}).map(asRecord)]) {
      if (Array.isArray(holder?.parameters)) holder.parameters.forEach(relax);
    }
  }
}

function resolveSchema(schema: unknown, schemas: Record<string, unknown> | undefined): unknown {
  const ref = asRecord(schema)?.$ref;
  const prefix = "#/components/schemas/";
  if (typeof ref === "string" && ref.startsWith(prefix)) return schemas?.[ref.slice(prefix.length)];
  return schema;
}

function hasSingleValue(schema: unknown): boolean {
  const record = asRecord(schema);
  if (record === undefined) return false;
  return "const" in record || (Array.isArray(record.enum) && record.enum.length === 1);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
