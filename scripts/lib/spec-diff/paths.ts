import { createContext, emit, finishContext, type DiffContext } from "./context.js";
import { compareBodies, compareContent } from "./bodies.js";
import { compareSchemas } from "./schema.js";
import { resolveRef } from "../model/refs.js";
import {
  isObject,
  stableStringify,
  asObject,
  type JsonObject,
  type OpenApiDocument,
  type SpecChange,
} from "./types.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
/** Operation fields that only document it. */
const OPERATION_ANNOTATIONS = ["summary", "description", "operationId", "tags", "externalDocs"];

interface Operation {
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
}

/**
 * Compares the operations of `paths` (and 3.1 `webhooks`), keyed `POST /webhook-endpoints`:
 * removed is major, added is minor, and kept ones are compared through their parameters,
 * request bodies and responses.
 */
export function diffOperations(before: OpenApiDocument, after: OpenApiDocument): SpecChange[] {
  const b = operationsOf(before);
  const a = operationsOf(after);
  const changes: SpecChange[] = [];
  for (const [key, op] of b) {
    const afterOp = a.get(key);
    if (afterOp === undefined) {
      changes.push({ level: "major", subject: key, text: `${key}: operation removed` });
      continue;
    }
    const ctx = createContext(before, after, key);
    compareOperation(op, afterOp, ctx);
    changes.push(...finishContext(ctx));
  }
  for (const key of a.keys()) {
    if (!b.has(key))
      changes.push({ level: "minor", subject: key, text: `${key}: operation added` });
  }
  return changes;
}

function operationsOf(doc: OpenApiDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [section, label] of [
    ["paths", ""],
    ["webhooks", "webhook "],
  ] as const) {
    const items = doc[section];
    if (!isObject(items)) continue;
    for (const [name, raw] of Object.entries(items)) {
      const pathItem = resolveRef(raw, doc).node;
      if (!isObject(pathItem)) continue;
      for (const method of METHODS) {
        const operation = pathItem[method];
        if (isObject(operation)) {
          operations.set(`${method.toUpperCase()} ${label}${name}`, { pathItem, operation });
        }
      }
    }
  }
  return operations;
}

function compareOperation(b: Operation, a: Operation, ctx: DiffContext): void {
  for (const field of OPERATION_ANNOTATIONS) {
    if (stableStringify(b.operation[field]) !== stableStringify(a.operation[field])) {
      ctx.sink.annotationsChanged = true;
    }
  }
  if (a.operation.deprecated === true && b.operation.deprecated !== true)
    emit(ctx, "minor", "", "deprecated");
  if (stableStringify(b.operation.security) !== stableStringify(a.operation.security)) {
    emit(ctx, "major", "", "security requirements changed");
  }
  compareParameters(parametersOf(b, ctx.before), parametersOf(a, ctx.after), ctx);
  compareBodies(b.operation.requestBody, a.operation.requestBody, ctx);
  const bResponses = asObject(b.operation.responses);
  const aResponses = asObject(a.operation.responses);
  for (const code of Object.keys(bResponses)) {
    if (!(code in aResponses)) emit(ctx, "major", "", `response ${code} removed`);
  }
  for (const code of Object.keys(aResponses)) {
    if (!(code in bResponses)) emit(ctx, "minor", "", `response ${code} added`);
    else compareContent(bResponses[code], aResponses[code], `response ${code}`, ctx);
  }
}

function parametersOf(op: Operation, doc: unknown): Map<string, JsonObject> {
  const parameters = new Map<string, JsonObject>();
  for (const list of [op.pathItem.parameters, op.operation.parameters]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = resolveRef(raw, doc).node;
      // Operation-level parameters come second, so they override path-level ones, as in OpenAPI.
      if (isObject(parameter)) parameters.set(`${parameter.in} "${parameter.name}"`, parameter);
    }
  }
  return parameters;
}

function compareParameters(
  b: Map<string, JsonObject>,
  a: Map<string, JsonObject>,
  ctx: DiffContext,
): void {
  for (const [key, parameter] of b) {
    const after = a.get(key);
    if (after === undefined) {
      emit(ctx, "major", "", `parameter ${key} removed`);
      continue;
    }
    if (after.required === true && parameter.required !== true) {
      emit(ctx, "major", "", `parameter ${key} is now required`);
    }
    if (after.required !== true && parameter.required === true) {
      emit(ctx, "minor", "", `parameter ${key} is no longer required`);
    }
    if (stableStringify(parameter.description) !== stableStringify(after.description)) {
      ctx.sink.annotationsChanged = true;
    }
    compareSchemas(parameter.schema, after.schema, "", { ...ctx, prefix: `parameter ${key} ` });
  }
  for (const [key, parameter] of a) {
    if (b.has(key)) continue;
    const required = parameter.required === true;
    emit(
      ctx,
      required ? "major" : "minor",
      "",
      `parameter ${key} added (${required ? "required" : "optional"})`,
    );
  }
}
