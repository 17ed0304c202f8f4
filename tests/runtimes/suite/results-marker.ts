/** Prefixes the one stdout line holding the JSON results, so runtime warnings cannot be mistaken for it. */
export const RESULTS_MARKER = "@@lucca-runtime-results@@";
