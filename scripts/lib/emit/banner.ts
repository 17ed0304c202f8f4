/** The first lines of every generated source file: where it comes from and how to remake it. */
export function banner(apiVersion: string): string {
  return [
    `// Generated from spec/${apiVersion}/openapi.yaml by \`pnpm generate\`. Do not edit.`,
    "/* eslint-disable */",
    "",
  ].join("\n");
}
