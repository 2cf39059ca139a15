/**
 * How long to wait before trying a request again: doubling backoff with jitter, bounded by a
 * maximum, and never shorter than what the device asked for with `Retry-After`.
 */
import { backoffMs } from "./deadline";

/** Bounded retries with doubling backoff and jitter. */
export interface RetryPolicy {
  /** Tries per request, the first included. */
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Source of jitter in [0, 1]; tests pass a fixed one. Jitter keeps many clients that failed
   * together (a firewall restart) from retrying in lockstep. @default Math.random
   */
  readonly random?: () => number;
}

/**
 * The wait before retry number `attempt + 1` (0-based `attempt`): a random point in the upper half
 * of the doubled backoff ("equal jitter", so a wait never collapses to nothing), or `retryAfterMs`
 * when the device asked for longer.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const ceiling = backoffMs(attempt, policy.initialDelayMs, policy.maxDelayMs);
  const random = Math.min(1, Math.max(0, (policy.random ?? Math.random)()));
  const jittered = Math.round(ceiling / 2 + (ceiling / 2) * random);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * A `Retry-After` header in milliseconds: delay-seconds or an HTTP date; undefined when absent or
 * unreadable (then the backoff alone decides).
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
