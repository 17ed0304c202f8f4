import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["scripts/**/*.test.ts", "packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    typecheck: {
      include: [
        "packages/*/test/**/*.test-d.ts",
        "scripts/**/*.test-d.ts",
        "tests/client/**/*.test-d.ts",
      ],
      tsconfig: "tsconfig.json",
    },
    testTimeout: 30_000,
    // Fails the run when a test leaves a temporary folder behind.
    globalSetup: ["tests/setup/temp-folders.ts"],
  },
});
