import { describe, expect, it } from "vitest";
import { dispatch, type TopicHandlers } from "../../src/index.js";

type Created = { topic: "thing.created"; data: { id: string } };
type Deleted = { topic: "thing.deleted"; data: { id: string } };

describe("dispatch", () => {
  it("calls the topic's own handler with the event and the context", async () => {
    const seen: string[] = [];
    const on: TopicHandlers<Created | Deleted, { attempt: number }> = {
      "thing.created": (event, context) => void seen.push(`${event.data.id}@${context.attempt}`),
    };
    const event: Created | Deleted = { topic: "thing.created", data: { id: "7" } };
    await expect(dispatch(event, on, { attempt: 2 })).resolves.toBe(true);
    expect(seen).toEqual(["7@2"]);
  });

  it("resolves false for a topic without a handler and never reaches the prototype", async () => {
    const on = Object.create({ "thing.deleted": () => 1 }) as TopicHandlers<Deleted>;
    await expect(
      dispatch({ topic: "thing.deleted", data: { id: "1" } }, on, undefined),
    ).resolves.toBe(false);
    const proto = { topic: "toString", data: { id: "1" } } as unknown as Deleted;
    await expect(dispatch(proto, {}, undefined)).resolves.toBe(false);
  });

  it("propagates a handler's rejection to the caller", async () => {
    const on: TopicHandlers<Created> = { "thing.created": () => Promise.reject(new Error("boom")) };
    await expect(
      dispatch({ topic: "thing.created", data: { id: "1" } }, on, undefined),
    ).rejects.toThrow("boom");
  });
});
