/** `lucca-events inbox --help`. */
export const USAGE = `Usage: lucca-events inbox <command> [options]

Commands:
  status              deliveries per status
  list                deliveries, newest first (--status, --topic, --limit)
  show <key>          one delivery with its payload and issues
  retry <key>         process a delivery again (a dead one, an invalid one after a fix)
  discard <key>       give up on a delivery; its resource's later events proceed
  revalidate          re-check invalid and unknown deliveries (--package, default
                      $LUCCA_EVENTS_PACKAGE or @lucca-events/2024-11-01)
  purge               drop payloads and dedupe keys past their retention
  ui                  serve the inbox page on 127.0.0.1 (--port, default 4780)

Store (one of):
  --directory <dir>   embedded inbox (default $LUCCA_INBOX_DIRECTORY or ./.lucca-inbox);
                      the receiver must not be running: one process holds the directory
  --connection <url>  PostgreSQL server (default $LUCCA_INBOX_DATABASE_URL)

Options:
  --json              machine-readable output
  --help              this text
`;

/** A command line the CLI cannot run; answered with the usage and exit code 2. */
export class UsageError extends Error {}
