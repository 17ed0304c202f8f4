import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.js";

const ORIGIN = "https://consumer.test";

/**
 * Loads `script` as an ES module in headless Chromium, from an HTTPS origin so Web Crypto is
 * available, and resolves with what it stored in `window.consumerResult`.
 */
export async function runInChromium(script: string, timeoutMs = 30_000): Promise<unknown> {
  await access(CHROMIUM_PATH).catch(() => {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
  });
  const profile = await mkdtemp(join(tmpdir(), "lucca-check-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    // Served from memory: no server, no port, and nothing else can be fetched.
    await context.route("**/*", (route) => {
      const path = new URL(route.request().url()).pathname;
      if (!route.request().url().startsWith(ORIGIN)) return route.abort();
      if (path === "/bundle.js") {
        return route.fulfill({ contentType: "text/javascript", body: script });
      }
      const html = '<!doctype html><script type="module" src="/bundle.js"></script>';
      return route.fulfill({ contentType: "text/html", body: html });
    });
    await page.goto(`${ORIGIN}/`);
    await page
      .waitForFunction(() => (window as { consumerResult?: unknown }).consumerResult, null, {
        timeout: timeoutMs,
      })
      .catch(() => {
        throw new Error(`no result within ${timeoutMs} ms${errors.length ? `: ${errors[0]}` : ""}`);
      });
    return await page.evaluate(() => (window as { consumerResult?: unknown }).consumerResult);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
