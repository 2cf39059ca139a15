/**
 * HTTP(S) to one firewall's `/api/` endpoint with undici: POST, form-encoded parameters, the API
 * key in the `X-PAN-KEY` header (never in the URL or body), per-request timeouts, TLS
 * verification that is on unless explicitly turned off, and answers read with a byte cap and
 * checked against their `Content-Length`.
 */
import { Agent, request } from "undici";
import { parseRetryAfter } from "./backoff";
import { PanosError, PanosTlsError, PanosUnavailableError, ResponseTooLargeError } from "./errors";

/** Largest answer read by default: far above any recorded API answer, far below a memory problem. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Where and how to reach the firewall. */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly protocol: "https" | "http";
  /** PEM of the CA(s) to trust instead of the system store. */
  readonly ca?: string;
  /** Skip certificate verification (explicit opt-in only). */
  readonly insecure?: boolean;
}

/** A raw HTTP answer. */
export interface HttpReply {
  readonly status: number;
  readonly body: string;
  /** `Retry-After` in milliseconds, when the server sent one. */
  readonly retryAfterMs?: number;
}

/** Errors raised before any byte of the request can have reached the server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** undici's code for a body whose length differs from its Content-Length (a truncated answer). */
const LENGTH_MISMATCH_CODE = "UND_ERR_RES_CONTENT_LENGTH_MISMATCH";
const CERTIFICATE_CODE = /CERT|UNABLE_TO_(GET|VERIFY)/;
const TLS_CODE = /^ERR_SSL|^ERR_TLS|^EPROTO$/;

/** Error codes along the cause chain (undici wraps the socket error). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function hostForUrl(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** One keep-alive connection pool to one firewall. */
export class HttpTransport {
  private readonly agent: Agent;
  private readonly url: string;
  /** `host:port`, for messages. */
  public readonly label: string;

  public constructor(
    endpoint: Endpoint,
    /** Answers longer than this end with ResponseTooLargeError. */
    private readonly maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  ) {
    this.url = `${endpoint.protocol}://${hostForUrl(endpoint.host)}:${endpoint.port}/api/`;
    this.label = `${endpoint.host}:${endpoint.port}`;
    this.agent = new Agent({
      connect: {
        rejectUnauthorized: !endpoint.insecure,
        ...(endpoint.ca !== undefined ? { ca: endpoint.ca } : {}),
      },
      keepAliveTimeout: 4_000,
    });
  }

  /**
   * POSTs the parameters; resolves with any HTTP status. Rejects with PanosTlsError on a
   * certificate problem and PanosUnavailableError on connection failures and timeouts.
   */
  public async post(params: Readonly<Record<string, string>>, apiKey: string | undefined, timeoutMs: number) {
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    if (apiKey !== undefined) headers["x-pan-key"] = apiKey;
    try {
      const response = await request(this.url, {
        method: "POST",
        headers,
        body: new URLSearchParams(params).toString(),
        dispatcher: this.agent,
        signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      const body = await this.readCapped(response.body, response.headers["content-length"]);
      const retryAfter = response.headers["retry-after"];
      const retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
      return { status: response.statusCode, body, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    } catch (error) {
      throw error instanceof PanosError ? error : this.classify(error, timeoutMs);
    }
  }

  /**
   * Reads the body up to the byte cap (stopping the download past it, so a huge answer costs
   * neither the memory nor the time to read it) and checks its length against Content-Length.
   */
  private async readCapped(
    body: AsyncIterable<Uint8Array> & { destroy(error?: Error): unknown },
    contentLength: string | string[] | undefined,
  ): Promise<string> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > this.maxResponseBytes) {
        body.destroy();
        throw new ResponseTooLargeError(
          `${this.label} answered more than ${formatBytes(this.maxResponseBytes)}; raise the cap with ` +
            "--max-response-mb if the answer is expected to be that large",
        );
      }
      chunks.push(chunk);
    }
    const declared = Array.isArray(contentLength) ? contentLength[0] : contentLength;
    if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) !== size) {
      throw this.truncated(`${size} bytes where Content-Length said ${declared.trim()}`);
    }
    return Buffer.concat(chunks).toString("utf8");
  }

  private truncated(detail: string, cause?: unknown): PanosUnavailableError {
    return new PanosUnavailableError(`${this.label} sent a truncated answer (${detail})`, true, { cause });
  }

  /** Closes the pooled connections. */
  public async close(): Promise<void> {
    await this.agent.close();
  }

  private classify(error: unknown, timeoutMs: number): Error {
    const codes = errorCodes(error);
    const message = error instanceof Error ? error.message : String(error);
    const certificate = codes.find((c) => CERTIFICATE_CODE.test(c));
    if (certificate !== undefined) {
      return new PanosTlsError(
        `TLS verification of ${this.label} failed (${certificate}: ${message}); pass --ca-file with the CA that ` +
          "signed the firewall's certificate, or --insecure to skip verification",
        { cause: error },
      );
    }
    const tls = codes.find((c) => TLS_CODE.test(c));
    if (tls !== undefined) {
      return new PanosTlsError(`TLS handshake with ${this.label} failed (${tls}); check --protocol and --port`, {
        cause: error,
      });
    }
    if (codes.includes(LENGTH_MISMATCH_CODE)) return this.truncated("body length differs from Content-Length", error);
    const name = (error as { name?: unknown } | undefined)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      return new PanosUnavailableError(`${this.label} did not answer within ${Math.round(timeoutMs)} ms`, true, {
        cause: error,
      });
    }
    const notSent = codes.some((c) => NOT_SENT_CODES.has(c));
    const reason = codes.length > 0 ? codes.join("/") : message;
    return new PanosUnavailableError(`${this.label} is unreachable (${reason})`, !notSent, { cause: error });
  }
}

/** `8 MiB`, `512 KiB`, `100 bytes`: the cap as people set it. */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
