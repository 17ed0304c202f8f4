/** The first lines of every generated source file: where it comes from and how to remake it. */
export function banner(apiVersion: string, specFile = `spec/${apiVersion}/openapi.yaml`): string {
  return [
    `// Generated from ${specFile} by \`pnpm generate\`. Do not edit.`,
    "/* eslint-disable */",
    "",
  ].join("\n");
}
