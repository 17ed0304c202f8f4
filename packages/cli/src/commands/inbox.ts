import { EXIT } from "../exit-codes.js";
import { note, type CliIo } from "../io.js";

/** The package that serves `lucca-events inbox …`, installed separately. */
export const INBOX_PACKAGE = "@lucca-events/inbox";

/** The contract `@lucca-events/inbox/cli` fulfils: run its commands, resolve the exit code. */
export type RunInboxCli = (
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv },
) => Promise<number>;

/** Loads `@lucca-events/inbox/cli`; a variable specifier so the CLI builds without it. */
export const importInboxCli = (): Promise<unknown> => {
  const specifier = `${INBOX_PACKAGE}/cli`;
  return import(specifier);
};

/**
 * `inbox …`: delegates to the durable inbox's own CLI when its package is installed; otherwise
 * says how to install it and exits 2.
 */
export async function runInbox(
  argv: string[],
  io: CliIo,
  load: () => Promise<unknown> = importInboxCli,
): Promise<number> {
  let module: { runInboxCli?: RunInboxCli };
  try {
    module = (await load()) as { runInboxCli?: RunInboxCli };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    note(io, `lucca-events inbox: the durable inbox is a separate package, not installed here.`);
    note(io, `install it next to the CLI:  npm install ${INBOX_PACKAGE}`);
    return EXIT.usage;
  }
  if (typeof module.runInboxCli !== "function") {
    note(
      io,
      `lucca-events inbox: ${INBOX_PACKAGE}/cli has no runInboxCli export; update ${INBOX_PACKAGE}`,
    );
    return EXIT.usage;
  }
  return module.runInboxCli(argv, { stdout: io.stdout, stderr: io.stderr, env: io.env });
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "ERR_PACKAGE_PATH_NOT_EXPORTED") &&
    String((error as Error).message).includes(INBOX_PACKAGE)
  );
}
