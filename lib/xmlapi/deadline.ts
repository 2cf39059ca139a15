/** The overall time budget of one command (`--timeout`), shared by every wait and request in it. */
import { DeadlineExceededError } from "./errors";

/** A point in time after which the command gives up. */
export class Deadline {
  /** A deadline `ms` milliseconds from now. */
  public static after(ms: number): Deadline {
    return new Deadline(Date.now() + ms, ms);
  }

  private constructor(
    private readonly at: number,
    /** The whole budget, for messages. */
    public readonly budgetMs: number,
  ) {}

  /** Milliseconds left, never negative. */
  public remainingMs(): number {
    return Math.max(0, this.at - Date.now());
  }

  /** True once the budget is spent. */
  public get expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /** Throws DeadlineExceededError naming what was still going on, when the budget is spent. */
  public check(what: string): void {
    if (this.expired) throw this.exceeded(what);
  }

  /** The error to throw when `what` could not finish within the budget. */
  public exceeded(what: string): DeadlineExceededError {
    return new DeadlineExceededError(`timed out after ${formatSeconds(this.budgetMs)}: ${what}`);
  }

  /** Sleeps `ms`, or less when the budget ends sooner. */
  public async sleep(ms: number): Promise<void> {
    const wait = Math.min(ms, this.remainingMs());
    if (wait > 0) await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
}

/** Backoff that doubles from `initialMs` up to `maxMs`: the n-th wait (0-based). */
export function backoffMs(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 20));
}

/** `0.5 s`, `12 s`: one decimal below ten seconds. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds < 10 ? Number(seconds.toFixed(1)) : Math.round(seconds)} s`;
}
