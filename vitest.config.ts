import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["scripts/**/*.test.ts", "packages/*/test/**/*.test.ts", "tests/inbox/**/*.test.ts"],
    typecheck: {
      include: ["packages/*/test/**/*.test-d.ts", "scripts/**/*.test-d.ts"],
      tsconfig: "tsconfig.json",
    },
    testTimeout: 30_000,
  },
});
