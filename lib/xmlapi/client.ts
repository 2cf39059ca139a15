/**
 * A PAN-OS XML API client for one firewall: keygen, configuration reads and writes, operational
 * commands, commits and jobs. Transient failures (connection errors, 5xx, HTML pages, session
 * timeouts) are retried with jittered backoff, bounded by an attempt count and the command's
 * deadline, and never sooner than the device's `Retry-After`; a write whose outcome is unknown is
 * never re-sent here — the caller reads the state back first, then waits with `backOff`.
 */
import { el, parseXml, path, renderXml, textOf, type XmlElement } from "../xmlspec/xml";
import { retryDelayMs, type RetryPolicy } from "./backoff";
import { formatSeconds, type Deadline } from "./deadline";
import {
  CODE_OBJECT_NOT_PRESENT,
  CODE_SESSION_TIMED_OUT,
  expectSuccess,
  isSuccess,
  parseResponse,
  type PanosResponse,
} from "./envelope";
import {
  OutcomeUnknownError,
  PanosApiError,
  PanosAuthError,
  PanosError,
  PanosUnavailableError,
  UnexpectedAnswerError,
} from "./errors";
import { parseJob, parseJobs, type Job } from "./jobs";
import { HttpTransport, type Endpoint } from "./transport";

export type { RetryPolicy } from "./backoff";

/** How to authenticate: an API key, a username and password (keygen), or both (key first). */
export interface Credentials {
  readonly apiKey?: string;
  readonly username?: string;
  readonly password?: string;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 500, maxDelayMs: 8_000 };
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Everything a client needs. */
export interface ClientOptions {
  readonly endpoint: Endpoint;
  readonly credentials: Credentials;
  /** The command's overall budget; no request outlives it. */
  readonly deadline: Deadline;
  /** Timeout of one HTTP request. @default 30 s */
  readonly requestTimeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Longest answer read; longer ones end with ResponseTooLargeError. @default 8 MiB */
  readonly maxResponseBytes?: number;
  /** Told about each retry, for progress output. */
  readonly onRetry?: (message: string) => void;
  /** Told about an API key obtained by keygen, so that output can redact it. */
  readonly onSecret?: (secret: string) => void;
}

/** Per-request choices. */
export interface RequestOptions {
  /** True when the request changes the device: its outcome is unknown after a failed send. */
  readonly write?: boolean;
  /** Override the number of tries (1 = a single probe). */
  readonly attempts?: number;
}

/** What `type=commit` answered. */
export interface CommitEnqueued {
  /** The job id; undefined when nothing was queued. */
  readonly jobId: number | undefined;
  readonly lines: readonly string[];
}

interface Exchange {
  readonly response: PanosResponse;
  readonly body: string;
}

/** One firewall's XML API. */
export class PanosClient {
  /** The firewall's address, as given. */
  public readonly host: string;
  /** How requests are retried; callers that re-send a write after reading back use it too. */
  public readonly retry: RetryPolicy;
  private readonly transport: HttpTransport;
  private readonly requestTimeoutMs: number;
  private key: Promise<string> | undefined;

  public constructor(private readonly options: ClientOptions) {
    this.host = options.endpoint.host;
    this.transport = new HttpTransport(options.endpoint, options.maxResponseBytes);
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    if (options.credentials.apiKey) this.key = Promise.resolve(options.credentials.apiKey);
  }

  /** Generates an API key from the username and password (`type=keygen`); later requests use it. */
  public async keygen(): Promise<string> {
    const key = this.generateKey();
    this.key = key;
    return key;
  }

  private async generateKey(): Promise<string> {
    const { username, password } = this.options.credentials;
    if (!username || !password) throw new PanosAuthError(`no username and password to generate a key for ${this.host}`);
    const { response } = await this.exchange({ type: "keygen", user: username, password }, "keygen", {});
    if (response.code === 403 || !isSuccess(response)) {
      throw new PanosAuthError(
        `${this.host} rejected the username and password (${response.lines.join(" ") || "keygen failed"})`,
      );
    }
    const key = textOf(path(response.root, "result", "key"));
    if (!key) throw new PanosError(`${this.host} answered keygen without a key`);
    this.options.onSecret?.(key);
    return key;
  }

  /** Reads the candidate configuration at `xpath`; undefined when nothing is there (code 7). */
  public async get(xpath: string): Promise<XmlElement | undefined> {
    const { response } = await this.send({ type: "config", action: "get", xpath }, `get ${xpath}`);
    if (isSuccess(response) && response.code === CODE_OBJECT_NOT_PRESENT) return undefined;
    expectSuccess(response, `get ${xpath}`, this.host);
    return singleNode(response, xpath, this.host);
  }

  /** Reads the running configuration at `xpath`; undefined when there is no such node. */
  public async show(xpath: string): Promise<XmlElement | undefined> {
    const { response } = await this.send({ type: "config", action: "show", xpath }, `show ${xpath}`);
    if (!isSuccess(response) && response.lines.some((l) => /no such node/i.test(l))) return undefined;
    expectSuccess(response, `show ${xpath}`, this.host);
    return singleNode(response, xpath, this.host);
  }

  /** Merges `element` (the children) into the node at `xpath` (the parent). */
  public async set(xpath: string, element: string): Promise<void> {
    await this.write({ type: "config", action: "set", xpath, element }, `set ${xpath}`);
  }

  /** Replaces the node at `xpath` with `element` (the whole node). */
  public async edit(xpath: string, element: string): Promise<void> {
    await this.write({ type: "config", action: "edit", xpath, element }, `edit ${xpath}`);
  }

  /** Deletes the node at `xpath`; deleting an absent node succeeds. */
  public async delete(xpath: string): Promise<void> {
    await this.write({ type: "config", action: "delete", xpath }, `delete ${xpath}`);
  }

  /** Runs an operational command (XML, e.g. `<show><system><info/></system></show>`); returns `<response>`. */
  public async op(cmd: string, options: RequestOptions = {}): Promise<XmlElement> {
    const what = `op ${describeCommand(cmd)}`;
    const { response } = await this.send({ type: "op", cmd }, what, options);
    return expectSuccess(response, what, this.host).root;
  }

  /** Runs an operational command and returns the raw reply body, whatever its status. */
  public async opRaw(cmd: string): Promise<string> {
    return (await this.send({ type: "op", cmd }, `op ${describeCommand(cmd)}`)).body;
  }

  /** `<result>` text of an operational command (e.g. `yes` for `show chassis-ready`). */
  public async opText(cmd: string, options: RequestOptions = {}): Promise<string> {
    return textOf(path(await this.op(cmd, options), "result")) ?? "";
  }

  /** True when the candidate configuration differs from the running one. */
  public async hasPendingChanges(): Promise<boolean> {
    const answer = (await this.opText("<check><pending-changes/></check>")).toLowerCase();
    if (answer !== "yes" && answer !== "no") {
      throw new PanosError(`${this.host} answered check pending-changes with ${JSON.stringify(answer)}`);
    }
    return answer === "yes";
  }

  /** Asks for a commit (`type=commit`); the job id is absent when nothing was queued. */
  public async requestCommit(description: string): Promise<CommitEnqueued> {
    const cmd = renderXml(el("commit", [el("description", description)]));
    const { response } = await this.send({ type: "commit", cmd }, "commit", { write: true });
    expectSuccess(response, "commit", this.host);
    const job = textOf(path(response.root, "result", "job"));
    return { jobId: job !== undefined && /^\d+$/.test(job) ? Number(job) : undefined, lines: response.lines };
  }

  /** One job by id; an answer about any other job is an error, never taken for this one. */
  public async job(id: number): Promise<Job> {
    const root = await this.op(renderXml(el("show", [el("jobs", [el("id", String(id))])])));
    const jobs = (path(root, "result")?.children ?? []).filter((c) => c.name === "job");
    if (jobs.length === 0) throw new PanosError(`${this.host} answered show jobs id ${id} without a job`);
    const about = jobs.map((j) => textOf(path(j, "id")) ?? "?");
    if (jobs.length > 1 || about[0] !== String(id)) {
      throw new UnexpectedAnswerError(
        `asked for job ${id}, ${this.host} answered about job ${about.join(", ")}; not taken as job ${id}'s state`,
      );
    }
    return parseJob(jobs[0]);
  }

  /**
   * Waits before re-sending a write whose earlier try failed (`tries` so far, 1-based): the retry
   * policy's jittered backoff, or the device's `Retry-After` when longer. Throws when the wait
   * would outlast the deadline, so that a caller never ends its budget hammering the device.
   */
  public async backOff(tries: number, what: string, failure?: unknown): Promise<void> {
    const { deadline } = this.options;
    const retryAfterMs = retryAfterOf(failure);
    const delay = retryDelayMs(Math.max(0, tries - 1), this.retry, retryAfterMs);
    if (deadline.remainingMs() <= delay) {
      throw deadline.exceeded(`${what} on ${this.host}${waitReason(retryAfterMs)}`);
    }
    this.options.onRetry?.(`waiting ${formatDelay(delay)} before ${what}`);
    await deadline.sleep(delay);
  }

  /** Every job the device still lists. */
  public async jobs(options: RequestOptions = {}): Promise<Job[]> {
    return parseJobs(path(await this.op("<show><jobs><all/></jobs></show>", options), "result"));
  }

  /** Closes pooled connections. */
  public async close(): Promise<void> {
    await this.transport.close();
  }

  private async write(params: Record<string, string>, what: string): Promise<void> {
    const { response } = await this.send(params, what, { write: true });
    expectSuccess(response, what, this.host);
  }

  private async send(params: Record<string, string>, what: string, options: RequestOptions = {}): Promise<Exchange> {
    let rekeyed = false;
    for (;;) {
      if (!this.key) this.key = this.generateKey();
      const key = this.key;
      let apiKey: string;
      try {
        apiKey = await key;
      } catch (error) {
        if (this.key === key) this.key = undefined;
        throw error;
      }
      const exchange = await this.exchange(params, what, options, apiKey);
      if (exchange.response.code !== 403) return exchange;
      const { username, password } = this.options.credentials;
      if (rekeyed || !username || !password) {
        throw new PanosAuthError(
          `${this.host} rejected the API key (${exchange.response.lines.join(" ") || "HTTP 403"})`,
        );
      }
      // The key expired or was replaced (keygen for the same user invalidates older keys): get a new one once.
      rekeyed = true;
      if (this.key === key) this.key = undefined;
    }
  }

  /** One request (with `apiKey`, unless keygen) with bounded retries of transient failures; returns any parsed reply. */
  private async exchange(
    params: Record<string, string>,
    what: string,
    options: RequestOptions,
    apiKey?: string,
  ): Promise<Exchange> {
    const { deadline } = this.options;
    const attempts = Math.max(1, options.attempts ?? this.retry.attempts);
    for (let attempt = 0; ; attempt++) {
      deadline.check(`${what} on ${this.host}`);
      const timeoutMs = Math.min(this.requestTimeoutMs, deadline.remainingMs());
      let failure: PanosUnavailableError;
      try {
        const reply = await this.transport.post(params, apiKey, timeoutMs);
        if (reply.status >= 500) {
          throw new PanosUnavailableError(`${this.transport.label} answered HTTP ${reply.status}`, true, {
            retryAfterMs: reply.retryAfterMs,
          });
        }
        const response = parseHttpReply(reply.status, reply.body, this.host, what);
        if (isSuccess(response) || response.code !== CODE_SESSION_TIMED_OUT) return { response, body: reply.body };
        failure = new PanosUnavailableError(`${this.host}: API session timed out (code 22)`, false);
      } catch (error) {
        if (!(error instanceof PanosUnavailableError)) throw error;
        failure = error;
      }
      if (options.write && failure.maybeProcessed) {
        throw new OutcomeUnknownError(`${what} on ${this.host}: ${failure.message}; its outcome is unknown`, {
          cause: failure,
        });
      }
      // A request cut short by the command's own deadline says nothing new about the device.
      if (deadline.expired) throw deadline.exceeded(`${what} on ${this.host} (${failure.message})`);
      if (attempt + 1 >= attempts) throw failure;
      const delay = retryDelayMs(attempt, this.retry, failure.retryAfterMs);
      if (deadline.remainingMs() <= delay) {
        throw deadline.exceeded(`${what} on ${this.host} (${failure.message}${waitReason(failure.retryAfterMs)})`);
      }
      this.options.onRetry?.(
        `${failure.message}; retrying ${what} in ${formatDelay(delay)} (${attempt + 2}/${attempts})`,
      );
      await deadline.sleep(delay);
    }
  }
}

function parseHttpReply(status: number, body: string, host: string, what: string): PanosResponse {
  if (status === 403) {
    try {
      const parsed = parseResponse(body, status, host);
      return { ...parsed, code: 403 };
    } catch {
      return { status: "error", code: 403, root: el("response"), result: undefined, lines: [] };
    }
  }
  if (status !== 200) {
    let lines: readonly string[] = [];
    try {
      lines = parseResponse(body, status, host).lines;
    } catch {
      lines = [`HTTP ${status}`];
    }
    throw new PanosApiError(`${what} on ${host}`, status, lines);
  }
  return parseResponse(body, status, host);
}

function singleNode(response: PanosResponse, xpath: string, host: string): XmlElement | undefined {
  const nodes = response.result?.children ?? [];
  if (nodes.length > 1) throw new PanosError(`${xpath} matches ${nodes.length} nodes on ${host}; expected one`);
  return nodes[0];
}

/** The CLI words of an operational command, for messages: `<show><jobs><id>4</id>…` → `show jobs id 4`. */
function describeCommand(cmd: string): string {
  const words: string[] = [];
  try {
    let node: XmlElement | undefined = parseXml(cmd)[0];
    while (node) {
      words.push(node.name);
      if (node.text !== undefined) words.push(node.text);
      node = node.children[0];
    }
  } catch {
    return "command";
  }
  return words.join(" ");
}

/** The `Retry-After` carried by a failure or its cause. */
function retryAfterOf(failure: unknown): number | undefined {
  if (failure instanceof PanosUnavailableError) return failure.retryAfterMs;
  return failure instanceof Error ? retryAfterOf(failure.cause) : undefined;
}

function waitReason(retryAfterMs: number | undefined): string {
  return retryAfterMs !== undefined ? `; the device asked to retry after ${formatSeconds(retryAfterMs)}` : "";
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : formatSeconds(ms);
}
