/**
 * One configuration write made until the device holds it: a write whose answer was lost is read
 * back (after a backoff that honours Retry-After) and sent again only when it did not take, a
 * bounded number of times.
 */
import { isSatisfied } from "../../xmlspec/compare";
import type { XmlOperation } from "../../xmlspec/spec";
import type { XmlElement } from "../../xmlspec/xml";
import type { PanosClient } from "../../xmlapi/client";
import { OutcomeUnknownError, PanosError } from "../../xmlapi/errors";

/** Tries of one write whose answers get lost before giving up. */
const MAX_TRIES = 3;

async function send(client: PanosClient, op: XmlOperation): Promise<void> {
  if (op.action === "delete") return client.delete(op.xpath);
  const element = op.element ?? "";
  return op.action === "set" ? client.set(op.xpath, element) : client.edit(op.xpath, element);
}

/**
 * Writes `op` unless `current` (the node read at its xpath) already satisfies it; resolves true
 * when something was written. Throws when the device refuses it, or when it still does not hold
 * it after MAX_TRIES lost answers.
 */
export async function writeUntilSatisfied(
  client: PanosClient,
  op: XmlOperation,
  current: XmlElement | undefined,
  onNote?: (message: string) => void,
): Promise<boolean> {
  if (isSatisfied(op, current)) return false;
  for (let tries = 1; ; tries++) {
    try {
      await send(client, op);
      return true;
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError)) throw error;
      onNote?.(`${error.message}; reading it back before deciding`);
      await client.backOff(tries, `reading back ${op.action} ${op.xpath}`, error);
      if (isSatisfied(op, await client.get(op.xpath))) return true;
      if (tries >= MAX_TRIES) {
        const last = error.cause instanceof Error ? error.cause.message : error.message;
        throw new PanosError(
          `${op.action} ${op.xpath} on ${client.host}: no answer after ${tries} tries and not applied (last: ${last})`,
          { cause: error },
        );
      }
    }
  }
}
