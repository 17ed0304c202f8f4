import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT, UsageError } from "./exit-codes.js";
import { say, type CliIo } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed flags: strings, booleans, or lists for `multiple` flags. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One `lucca-events` command. */
export interface Command {
  /** The words that select it, e.g. `endpoints create`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Arguments after the name, e.g. `--url <https://…> --topic <topic>…`. */
  usage: string;
  /** Flags, with one line of help each (`[description, placeholder?]`). */
  options: Record<string, Options[string] & { description: string; placeholder?: string }>;
  /** Lines printed after the flags by `--help`: examples, exit codes. */
  details?: string[];
  run(values: Values, positionals: string[], io: CliIo): Promise<number>;
}

/** Parses `argv` for `command` and runs it; `--help` prints its help; usage errors exit 2. */
export async function runCommand(command: Command, argv: string[], io: CliIo): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    const options: Options = { help: { type: "boolean", short: "h" } };
    for (const [name, option] of Object.entries(command.options)) {
      options[name] = {
        type: option.type,
        ...(option.multiple ? { multiple: true } : {}),
        ...(option.short ? { short: option.short } : {}),
      };
    }
    parsed = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    return usageFailure(command, io, (error as Error).message);
  }
  if (parsed.values.help === true) {
    say(io, helpOf(command));
    return EXIT.ok;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(command, io, error.message);
    if (io.signal?.aborted) {
      io.stderr.write(`lucca-events ${command.name}: interrupted\n`);
      return EXIT.interrupted;
    }
    throw error;
  }
}

function usageFailure(command: Command, io: CliIo, message: string): number {
  io.stderr.write(`lucca-events ${command.name}: ${message}\n`);
  io.stderr.write(`usage: lucca-events ${command.name} ${command.usage}\n`);
  io.stderr.write(`run "lucca-events ${command.name} --help" for the options\n`);
  return EXIT.usage;
}

/** The `--help` text of one command. */
export function helpOf(command: Command): string {
  const flags = Object.entries(command.options).map(([name, option]) => {
    const left = `--${name}${option.type === "string" ? ` <${option.placeholder ?? "value"}>` : ""}`;
    return `  ${left.padEnd(30)} ${option.description}${option.multiple ? " (repeatable)" : ""}`;
  });
  return [
    `lucca-events ${command.name} — ${command.summary}`,
    "",
    `usage: lucca-events ${command.name} ${command.usage}`,
    "",
    "options:",
    ...flags,
    `  ${"--help, -h".padEnd(30)} show this help`,
    ...(command.details ? ["", ...command.details] : []),
  ].join("\n");
}

/** A string flag's value, or `undefined`. */
export function stringOf(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** A repeatable string flag's values. */
export function listOf(values: Values, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A required string flag (or environment variable), else a usage error naming both. */
export function required(value: string | undefined, flag: string, env?: string): string {
  if (value !== undefined && value !== "") return value;
  throw new UsageError(`--${flag}${env ? ` (or ${env})` : ""} is required`);
}
