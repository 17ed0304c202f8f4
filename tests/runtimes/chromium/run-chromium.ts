import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { WORK_DIR, bundle } from "../bundle.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../../scripts/lib/runners/chromium.js";
import type { CaseResult } from "../suite/case-result.js";

const PAGE = '<!doctype html><meta charset="utf-8"><script type="module" src="/suite.js"></script>';

/**
 * Headless Chromium through playwright-core. The page comes from a loopback server because Web
 * Crypto exists only in secure contexts, which http://127.0.0.1 is and a data: URL is not.
 */
export async function runChromium(): Promise<CaseResult[]> {
  const script = join(WORK_DIR, "chromium.mjs");
  await bundle("./chromium/browser-entry.ts", script, {
    platform: "browser",
    conditions: ["browser"],
  });
  const server = await serve(await readFile(script));
  const profile = await mkdtemp(join(tmpdir(), "lucca-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    try {
      return await resultsOf(await context.newPage(), server);
    } finally {
      await context.close();
    }
  } finally {
    // Also on a failed launch: an open server would keep the runner alive after its report.
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function resultsOf(page: Page, server: Server): Promise<CaseResult[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => globalThis.luccaRuntimeResults !== undefined, undefined, {
      timeout: 30_000,
    });
    const results = await page.evaluate(() => globalThis.luccaRuntimeResults ?? []);
    if (errors.length === 0) return results;
  } catch (error) {
    errors.unshift(String(error));
  }
  throw new Error(`the page failed: ${errors.join("; ")}`);
}

function serve(script: Buffer): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === "/suite.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    } else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
