import { note, type CliIo } from "./io.js";

/** Fetches a receiver; `undefined` (after saying why on stderr) when it cannot be reached. */
export async function reach(
  io: CliIo,
  url: string | URL,
  init: RequestInit,
): Promise<Response | undefined> {
  try {
    return await fetch(url, { ...init, signal: io.signal ?? null });
  } catch (error) {
    const cause =
      ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    note(io, `cannot reach ${String(url)}: ${cause}`);
    return undefined;
  }
}
