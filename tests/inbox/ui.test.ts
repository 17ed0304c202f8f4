import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, serveInboxUi, type Inbox, type InboxUi } from "@lucca-events/inbox";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/lib/runners/chromium.js";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startReceiver } from "./support/receiver.js";
import { SECRET, sendSigned } from "./support/send.js";
import { tempDir } from "./support/temp-dir.js";
import { OPEN_TIMEOUT, until } from "./support/until.js";

// Where a failed test leaves a screenshot of its page (gitignored); a green run writes nothing.
const ARTIFACTS = fileURLToPath(new URL("../../.tmp/artifacts/", import.meta.url));

function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  });
}

describe("inbox page in headless Chromium", () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let profile: string;
  let inbox: Inbox;
  let ui: InboxUi;
  let browser: BrowserContext;
  let failing = true;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    dir = await tempDir();
    inbox = await openInbox({ directory: dir.path, maxAttempts: 1 });
    const receiver = await startReceiver(inbox, SECRET);
    await sendSigned(receiver.url, employeeUpdated("ui-ok", "1", "2026-01-01T10:00:00Z"));
    await sendSigned(receiver.url, employeeUpdated("ui-dead", "2", "2026-01-01T10:00:00Z"));
    const invalid = employeeUpdated("ui-invalid", "3", "2026-01-01T10:00:00Z");
    await sendSigned(receiver.url, { ...invalid, data: { ...invalid.data, email: 42 } });
    await receiver.close();
    const worker = await processInbox(inbox, {
      on: {
        "employee.updated": (event) => {
          if (event.id === "ui-dead" && failing) throw new Error("payroll API answered 500");
        },
      },
    });
    stopWorker = () => worker.stop();
    await until(async () => (await inbox.status()).dead === 1);
    ui = await serveInboxUi(inbox);
    profile = await mkdtemp(join(tmpdir(), "lucca-inbox-chromium-"));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await ui?.close();
    await stopWorker?.();
    await inbox?.close();
    await dir?.remove();
    if (profile !== undefined) await rm(profile, { recursive: true, force: true });
  }, OPEN_TIMEOUT);

  it("lists deliveries by status, shows a dead one's error and fields, retries it live", async () => {
    const page = await browser.newPage();
    screenshotOnFailure(page, "inbox-ui-retry");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ui.url);
    await page.locator("#rows tr").nth(2).waitFor();
    const counts = async () =>
      Object.fromEntries(
        await page
          .locator("#statuses button")
          .evaluateAll((buttons) =>
            buttons.map((button) => [
              (button as HTMLElement).dataset["status"],
              button.lastElementChild?.textContent,
            ]),
          ),
      );
    expect(await counts()).toMatchObject({ "": "3", done: "1", dead: "1", invalid: "1" });

    await page.locator("#statuses button[data-status=dead]").click();
    await expect.poll(() => page.locator("#rows tr").count()).toBe(1);
    const deadRow = page.locator("#rows tr", { hasText: "payroll API answered 500" });
    await deadRow.click();
    await expect.poll(() => page.locator("#detail-title").textContent()).toContain("dead");
    expect(await page.locator("#fields").textContent()).toContain("data.givenName");

    failing = false;
    await page.locator("#retry").click();
    // Live update: the page learns the new counts from the server, without a reload.
    await expect.poll(counts, { timeout: 20_000 }).toMatchObject({ done: "2", dead: "0" });
    expect((await inbox.show(keyOf("ui-dead"))).status).toBe("done");
  });

  it("filters by topic and discards from the page", async () => {
    const page = await browser.newPage();
    screenshotOnFailure(page, "inbox-ui-discard");
    await page.goto(ui.url);
    await page.locator("#topic").fill("leave-request.created");
    await page.locator("#topic").dispatchEvent("change");
    await expect.poll(() => page.locator("#rows tr").count()).toBe(0);
    await page.locator("#topic").fill("");
    await page.locator("#statuses button[data-status=invalid]").click();
    await page.locator("#rows tr").first().click();
    await expect.poll(() => page.locator("#issues").textContent()).toContain("/data/email");
    await page.locator("#discard").click();
    await expect.poll(async () => (await inbox.show(keyOf("ui-invalid"))).status).toBe("discarded");
  });
});
