/**
 * Typed failures of the PAN-OS XML API client. Messages name the device and what went wrong;
 * they never carry credentials, API keys or request bodies.
 */

/** Base class of every error the client raises. */
export class PanosError extends Error {
  public constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The device answered `status="error"` (or HTTP 400): the request itself was refused. */
export class PanosApiError extends PanosError {
  /** The PAN-OS error code (`code` attribute), when the device gave one. */
  public readonly code: number | undefined;
  /** The message lines of the response, trimmed. */
  public readonly lines: readonly string[];

  public constructor(what: string, code: number | undefined, lines: readonly string[]) {
    const codeText = code === undefined ? "" : ` (code ${code}${codeName(code)})`;
    const detail = lines.length > 0 ? `: ${lines.join(" / ")}` : "";
    super(`${what} was refused${codeText}${detail}`);
    this.code = code;
    this.lines = lines;
  }
}

/** Another administrator holds a configuration lock, so writes are refused. */
export class ConfigLockedError extends PanosError {
  public constructor(
    public readonly host: string,
    public readonly holders: readonly string[],
    detail?: string,
  ) {
    super(
      `configuration of ${host} is locked by ${holders.join(", ") || "another administrator"}` +
        `${detail ? ` (${detail})` : ""}; ask them to remove the lock, or remove it with ` +
        "`request config-lock remove` once you are sure nobody is editing",
    );
  }
}

/** A commit cannot be queued right now (another commit, or the boot-time auto-commit, is running). */
export class CommitBusyError extends PanosApiError {}

/** HTTP 403 or code 403: the key or the username/password is not accepted. */
export class PanosAuthError extends PanosError {}

/**
 * The device could not be reached or did not answer with the XML API (connection refused or
 * reset, timeout, 5xx, HTML page, session timeout): usually transient during a restart.
 */
export class PanosUnavailableError extends PanosError {
  /** True when the request may have reached the device (its outcome is then unknown). */
  public readonly maybeProcessed: boolean;
  /** How long the device asked us to wait (`Retry-After`), when it said. */
  public readonly retryAfterMs: number | undefined;

  public constructor(
    message: string,
    maybeProcessed: boolean,
    options?: { readonly cause?: unknown; readonly retryAfterMs?: number },
  ) {
    super(message, options);
    this.maybeProcessed = maybeProcessed;
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/** An answer longer than the byte cap: reading stopped there instead of exhausting memory. */
export class ResponseTooLargeError extends PanosError {}

/** An answer about something other than what was asked (e.g. another job than the one polled). */
export class UnexpectedAnswerError extends PanosError {}

/** The TLS handshake failed certificate verification; retrying cannot help. */
export class PanosTlsError extends PanosError {}

/**
 * A configuration write or commit may or may not have been applied (the connection failed after
 * the request was sent). Callers must read the state back before deciding to send it again.
 */
export class OutcomeUnknownError extends PanosError {}

/** The command's overall `--timeout` ran out. */
export class DeadlineExceededError extends PanosError {}

const CODE_NAMES: Readonly<Record<number, string>> = {
  1: "unknown command",
  6: "bad xpath",
  7: "object not present",
  8: "object not unique",
  10: "reference count not zero",
  12: "invalid object",
  13: "object not found",
  14: "operation not possible",
  15: "operation denied",
  16: "unauthorized",
  17: "invalid command",
  18: "malformed command",
  22: "session timed out",
  400: "bad request",
  403: "forbidden",
};

function codeName(code: number): string {
  const name = CODE_NAMES[code];
  return name ? `, ${name}` : "";
}
