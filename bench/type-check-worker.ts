/**
 * @module
 * Child process of the type-check bench: type-checks each given file `rounds` times, the files
 * interleaved within each round, and prints the checker's CPU time in every round as JSON
 * (`{ [file]: ms[] }`). Within a round every file is checked `repeats` times, interleaved again,
 * and the round's time is the median of those: one check slowed by another process on the
 * machine then no longer sets the round's ratio. Every round builds a fresh program and checker, as a fresh `tsc` does;
 * the parsed source files are reused (and bound once, in the warm-up rounds), so the timer sees
 * the checker alone, at the precision of `process.cpuUsage()` (microseconds) rather than the 10 ms steps that
 * `tsc --extendedDiagnostics` prints.
 */
import ts from "typescript";
import { median } from "./measure.js";

const { files, rounds, repeats, warmUp } = JSON.parse(process.argv[2]!) as {
  files: string[];
  rounds: number;
  repeats: number;
  warmUp: number;
};

// The consumer's compiler options: a strict NodeNext project with the DOM library.
const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
};
const host = ts.createCompilerHost(options);
const parsed = new Map<string, ts.SourceFile | undefined>();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError) => {
  if (!parsed.has(fileName))
    parsed.set(fileName, getSourceFile(fileName, languageVersion, onError));
  return parsed.get(fileName);
};

/** Milliseconds the checker takes over `file` and what it imports, in a fresh program. */
function checkTime(file: string): number {
  const program = ts.createProgram({ rootNames: [file], options, host });
  // No forced collection here: after V8's gc() (--expose-gc) every check ran 2-2.5x slower, as if
  // the checker's compiled code and feedback had been thrown away (typed 290 -> 750 ms, any
  // 140 -> 420 ms for 201 switches), so each round timed a half-cold checker and the ratio shrank
  // towards 1; gc({ type: "major" }) on this Node ran a scavenge only. The previous round's garbage
  // is collected when V8 decides, and a check it lands in is outvoted by the median of `repeats`.
  // CPU time, not wall time: on a shared machine the wait for a core is not the checker's cost.
  const start = process.cpuUsage();
  const diagnostics = [...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics()];
  const { user, system } = process.cpuUsage(start);
  const time = (user + system) / 1000;
  if (diagnostics.length > 0) {
    throw new Error(ts.formatDiagnostics(diagnostics, { ...host, getNewLine: () => "\n" }));
  }
  return time;
}

for (let round = 0; round < warmUp; round++) for (const file of files) checkTime(file);
const times: Record<string, number[]> = Object.fromEntries(files.map((file) => [file, []]));
for (let round = 0; round < rounds; round++) {
  const checks = new Map<string, number[]>(files.map((file) => [file, []]));
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const file of files) checks.get(file)!.push(checkTime(file));
  }
  for (const file of files) times[file]!.push(median(checks.get(file)!));
}
process.stdout.write(JSON.stringify(times));
