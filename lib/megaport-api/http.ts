/**
 * One HTTP exchange with the Megaport API or its token endpoint, with undici: a per-request timeout,
 * an answer read up to a byte cap, and `Retry-After` read for the caller's backoff. Retrying is the
 * caller's job (client.ts), so that the token and product requests share one policy.
 */
import { Agent, request } from "undici";
import { parseRetryAfter } from "../xmlapi/backoff";
import { MegaportUnavailableError } from "./errors";

/** Far above any product answer (a few KiB), far below a memory problem. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/** A raw HTTP answer. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  /** `Retry-After` in milliseconds, when the server sent one. */
  readonly retryAfterMs?: number;
}

/** What to send. */
export interface HttpExchange {
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
}

/** Keep-alive connections to the API and token hosts for one command. */
export class HttpChannel {
  private readonly agent = new Agent({ keepAliveTimeout: 4_000 });

  /** Sends one request; resolves with any HTTP status, rejects with MegaportUnavailableError on transport failures. */
  public async send(exchange: HttpExchange): Promise<HttpAnswer> {
    const where = new URL(exchange.url).host;
    try {
      const response = await request(exchange.url, {
        method: exchange.method,
        headers: exchange.headers,
        body: exchange.body,
        dispatcher: this.agent,
        signal: AbortSignal.timeout(Math.max(1, exchange.timeoutMs)),
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      const body = await readCapped(response.body, where);
      const header = response.headers["retry-after"];
      const retryAfterMs = parseRetryAfter(Array.isArray(header) ? header[0] : header);
      return { status: response.statusCode, body, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    } catch (error) {
      if (error instanceof MegaportUnavailableError) throw error;
      const name = (error as { name?: unknown } | undefined)?.name;
      const reason =
        name === "TimeoutError" || name === "AbortError"
          ? `did not answer within ${Math.round(exchange.timeoutMs)} ms`
          : `is unreachable (${codeOf(error)})`;
      throw new MegaportUnavailableError(`${where} ${reason}`, { cause: error });
    }
  }

  /** Closes the pooled connections. */
  public async close(): Promise<void> {
    await this.agent.close();
  }
}

async function readCapped(body: AsyncIterable<Uint8Array> & { destroy(error?: Error): unknown }, where: string) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      throw new MegaportUnavailableError(`${where} answered more than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The error code undici's cause chain carries (ECONNREFUSED, …), else the message. */
function codeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}
