/** What `lucca-events` exits with; scripts may rely on these. */
export const EXIT = {
  /** Done, or the check passed (verified, delivered, echoed). */
  ok: 0,
  /** The check failed: the signature does not verify, the receiver did not answer as Lucca expects. */
  checkFailed: 1,
  /** Wrong usage: unknown command or flag, missing argument or credentials, a package to install. */
  usage: 2,
  /** Lucca's API answered an error, or could not be reached. */
  apiError: 3,
  /** A defect in the CLI itself (sysexits' EX_SOFTWARE): please report it. */
  internalError: 70,
  /** Stopped by Ctrl-C or SIGTERM before it finished (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;

/** Thrown by commands for a usage problem; printed with the command's usage line, exit 2. */
export class UsageError extends Error {}
