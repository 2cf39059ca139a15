/**
 * The few XML API requests the device writer makes (keygen; config get, set, edit, delete), over
 * node's own http/https: the provider runs inside the offline bundle, where lib/xmlapi's undici
 * transport would add most of a megabyte to every provider start. Replies are judged by
 * lib/xmlapi's envelope (typed errors, message lines). The key goes in the X-PAN-KEY header,
 * never in a URL or a log; TLS options are this request's own.
 */
import * as http from "node:http";
import * as https from "node:https";
import { CODE_OBJECT_NOT_PRESENT, expectSuccess, isSuccess, parseResponse } from "../../../lib/xmlapi/envelope";
import { PanosAuthError, PanosError } from "../../../lib/xmlapi/errors";
import { path, textOf, type XmlElement } from "../../../lib/xmlspec/xml";
import type { DeviceConnection } from "./connection";

/** What the entry and rules writers need from the firewall. */
export interface DeviceApi {
  readonly host: string;
  /** The candidate configuration at `xpath`; undefined when nothing is there (code 7). */
  get(xpath: string): Promise<XmlElement | undefined>;
  set(xpath: string, element: string): Promise<void>;
  edit(xpath: string, element: string): Promise<void>;
  delete(xpath: string): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Tries per request when the device is not answering the API (connection refused, 5xx during a restart). */
const ATTEMPTS = 4;
const RETRY_DELAY_MS = 250;
/**
 * Connection failures worth another try. Every request the writer sends may be sent twice: `set`
 * merges, `edit` replaces, `delete` of nothing succeeds, `get` and keygen change nothing.
 */
const NOT_SENT = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE"]);

interface Reply {
  readonly status: number;
  readonly body: string;
}

/** The XML API of one firewall; the API key from the first keygen is kept in `keys`. */
export class DeviceXmlApi implements DeviceApi {
  public readonly host: string;

  public constructor(
    private readonly connection: DeviceConnection,
    private readonly keys: { apiKey?: string },
  ) {
    this.host = connection.endpoint.host;
  }

  public async get(xpath: string): Promise<XmlElement | undefined> {
    const response = await this.config({ action: "get", xpath }, `get ${xpath}`);
    if (response.code === CODE_OBJECT_NOT_PRESENT) return undefined;
    const nodes = response.result?.children ?? [];
    if (nodes.length > 1) throw new PanosError(`${xpath} matches ${nodes.length} nodes on ${this.host}`);
    return nodes[0];
  }

  public async set(xpath: string, element: string): Promise<void> {
    await this.config({ action: "set", xpath, element }, `set ${xpath}`);
  }

  public async edit(xpath: string, element: string): Promise<void> {
    await this.config({ action: "edit", xpath, element }, `edit ${xpath}`);
  }

  public async delete(xpath: string): Promise<void> {
    await this.config({ action: "delete", xpath }, `delete ${xpath}`);
  }

  private async config(params: Record<string, string>, what: string) {
    let renewed = false;
    for (;;) {
      const key = this.keys.apiKey ?? (await this.keygen());
      const reply = await this.send({ type: "config", ...params }, key);
      if (reply.status !== 403 || renewed) return expectSuccess(this.parse(reply), what, this.host);
      // An expired or replaced key: a new keygen, once (never with a key from the configuration alone).
      const { username, password } = this.connection.credentials;
      if (!username || !password) throw new PanosAuthError(`${this.host} rejected the API key`);
      this.keys.apiKey = undefined;
      renewed = true;
    }
  }

  private async keygen(): Promise<string> {
    const { apiKey, username, password } = this.connection.credentials;
    if (apiKey) return (this.keys.apiKey = apiKey);
    if (!username || !password) throw new PanosAuthError(`no credentials for ${this.host}`);
    const response = this.parse(await this.send({ type: "keygen", user: username, password }, undefined));
    if (response.code === 403 || !isSuccess(response)) {
      throw new PanosAuthError(`${this.host} rejected the username and password`);
    }
    const key = textOf(path(response.root, "result", "key"));
    if (!key) throw new PanosError(`${this.host} answered keygen without a key`);
    return (this.keys.apiKey = key);
  }

  private parse(reply: Reply) {
    if (reply.status === 403) return { ...parseResponse(reply.body, reply.status, this.host), code: 403 };
    return parseResponse(reply.body, reply.status, this.host);
  }

  /** One POST, retried while the device does not answer the API (never after it answered). */
  private async send(params: Record<string, string>, key: string | undefined): Promise<Reply> {
    for (let attempt = 1; ; attempt++) {
      try {
        const reply = await this.post(params, key);
        if (reply.status < 500 || attempt >= ATTEMPTS) return reply;
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        if (!NOT_SENT.has(code) || attempt >= ATTEMPTS) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }

  private post(params: Record<string, string>, key: string | undefined): Promise<Reply> {
    const { endpoint } = this.connection;
    const body = new URLSearchParams(params).toString();
    const headers: Record<string, string | number> = {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": Buffer.byteLength(body),
    };
    if (key !== undefined) headers["x-pan-key"] = key;
    const options = { host: endpoint.host, port: endpoint.port, path: "/api/", method: "POST", headers, agent: false };
    const tls = { rejectUnauthorized: !endpoint.insecure, ...(endpoint.ca !== undefined ? { ca: endpoint.ca } : {}) };
    return new Promise<Reply>((resolve, reject) => {
      const answer = (response: http.IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on("error", reject);
      };
      const request =
        endpoint.protocol === "https" ? https.request({ ...options, ...tls }, answer) : http.request(options, answer);
      request.setTimeout(REQUEST_TIMEOUT_MS, () =>
        request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      );
      request.on("error", (error) => reject(this.described(error)));
      request.end(body);
    });
  }

  private described(error: Error & { code?: string }): Error {
    const where = `${this.connection.endpoint.protocol}://${this.host}:${this.connection.endpoint.port}`;
    const wrapped = new PanosError(`${where}: ${error.message}`, { cause: error });
    return Object.assign(wrapped, { code: error.code });
  }
}
