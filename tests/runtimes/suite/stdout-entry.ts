// The entry bundled for runtimes with a command line (Node, Deno, Bun): results go to stdout.
import { RESULTS_MARKER } from "./results-marker.js";
import { runSuite } from "./suite.js";

console.log(RESULTS_MARKER + JSON.stringify(await runSuite()));
