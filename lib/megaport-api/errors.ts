/**
 * Typed failures of the Megaport API client. Messages name the endpoint and what went wrong; they
 * never carry the access key, the secret key or a token.
 */

/** Base class of every error the client raises. */
export class MegaportError extends Error {
  public constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The token endpoint refused the access key and secret key, or the API refused a fresh token. */
export class MegaportAuthError extends MegaportError {}

/** The product UID is unknown to the API (HTTP 404). */
export class MegaportNotFoundError extends MegaportError {}

/**
 * The API could not be reached or kept failing (connection errors, timeouts, 429 and 5xx answers)
 * after the bounded retries.
 */
export class MegaportUnavailableError extends MegaportError {}

/** The API answered something this client does not recognise (not JSON, no `data`, another status). */
export class MegaportAnswerError extends MegaportError {}
