import { processInbox } from "@lucca-events/2024-11-01";
import { openInbox, type Inbox } from "@lucca-events/inbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employeeUpdated, keyOf } from "./support/events.js";
import { startReceiver, type RunningReceiver } from "./support/receiver.js";
import { sendSigned, SECRET } from "./support/send.js";
import { execOnStore } from "./support/store-sql.js";
import { STORES, testStore, type TestStore } from "./support/test-store.js";
import { OPEN_TIMEOUT, until } from "./support/until.js";

// A constraint checked at COMMIT that refuses events whose id starts with "refused-": a real
// commit failure, for some rows of a transaction or all of them.
const REFUSE_AT_COMMIT = `
CREATE FUNCTION public.refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.event_id LIKE 'refused-%' THEN RAISE EXCEPTION 'refused by the test'; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER refuse_marked AFTER INSERT ON lucca_inbox.delivery
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.refuse_marked();`;

describe.each(STORES)("%s inbox: deliveries arriving together", (kind) => {
  let store: TestStore;
  let inbox: Inbox;
  let receiver: RunningReceiver;

  beforeAll(async () => {
    store = await testStore(kind);
    await (await openInbox(store.options)).close();
    await execOnStore(store, REFUSE_AT_COMMIT);
    inbox = await openInbox(store.options);
    receiver = await startReceiver(inbox, SECRET);
  }, OPEN_TIMEOUT);
  afterAll(async () => {
    await receiver?.close();
    await inbox?.close();
    await store?.remove();
  }, OPEN_TIMEOUT);

  /** POSTs every event at once; resolves with each answer and whether the row was readable then. */
  const sendTogether = (events: ReturnType<typeof employeeUpdated>[]) =>
    Promise.all(
      events.map(async (event) => {
        const answer = await sendSigned(receiver.url, event);
        const stored = await inbox.show(keyOf(event.id)).then(
          () => true,
          () => false,
        );
        return { id: event.id, ...answer, stored };
      }),
    );

  it("stores each delivery once, counts copies as duplicates, answers each after its commit", async () => {
    // 30 events about 10 employees, each sent twice, all 60 at once.
    const events = Array.from({ length: 30 }, (_, n) =>
      employeeUpdated(`together-${n}`, String(n % 10), `2026-01-01T10:00:${10 + n}Z`),
    );
    const answers = await sendTogether([...events, ...events]);
    expect(answers.every((answer) => answer.status === 202 && answer.stored)).toBe(true);
    for (const event of events) {
      const copies = answers.filter((answer) => answer.id === event.id);
      expect(copies.map((copy) => copy.duplicate).sort()).toEqual([false, true]);
    }
    const handled: string[] = [];
    const worker = await processInbox(inbox, {
      on: { "employee.updated": (_event, ctx) => void handled.push(ctx.key) },
      processSuperseded: true,
    });
    await until(async () => (await inbox.status()).done === events.length);
    await worker.stop();
    expect(handled.sort()).toEqual(events.map((event) => keyOf(event.id)).sort());
  });

  it("answers 503 to every delivery of a commit that fails, and stores none of them", async () => {
    const events = Array.from({ length: 20 }, (_, n) =>
      employeeUpdated(`refused-${n}`, String(100 + n), "2026-01-01T11:00:00Z"),
    );
    const answers = await sendTogether(events);
    expect(answers.map((answer) => [answer.status, answer.stored])).toEqual(
      events.map(() => [503, false]),
    );
  });

  it("stores the others of a transaction when the store refuses one of its deliveries", async () => {
    const events = Array.from({ length: 24 }, (_, n) =>
      employeeUpdated(
        n % 4 === 0 ? `refused-mixed-${n}` : `mixed-${n}`,
        String(200 + n),
        "2026-01-01T12:00:00Z",
      ),
    );
    const answers = await sendTogether(events);
    for (const answer of answers) {
      const refused = answer.id.startsWith("refused-");
      expect([answer.id, answer.status, answer.stored]).toEqual(
        refused ? [answer.id, 503, false] : [answer.id, 202, true],
      );
    }
  });
});
