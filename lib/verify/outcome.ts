/** A value read from a firewall, or the reason it could not be read. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly message: string;
      /** The answer was not a well-formed, recognised answer (cut short, another shape): never a fallback. */
      readonly malformed?: true;
      /** The device stopped answering (the same reason for every later command): not about this answer. */
      readonly transport?: true;
    };

/** A value that was read. */
export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A value that could not be read, with the reason (the device's own message where it gave one). */
export function failure<T = never>(message: string): Outcome<T> {
  return { ok: false, message };
}

/** The device did not answer at all (after the client's retries). */
export function transportFailure<T = never>(message: string): Outcome<T> {
  return { ok: false, message, transport: true };
}

/** An answer that is not one: not well-formed, or of a shape no parser recognises. */
export function malformed<T = never>(message: string): Outcome<T> {
  return { ok: false, message, malformed: true };
}

/** Applies `parse` to a read value; a parser that throws becomes a failure naming what was parsed. */
export function mapOutcome<A, B>(outcome: Outcome<A>, what: string, parse: (value: A) => B): Outcome<B> {
  if (!outcome.ok) return outcome;
  try {
    return success(parse(outcome.value));
  } catch (error) {
    return malformed(`unexpected ${what} response: ${error instanceof Error ? error.message : String(error)}`);
  }
}
