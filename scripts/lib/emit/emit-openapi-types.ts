import openapiTS, { astToString } from "openapi-typescript";
import type { LoadedSpec } from "../spec/load-spec.js";
import { relaxDefaultedHeaders } from "./relax-defaulted-headers.js";
import { SpecError } from "../spec/spec-error.js";

/**
 * The `paths`, `components` and `operations` types of the whole spec, by openapi-typescript, so
 * that openapi-fetch users get a typed client for the webhook-endpoint API.
 */
export async function emitOpenApiTypes(spec: LoadedSpec): Promise<string> {
  try {
    const document = structuredClone(spec.document) as Record<string, unknown>;
    relaxDefaultedHeaders(document);
    const ast = await openapiTS(document as never, {
      alphabetize: true,
      silent: true,
      // A default does not make a request field required: Lucca fills it in when it is left out.
      defaultNonNullable: false,
      // The spec is ours to trust here: load-spec has already checked every $ref.
      redocly: undefined,
    });
    return astToString(ast);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpecError(spec.file, "", `openapi-typescript cannot read it: ${reason}`);
  }
}
