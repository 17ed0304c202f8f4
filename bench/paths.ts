import { fileURLToPath } from "node:url";

/** The repository root, so every bench file resolves paths the same way wherever it is run from. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Scratch space (gitignored): generated specs, child-process scripts, bundle entries. */
export const WORK_DIR = fileURLToPath(new URL("./.work/", import.meta.url));

/** The API version the bench measures. */
export const API_VERSION = "2024-11-01";

/** The built version package and core, as a consumer installs them. */
export const VERSION_DIST = `${REPO_ROOT}packages/api-${API_VERSION}/dist/`;
export const CORE_DIST = `${REPO_ROOT}packages/core/dist/`;
