/**
 * @module
 * The runtime-neutral suite: Web APIs only, no Node built-ins and no test framework, so the very
 * same code proves the verifier and the handler in Node, Deno, Bun, workerd and Chromium.
 */
import type { CaseResult } from "./case-result.js";
import { handlerCases } from "./handler-cases.js";
import { headerCases } from "./header-cases.js";
import { timestampCases } from "./timestamp-cases.js";
import { vectorCases } from "./vector-cases.js";

export type { CaseResult } from "./case-result.js";

/** Runs every check and returns one result per check; it never throws. */
export async function runSuite(): Promise<CaseResult[]> {
  return [
    ...(await vectorCases()),
    ...(await headerCases()),
    ...(await timestampCases()),
    ...(await handlerCases()),
  ];
}
