/**
 * A small Megaport API client: the client-credentials token (cached for its lifetime, replaced once
 * on a 401) and product reads. Transient failures (connection errors, timeouts, 429, 5xx) are
 * retried with jittered, doubling backoff, never sooner than `Retry-After`, bounded by an attempt
 * count and the command's deadline. Reads only: every request may be sent again safely.
 */
import { retryDelayMs, type RetryPolicy } from "../xmlapi/backoff";
import { formatSeconds, type Deadline } from "../xmlapi/deadline";
import type { MegaportApiSettings } from "./environment";
import { MegaportAnswerError, MegaportAuthError, MegaportNotFoundError, MegaportUnavailableError } from "./errors";
import { HttpChannel, type HttpAnswer, type HttpExchange } from "./http";
import { renewAt, TokenCache, type AccessToken } from "./token";

export const DEFAULT_MEGAPORT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 500, maxDelayMs: 8_000 };
export const DEFAULT_MEGAPORT_REQUEST_TIMEOUT_MS = 30_000;

/** Everything a client needs. */
export interface MegaportClientOptions {
  readonly settings: MegaportApiSettings;
  /** The command's overall budget; no request or wait outlives it. */
  readonly deadline: Deadline;
  /** Timeout of one HTTP request. @default 30 s */
  readonly requestTimeoutMs?: number;
  /** @default DEFAULT_MEGAPORT_RETRY */
  readonly retry?: RetryPolicy;
  /** Told about each retry, for progress output. */
  readonly onRetry?: (message: string) => void;
  /** Told about each access token obtained, so that output can redact it. */
  readonly onSecret?: (secret: string) => void;
}

/** HTTP statuses worth another try: rate limited, or the service failing for now. */
function isTransient(status: number): boolean {
  return status === 429 || status >= 500;
}

/** The API's own `message`, short, when the body is JSON that has one. */
function apiMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    const text = typeof parsed.message === "string" ? parsed.message : parsed.error;
    if (typeof text === "string" && text.length > 0) return `: ${text.slice(0, 200)}`;
  } catch {
    // not JSON: the status says enough
  }
  return "";
}

/** The Megaport API for one command. */
export class MegaportClient {
  private readonly http = new HttpChannel();
  private readonly tokens: TokenCache;
  private readonly retry: RetryPolicy;
  private readonly requestTimeoutMs: number;

  public constructor(private readonly options: MegaportClientOptions) {
    this.retry = options.retry ?? DEFAULT_MEGAPORT_RETRY;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_MEGAPORT_REQUEST_TIMEOUT_MS;
    this.tokens = new TokenCache(() => this.fetchToken());
  }

  /** The environment's name, for messages. */
  public get environment(): string {
    return this.options.settings.environment;
  }

  /**
   * `GET /v2/product/{uid}`: the `data` object of the answer. Rejects with MegaportNotFoundError (404),
   * MegaportAuthError (keys or token refused), MegaportUnavailableError (after the retries) or
   * MegaportAnswerError (an answer of another shape).
   */
  public async getProduct(uid: string): Promise<Record<string, unknown>> {
    const what = `product ${uid}`;
    const url = `${this.options.settings.apiUrl}/v2/product/${encodeURIComponent(uid)}`;
    const get = (token: AccessToken) =>
      this.withRetries(what, () => ({
        method: "GET",
        url,
        headers: { accept: "application/json", authorization: `Bearer ${token.value}` },
        timeoutMs: this.requestTimeoutMs,
      }));
    let token = await this.tokens.current();
    let answer = await get(token);
    if (answer.status === 401) {
      // The token expired or was revoked early: one new token, one more try.
      this.tokens.refused(token);
      token = await this.tokens.current();
      answer = await get(token);
      if (answer.status === 401) {
        throw new MegaportAuthError(`the Megaport API refused a new access token for ${what} (HTTP 401)`);
      }
    }
    if (answer.status === 403) {
      throw new MegaportAuthError(
        `the Megaport API key may not read ${what} (HTTP 403${apiMessage(answer.body)}); give the key a role that can`,
      );
    }
    if (answer.status === 404) {
      throw new MegaportNotFoundError(
        `no ${what} in the Megaport ${this.environment} API (HTTP 404): deleted, or another MEGAPORT_ENVIRONMENT?`,
      );
    }
    if (answer.status !== 200) {
      throw new MegaportAnswerError(
        `the Megaport API answered ${what} with HTTP ${answer.status}${apiMessage(answer.body)}`,
      );
    }
    const data = (parseJson(answer.body, what) as { data?: unknown }).data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new MegaportAnswerError(`the Megaport API answered ${what} without a "data" object`);
    }
    return data as Record<string, unknown>;
  }

  /** Closes the pooled connections. */
  public async close(): Promise<void> {
    await this.http.close();
  }

  private async fetchToken(): Promise<AccessToken> {
    const { accessKey, secretKey, tokenUrl } = this.options.settings;
    const what = "the Megaport access token";
    const answer = await this.withRetries(what, () => ({
      method: "POST",
      url: tokenUrl,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        authorization: `Basic ${Buffer.from(`${accessKey}:${secretKey}`, "utf8").toString("base64")}`,
      },
      body: new URLSearchParams({ grant_type: "client_credentials" }).toString(),
      timeoutMs: this.requestTimeoutMs,
    }));
    if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
      throw new MegaportAuthError(
        `the Megaport token endpoint (${new URL(tokenUrl).host}) rejected MEGAPORT_ACCESS_KEY/MEGAPORT_SECRET_KEY ` +
          `(HTTP ${answer.status}${apiMessage(answer.body)}); check the keys and MEGAPORT_ENVIRONMENT (${this.environment})`,
      );
    }
    if (answer.status !== 200) {
      throw new MegaportAnswerError(
        `the Megaport token endpoint answered HTTP ${answer.status}${apiMessage(answer.body)}`,
      );
    }
    const parsed = parseJson(answer.body, what) as { access_token?: unknown; expires_in?: unknown };
    const value = parsed.access_token;
    const expiresIn = parsed.expires_in;
    if (typeof value !== "string" || value.length === 0) {
      throw new MegaportAnswerError("the Megaport token endpoint answered without an access_token");
    }
    this.options.onSecret?.(value);
    if (typeof expiresIn !== "number" || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw new MegaportAnswerError("the Megaport token endpoint answered without a positive expires_in");
    }
    return { value, renewAt: renewAt(expiresIn) };
  }

  /**
   * Sends `build()` until it gets an answer that is not transient, or the tries or the deadline run
   * out. Resolves with that answer (any status); rejects with MegaportUnavailableError.
   */
  private async withRetries(what: string, build: () => HttpExchange): Promise<HttpAnswer> {
    const { deadline } = this.options;
    let reason = "";
    let tries = 0;
    for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
      if (deadline.expired) break;
      const exchange = build();
      tries++;
      let retryAfterMs: number | undefined;
      try {
        const answer = await this.http.send({
          ...exchange,
          timeoutMs: Math.min(exchange.timeoutMs, deadline.remainingMs()),
        });
        if (!isTransient(answer.status)) return answer;
        reason = `HTTP ${answer.status}${apiMessage(answer.body)}`;
        retryAfterMs = answer.retryAfterMs;
      } catch (error) {
        if (!(error instanceof MegaportUnavailableError)) throw error;
        reason = error.message;
      }
      if (attempt + 1 >= this.retry.attempts) break;
      const wait = retryDelayMs(attempt, this.retry, retryAfterMs);
      if (wait >= deadline.remainingMs()) {
        throw new MegaportUnavailableError(
          `${what}: ${reason}; the next try (in ${formatSeconds(wait)}) would pass --timeout`,
        );
      }
      this.options.onRetry?.(`Megaport API, ${what}: ${reason}; trying again in ${formatSeconds(wait)}`);
      await deadline.sleep(wait);
    }
    const spent = deadline.expired ? `, --timeout of ${formatSeconds(deadline.budgetMs)} spent` : "";
    throw new MegaportUnavailableError(
      `${what}: ${reason || "not asked"} (${tries} ${tries === 1 ? "try" : "tries"}${spent})`,
    );
  }
}

function parseJson(body: string, what: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new MegaportAnswerError(`the Megaport API answered ${what} with something that is not JSON`);
  }
}
