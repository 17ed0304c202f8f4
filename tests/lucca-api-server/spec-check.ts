import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";

/** What {@link createSpecCheck} compares a request with. */
export interface CheckedRequest {
  method: string;
  /** The path without query, e.g. `/lucca-api/events`. */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: string;
}

/** A matched operation: its id and the path parameters read from the URL. */
export interface MatchedOperation {
  operationId: string;
  pathParams: Record<string, string>;
}

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "query" | "header" | "path";
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/**
 * Checks requests against an OpenAPI document (OpenAPI 3.1 §4.8.9 Path Item, §4.8.12 Parameter,
 * §4.8.13 Request Body): a path template and method that exist, every required parameter present,
 * every parameter's value valid against its schema, no unknown query parameter, a bearer token
 * (the spec's global `oauth2` security), and a JSON body valid against the operation's schema.
 */
export function createSpecCheck(specFile: URL) {
  const document = parse(readFileSync(specFile, "utf8")) as {
    paths: Record<string, Record<string, unknown>>;
    components: { parameters: Record<string, Parameter> };
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const name of ["uri", "date", "date-time", "date-time-offset", "email", "phone"]) {
    ajv.addFormat(name, name === "uri" ? (value: string) => URL.canParse(value) : true);
  }
  ajv.addSchema(document, "spec");
  const resolve = (parameter: Parameter | { $ref: string }): Parameter =>
    "$ref" in parameter
      ? document.components.parameters[parameter.$ref.split("/").pop()!]!
      : parameter;
  const validatorOf = (schema: Schema) =>
    "$ref" in schema
      ? ajv.getSchema(`spec${schema.$ref as string}`)!
      : ajv.compile({ ...schema, $id: undefined });

  function match(
    method: string,
    path: string,
  ): [Operation, Parameter[], MatchedOperation] | string {
    for (const [template, item] of Object.entries(document.paths)) {
      const names: string[] = [];
      const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
      const found = new RegExp(`^${pattern}$`).exec(path);
      if (!found) continue;
      const operation = item[method.toLowerCase()] as Operation | undefined;
      if (!operation || !METHODS.includes(method.toLowerCase() as never)) {
        return `${method} ${template}: no such operation in the spec`;
      }
      const shared = ((item.parameters as Parameter[] | undefined) ?? []).map(resolve);
      const own = (operation.parameters ?? []).map(resolve);
      const pathParams = Object.fromEntries(
        names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)]),
      );
      return [operation, [...shared, ...own], { operationId: operation.operationId, pathParams }];
    }
    return `${method} ${path}: no such path in the spec`;
  }

  /** The operation a request calls and the problems found in it (none when it conforms). */
  return function check(request: CheckedRequest): {
    operation?: MatchedOperation;
    problems: string[];
  } {
    const matched = match(request.method, request.path);
    if (typeof matched === "string") return { problems: [matched] };
    const [operation, parameters, found] = matched;
    const problems: string[] = [];
    if (!/^Bearer \S+$/.test(request.headers.get("authorization") ?? "")) {
      problems.push("Authorization: a Bearer token is required (security oauth2)");
    }
    for (const name of request.query.keys()) {
      if (!parameters.some((p) => p.in === "query" && p.name === name)) {
        problems.push(`query parameter ${name}: not defined for ${operation.operationId}`);
      }
    }
    for (const parameter of parameters) {
      const values = readParameter(parameter, request, found.pathParams);
      if (values === undefined) {
        if (parameter.required) problems.push(`${parameter.in} ${parameter.name}: required`);
        continue;
      }
      const value = coerce(parameter.schema ?? {}, values);
      const validate = validatorOf(parameter.schema ?? {});
      if (!validate(value))
        problems.push(`${parameter.in} ${parameter.name}: ${ajv.errorsText(validate.errors)}`);
    }
    const body = operation.requestBody;
    if (body) problems.push(...checkBody(body, request, validatorOf, ajv));
    else if (request.body !== "") problems.push(`${operation.operationId} takes no body`);
    return { operation: found, problems };
  };
}

function readParameter(
  parameter: Parameter,
  request: CheckedRequest,
  pathParams: Record<string, string>,
): string[] | undefined {
  if (parameter.in === "path")
    return pathParams[parameter.name] === undefined ? undefined : [pathParams[parameter.name]!];
  if (parameter.in === "header") {
    const value = request.headers.get(parameter.name);
    return value === null ? undefined : [value];
  }
  const values = request.query.getAll(parameter.name);
  return values.length === 0 ? undefined : values;
}

/** Query and header values are text: read them as the schema's type (style form, explode). */
function coerce(schema: Schema, values: string[]): unknown {
  if (schema.type === "array") return values.flatMap((value) => value.split(","));
  const value = values[0]!;
  if (schema.type === "integer" || schema.type === "number")
    return value.trim() === "" ? value : Number(value);
  return value;
}

function checkBody(
  body: NonNullable<Operation["requestBody"]>,
  request: CheckedRequest,
  validatorOf: (schema: Schema) => ReturnType<Ajv2020["compile"]>,
  ajv: Ajv2020,
): string[] {
  if (request.body === "") return body.required ? ["request body: required"] : [];
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const media = body.content[type];
  if (!media)
    return [`content-type ${type || "(none)"}: not one of ${Object.keys(body.content).join(", ")}`];
  let value: unknown;
  try {
    value = JSON.parse(request.body);
  } catch {
    return ["request body: not JSON"];
  }
  const validate = validatorOf(media.schema);
  return validate(value) ? [] : [`request body: ${ajv.errorsText(validate.errors)}`];
}
