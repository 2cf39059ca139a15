/**
 * Fault injection. Transport faults hit the next `times` requests that match; device faults
 * (a foreign config lock, failing, stuck or unanswered commits, jumbo mode not taking effect)
 * change how the device behaves until the faults are replaced or used up.
 */

/** Which requests a fault applies to; every given field must match. */
export interface RequestMatch {
  /** `keygen`, `config`, `op`, `commit`. */
  readonly type?: string;
  /** Config action: `get`, `show`, `set`, `edit`, `delete`. */
  readonly action?: string;
  /** A substring of the op/commit `cmd` XML, e.g. `<jobs>`. */
  readonly cmd?: string;
  /** A substring of the config `xpath`. */
  readonly xpath?: string;
}

interface Counted {
  readonly match?: RequestMatch;
  /** How many matching requests it hits. @default 1 */
  readonly times?: number;
}

export type TransportFault =
  /** Drop the connection without an answer, before or after the device acted on the request. */
  | (Counted & { readonly kind: "reset"; readonly when?: "before" | "after" })
  /** The web server's 502 HTML page. */
  | (Counted & { readonly kind: "bad-gateway" })
  /** HTTP 503, with a `Retry-After` header when given (seconds or an HTTP date). */
  | (Counted & { readonly kind: "service-unavailable"; readonly retryAfter?: string })
  /** Act on the request, then answer after `delayMs`. */
  | (Counted & { readonly kind: "slow"; readonly delayMs: number })
  /** Answer code 22, session timed out, without acting. */
  | (Counted & { readonly kind: "session-timeout" })
  /** Refuse a request as a schema validation failure (code 12) with these lines. */
  | (Counted & { readonly kind: "invalid"; readonly lines: readonly string[] });

export type DeviceFault =
  /** Another administrator holds a configuration lock. */
  | { readonly kind: "config-lock"; readonly admin: string; readonly comment?: string }
  /** Another administrator holds a commit lock (listed by `show commit-locks`). */
  | { readonly kind: "commit-lock"; readonly admin: string; readonly comment?: string }
  /** The next `times` commit jobs finish FAIL with these detail lines. */
  | { readonly kind: "commit-fail"; readonly details: readonly string[]; readonly times?: number }
  /** The next `times` commit jobs never finish. */
  | { readonly kind: "job-stuck"; readonly times?: number }
  /**
   * The next `times` commits are queued but their connection drops without an answer (a busy
   * management plane). `show jobs` lists the job only `listedAfterMs` later; `check pending-changes`
   * answers no while it runs (the device took the candidate) unless `pendingWhileRunning`.
   */
  | {
      readonly kind: "commit-answer-lost";
      readonly listedAfterMs?: number;
      readonly pendingWhileRunning?: boolean;
      readonly times?: number;
    }
  /** Jumbo-frame mode stays off after a restart, even when `set system setting jumbo-frame on` asked for it. */
  | { readonly kind: "jumbo-stays-off" }
  /**
   * Another administrator commits right as our commit request arrives, and our request is lost
   * unprocessed (connection dropped). Their commit is admin-scoped (a partial commit of their own
   * changes), so ours stay pending, unless `full` (a full commit takes ours too). `admin` may equal
   * ours: another session of the same name.
   */
  | {
      readonly kind: "foreign-commit";
      readonly admin: string;
      readonly description?: string;
      readonly full?: boolean;
      readonly times?: number;
    }
  /** The next `times` `show jobs id N` answers are about another job (the oldest one listed). */
  | { readonly kind: "job-answer-mismatch"; readonly times?: number };

export type Fault = TransportFault | DeviceFault;

/** What a request looks like to fault matching. */
export interface RequestFacts {
  readonly type: string;
  readonly action?: string;
  readonly cmd?: string;
  readonly xpath?: string;
}

const TRANSPORT_KINDS: ReadonlySet<string> = new Set([
  "reset",
  "bad-gateway",
  "service-unavailable",
  "slow",
  "session-timeout",
  "invalid",
]);

/** Device faults that hold until the faults are replaced. */
const PERSISTENT_KINDS: ReadonlySet<string> = new Set(["config-lock", "commit-lock", "jumbo-stays-off"]);

function timesOf(fault: Fault): number {
  return ("times" in fault ? fault.times : undefined) ?? 1;
}

function isTransport(fault: Fault): fault is TransportFault {
  return TRANSPORT_KINDS.has(fault.kind);
}

function matches(match: RequestMatch | undefined, request: RequestFacts): boolean {
  if (!match) return true;
  if (match.type !== undefined && match.type !== request.type) return false;
  if (match.action !== undefined && match.action !== request.action) return false;
  if (match.xpath !== undefined && !(request.xpath ?? "").includes(match.xpath)) return false;
  return match.cmd === undefined || (request.cmd ?? "").includes(match.cmd);
}

/** The active faults with their remaining counts. */
export class FaultSet {
  private entries: { fault: Fault; left: number }[] = [];

  /** Replaces every fault. */
  public replace(faults: readonly Fault[]): void {
    this.entries = faults.map((fault) => ({
      fault,
      left: PERSISTENT_KINDS.has(fault.kind) ? Infinity : timesOf(fault),
    }));
  }

  /** The transport fault for this request, if one still applies (consumes one use). */
  public takeTransport(request: RequestFacts): TransportFault | undefined {
    const entry = this.entries.find((e) => e.left > 0 && isTransport(e.fault) && matches(e.fault.match, request));
    if (!entry) return undefined;
    entry.left--;
    return entry.fault as TransportFault;
  }

  /** A device fault of this kind, if one still applies; `consume` uses one of its counts. */
  public device<K extends DeviceFault["kind"]>(
    kind: K,
    consume = false,
  ): Extract<DeviceFault, { kind: K }> | undefined {
    const entry = this.entries.find((e) => e.left > 0 && e.fault.kind === kind);
    if (!entry) return undefined;
    if (consume) entry.left--;
    return entry.fault as Extract<DeviceFault, { kind: K }>;
  }
}
