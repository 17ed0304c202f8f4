import type { Metafile } from "esbuild";

/**
 * Source modules that went into more than one output file. Each must land in exactly one (an entry
 * or a shared chunk): a module copied into two entries would define its classes twice, and an
 * error thrown by one entry would fail `instanceof` against the class another entry exports.
 */
export function duplicatedModules(metafile: Pick<Metafile, "outputs">): string[] {
  const outputsOf = new Map<string, string[]>();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    for (const input of Object.keys(inputs)) {
      outputsOf.set(input, [...(outputsOf.get(input) ?? []), output]);
    }
  }
  return [...outputsOf]
    .filter(([, outputs]) => outputs.length > 1)
    .map(([input, outputs]) => `${input} is bundled into ${outputs.join(" and ")}`);
}
