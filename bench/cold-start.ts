import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { alternatingRounds, median, medianTime, ratioSpread, spreadOf } from "./measure.js";
import { API_VERSION, CORE_DIST, VERSION_DIST, WORK_DIR } from "./paths.js";
import { row, type BenchRow } from "./row.js";
import { AJV_OPTIONS, composeSchemas } from "./runtime-ajv.js";
import type { SpecEvents } from "./spec-events.js";

const execFileAsync = promisify(execFile);
/**
 * Children start without NODE_EXTRA_CA_CERTS: a machine that sets it (this one does) makes every
 * Node process read and parse that CA bundle at boot, tens of milliseconds that most deployments
 * never pay and that would hide the import's own cost in the bare baseline.
 */
const CHILD_ENV = { ...process.env };
delete CHILD_ENV.NODE_EXTRA_CA_CERTS;
const run = (file: string, args: string[]) => execFileAsync(file, args, { env: CHILD_ENV });
// Whole-process rounds per `runs`: each round costs three short processes.
const PROCESS_ROUNDS_PER_RUN = 3;
const url = (path: string) => JSON.stringify(pathToFileURL(path).href);

/**
 * Time to first validation in a fresh process: importing the generated validators, against ajv
 * compiling the same schemas at run time. Each child times itself, so Node's own boot (the same
 * for both) is left out; runs alternate so that drift in machine load hits both alike.
 */
export async function coldStartRows(spec: SpecEvents, runs = 7): Promise<BenchRow[]> {
  const dir = join(WORK_DIR, "cold-start");
  await mkdir(dir, { recursive: true });
  const schemasFile = join(dir, "schemas.json");
  await writeFile(
    schemasFile,
    JSON.stringify(composeSchemas(API_VERSION, spec.model, spec.definitions)),
  );
  const ajvPath = createRequire(import.meta.url).resolve("ajv/dist/2020.js");

  const ours = join(dir, "import-validators.mjs");
  await writeFile(
    ours,
    [
      "const start = performance.now();",
      `await import(${url(`${VERSION_DIST}validators.js`)});`,
      "process.stdout.write(String(performance.now() - start));",
    ].join("\n"),
  );
  const ajv = join(dir, "ajv-compile.mjs");
  await writeFile(
    ajv,
    [
      'import { readFileSync } from "node:fs";',
      "const start = performance.now();",
      `const ajvModule = await import(${url(ajvPath)});`,
      "const Ajv2020 = ajvModule.Ajv2020 ?? ajvModule.default.Ajv2020;",
      `const { formats } = await import(${url(`${CORE_DIST}formats.js`)});`,
      `const composed = JSON.parse(readFileSync(${JSON.stringify(schemasFile)}, "utf8"));`,
      `const ajv = new Ajv2020({ ...${JSON.stringify(AJV_OPTIONS)}, formats: { ...formats } });`,
      "Object.assign(ajv.opts, { dynamicRef: false, unevaluated: false });",
      "ajv.addSchema(composed.root);",
      "for (const ref of Object.values(composed.entries)) {",
      "  if (ajv.getSchema(ref) === undefined) throw new Error(ref);",
      "}",
      "process.stdout.write(String(performance.now() - start));",
    ].join("\n"),
  );

  const selfTimed = (script: string) => async () =>
    Number((await run(process.execPath, [script])).stdout);
  const times = await alternatingRounds([selfTimed(ours), selfTimed(ajv)], runs);
  return [
    ...(await processStartRows(dir, runs * PROCESS_ROUNDS_PER_RUN)),
    row(
      `cold start, fresh node process, ${runs} alternating rounds`,
      `import the ${spec.model.topics.length} topics' validators`,
      "ms",
      medianTime(times, 0),
      { name: "import ajv + compile the same schemas", value: medianTime(times, 1) },
      { spread: { ...ratioSpread(times, 0, 1), repetitions: runs } },
    ),
  ];
}

/**
 * A whole Node process that imports the version package (and exits), against a bare one and
 * against one importing octokit's verifier: what a serverless cold start pays. All of them run a
 * script file (an ES module entry costs more than `-e`), so that only the import differs. Each process
 * prints the CPU time it used (`process.cpuUsage()`, every thread, boot included) as it ends; its
 * wall time is taken from outside. A whole process is cheap but its wall time noisy on a shared
 * machine, so it runs `rounds` alternating rounds (the order turning each round), and both ratios
 * are medians of per-round ratios.
 * The floor imports the same package and core bundled by esbuild into one minified file, which is
 * what a bundled deployment loads: what is left is compiling and running the code itself, without
 * resolving, reading and linking three modules one by one or scanning their whitespace and names.
 */
async function processStartRows(dir: string, rounds: number): Promise<BenchRow[]> {
  const oneFile = join(dir, "package-and-core.min.js");
  // platform "node" picks core's node entry, as Node's own resolution of the package does.
  await build({
    entryPoints: [`${VERSION_DIST}index.js`],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    outfile: oneFile,
    logLevel: "warning",
  });
  // What each script imports before it reports. A bare specifier for octokit: the script sits
  // under bench/, so Node finds the repository's node_modules.
  const imports = {
    bare: "",
    ours: `await import(${url(`${VERSION_DIST}index.js`)});\n`,
    floor: `await import(${url(oneFile)});\n`,
    octokit: 'await import("@octokit/webhooks-methods");\n',
  };
  type Name = keyof typeof imports;
  const names = Object.keys(imports) as Name[];
  const report = "process.stdout.write(JSON.stringify(process.cpuUsage()));";
  const processes = await Promise.all(
    names.map(async (name) => {
      const script = join(dir, `import-${name}.mjs`);
      await writeFile(script, `${imports[name]}${report}\n`);
      return async () => {
        const start = performance.now();
        const { stdout } = await run(process.execPath, [script]);
        const wall = performance.now() - start;
        const { user, system } = JSON.parse(stdout) as NodeJS.CpuUsage;
        return { wall, cpu: (user + system) / 1000 };
      };
    }),
  );
  const measured = await alternatingRounds(processes, rounds);
  const series = (measure: "wall" | "cpu") =>
    Object.fromEntries(
      names.map((name, index) => [name, measured.map((round) => round[index]![measure])]),
    ) as Record<Name, number[]>;
  const rows = (measure: string, times: Record<Name, number[]>) => {
    const section = `cold start, whole node process, ${measure}, ${rounds} alternating rounds`;
    const bare = { name: "bare node, an empty .mjs", value: median(times.bare) };
    const ratios = (name: Name) =>
      spreadOf(times[name].map((time, index) => time / times.bare[index]!));
    return [
      row(section, `import @lucca-events/${API_VERSION}`, "ms", median(times.ours), bare, {
        spread: { ...ratios("ours"), repetitions: rounds },
      }),
      row(
        section,
        "the floor of the row above: the package and core as one minified file, as a bundled deployment loads them",
        "ms",
        median(times.floor),
        bare,
        { spread: { ...ratios("floor"), repetitions: rounds } },
      ),
      row(section, "import @octokit/webhooks-methods", "ms", median(times.octokit), bare, {
        spread: { ...ratios("octokit"), repetitions: rounds },
      }),
    ];
  };
  return [...rows("wall time", series("wall")), ...rows("CPU time", series("cpu"))];
}
