/**
 * The OAuth 2.0 client-credentials token: fetched once, shared by every request of the run, kept
 * for its lifetime (less a margin, so that it does not expire between check and use), and replaced
 * once when the API says it is no longer valid.
 */

/** An access token and when to stop using it. */
export interface AccessToken {
  readonly value: string;
  /** Epoch milliseconds after which a new token is fetched. */
  readonly renewAt: number;
}

/** The longest margin taken off a token's lifetime. */
const MAX_MARGIN_MS = 60_000;

/** When to stop using a token that lives `expiresInSeconds` from `now`: a tenth of its life early, at most a minute. */
export function renewAt(expiresInSeconds: number, now = Date.now()): number {
  const lifetime = expiresInSeconds * 1000;
  return now + lifetime - Math.min(MAX_MARGIN_MS, lifetime / 10);
}

/** One token at a time, fetched by `fetch` when none is held or the held one is due for renewal. */
export class TokenCache {
  private pending: Promise<AccessToken> | undefined;
  private held: AccessToken | undefined;

  public constructor(private readonly fetch: () => Promise<AccessToken>) {}

  /**
   * The current token. Concurrent callers share one fetch; a failed fetch is shared too (the same
   * keys would fail the same way), so a rejected key is asked about once per run.
   */
  public current(now = Date.now()): Promise<AccessToken> {
    if (this.held !== undefined && now >= this.held.renewAt) this.forget();
    if (this.pending === undefined) {
      const pending = this.fetch();
      this.pending = pending;
      pending.then(
        (token) => {
          if (this.pending === pending) this.held = token;
        },
        () => undefined,
      );
    }
    return this.pending;
  }

  /** Drops `token` after the API refused it; a token already replaced by another caller is left alone. */
  public refused(token: AccessToken): void {
    if (this.held === token) this.forget();
  }

  private forget(): void {
    this.pending = undefined;
    this.held = undefined;
  }
}
