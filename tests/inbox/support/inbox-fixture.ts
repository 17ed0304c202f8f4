import { openInbox, type Inbox, type OpenInboxOptions } from "@lucca-events/inbox";
import { afterAll, beforeAll } from "vitest";
import { startReceiver, type RunningReceiver } from "./receiver.js";
import { SECRET } from "./send.js";
import { testStore, type StoreKind, type TestStore } from "./test-store.js";
import { OPEN_TIMEOUT } from "./until.js";

/** A suite's inbox on a fresh store, behind an HTTP receiver; opened once, removed after. */
export interface InboxFixture {
  store: TestStore;
  inbox: Inbox;
  receiver: RunningReceiver;
}

/** Registers the suite's `beforeAll`/`afterAll`; read the fields inside tests. */
export function inboxFixture(
  kind: StoreKind,
  options: Omit<OpenInboxOptions, "directory" | "connectionString"> = {},
): InboxFixture {
  const fixture = {} as InboxFixture;
  beforeAll(async () => {
    fixture.store = await testStore(kind);
    fixture.inbox = await openInbox({ ...fixture.store.options, ...options });
    fixture.receiver = await startReceiver(fixture.inbox, SECRET);
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await fixture.receiver?.close();
    await fixture.inbox?.close();
    await fixture.store?.remove();
  }, OPEN_TIMEOUT);
  return fixture;
}
