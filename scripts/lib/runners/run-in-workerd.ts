import { Miniflare } from "miniflare";

/**
 * Runs `script` (an ES module Worker) in workerd through miniflare, sends it one request and
 * resolves with the JSON it answers.
 */
export async function runInWorkerd(script: string): Promise<unknown> {
  const miniflare = new Miniflare({
    modules: true,
    script,
    // Fixed, so the check does not change meaning when workerd is upgraded.
    compatibilityDate: "2025-01-01",
  });
  try {
    const response = await miniflare.dispatchFetch("https://consumer.test/");
    return await response.json();
  } finally {
    await miniflare.dispose();
  }
}
