// The entry bundled for the page: the results are left on the window for page.evaluate to await.
import { runSuite, type CaseResult } from "../suite/suite.js";

declare global {
  var luccaRuntimeResults: Promise<CaseResult[]> | undefined;
}

globalThis.luccaRuntimeResults = runSuite();
