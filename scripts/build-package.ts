/**
 * `pnpm build` in a published package (`tsx ../../scripts/build-package.ts`): writes its `dist/`
 * (see lib/packaging/build-package.ts). Run from the package folder.
 */
import { buildPackage } from "./lib/packaging/build-package.js";

buildPackage(process.cwd()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
