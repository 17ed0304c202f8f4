import type { ValidateEventResult } from "../validation/validation-result.js";

/**
 * One event read from `GET /lucca-api/events`: the version's `validateEvent` result plus `raw`,
 * the item exactly as listed, so an event that fails validation is still in hand (to store,
 * report or replay), never dropped.
 */
export type PolledEvent<E, U> = ValidateEventResult<E, U> & {
  /** The item as the API returned it, whatever the validation said. */
  raw: unknown;
};
