import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Generated packages and goldens carry their own eslint-disable banner; scratch output is not ours.
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.work/**",
      ".tmp/**",
      "packages/api-*/**",
      "scripts/test/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-exports": ["error", { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // Tools that load these files require a default export.
    files: ["eslint.config.js", "vitest.config.ts"],
    rules: { "no-restricted-exports": "off" },
  },
);
