import { UsageError } from "./exit-codes.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Turns `--set data.email=ada@example.test` flags into a nested overrides object. The value is
 * read as JSON when it parses (`42`, `null`, `["a"]`, `"quoted"`), else as the text itself.
 *
 * @example
 * overridesOf(["data.email=ada@example.test", "data.remoteId=null"]); // { data: { email: "ada@example.test", remoteId: null } }
 */
export function overridesOf(assignments: readonly string[]): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const assignment of assignments) {
    const eq = assignment.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set expects path=value, not ${assignment}`);
    const path = assignment.slice(0, eq).split(".");
    if (path.some((key) => key === "" || FORBIDDEN.has(key))) {
      throw new UsageError(`--set: ${assignment.slice(0, eq)} is not a usable path`);
    }
    let target = overrides;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      target = (target[key] = next !== null && typeof next === "object" ? next : {}) as Record<
        string,
        unknown
      >;
    }
    target[path.at(-1)!] = parseValue(assignment.slice(eq + 1));
  }
  return overrides;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
