import { readFile } from "node:fs/promises";

/** One handler call's side effect, as the campaign's handler recorded it. */
export interface Effect {
  key: string;
  attempt: number;
  resource: string;
  occurredAt: string;
  pid?: number;
  start?: number;
  end?: number;
}

/** The effects file's lines, in the order they were written. */
export async function readEffects(file: string): Promise<Effect[]> {
  const text = await readFile(file, "utf8").catch(() => "");
  // A kill may cut the last line short: it is no completed side effect.
  return text
    .split("\n")
    .filter((line) => line.endsWith("}"))
    .map((line) => JSON.parse(line) as Effect);
}

/** What the checks found. */
export interface EffectFindings {
  /** Keys whose handler ran more than once. */
  repeated: string[];
  /** Repeats whose later call was not a retry (attempt not higher): a redelivery run as new. */
  repeatsAsNew: string[];
  /** Resources whose first calls were not in `occurredAt` order. */
  outOfOrder: string[];
}

export function checkEffects(effects: readonly Effect[]): EffectFindings {
  const byKey = new Map<string, Effect[]>();
  for (const effect of effects) byKey.set(effect.key, [...(byKey.get(effect.key) ?? []), effect]);
  const repeated = [...byKey].filter(([, calls]) => calls.length > 1).map(([key]) => key);
  const repeatsAsNew = repeated.filter((key) => {
    const calls = byKey.get(key) ?? [];
    return calls.some((call, n) => n > 0 && call.attempt <= (calls[n - 1]?.attempt ?? 0));
  });
  const last = new Map<string, string>();
  const outOfOrder = new Set<string>();
  const seen = new Set<string>();
  for (const effect of effects) {
    if (seen.has(effect.key)) continue;
    seen.add(effect.key);
    const previous = last.get(effect.resource);
    if (previous !== undefined && previous > effect.occurredAt) outOfOrder.add(effect.resource);
    last.set(effect.resource, effect.occurredAt);
  }
  return { repeated, repeatsAsNew, outOfOrder: [...outOfOrder] };
}
