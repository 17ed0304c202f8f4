// The Worker that runs the shared suite inside workerd, then drives the example Worker.
import { runSuite } from "../suite/suite.js";
import { exampleWorkerCases } from "./example-worker-cases.js";
import type { SuiteEnv } from "./suite-env.js";

// workerd finds a module Worker's handlers on its default export; a named export is not seen.
// eslint-disable-next-line no-restricted-exports
export default {
  async fetch(_request: Request, env: SuiteEnv): Promise<Response> {
    return Response.json([...(await runSuite()), ...(await exampleWorkerCases(env))]);
  },
};
