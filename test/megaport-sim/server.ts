/**
 * A simulated Megaport API on loopback: the OAuth 2.0 token endpoint and `GET /v2/product/{uid}`,
 * with faults on demand (expired tokens, 429 with Retry-After, 5xx storms, slow answers). Every
 * request is recorded (method, path, status) for tests that count them.
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ProductData } from "./products";

export interface MegaportSimOptions {
  /** Loopback address to listen on. @default 127.0.0.1 */
  readonly host?: string;
  readonly accessKey?: string;
  readonly secretKey?: string;
  /** `expires_in` of each token, seconds. @default 3600 */
  readonly tokenLifetimeSeconds?: number;
  readonly products?: readonly ProductData[];
}

/** A canned answer served instead of the normal one (then the queue moves on). */
export interface Fault {
  readonly status: number;
  readonly retryAfter?: string;
  readonly body?: string;
  /** Wait this long before answering (a slow answer). */
  readonly delayMs?: number;
  /** Put the request's Authorization header into the answer's message, as a careless proxy might. */
  readonly echoAuthorization?: true;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The bearer token or basic credentials were accepted. */
  readonly authorized: boolean;
}

type Endpoint = "token" | "product";

/** The simulator's handle for tests. */
export interface MegaportSim {
  readonly apiUrl: string;
  readonly tokenUrl: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly requests: RecordedRequest[];
  /** Tokens issued so far. */
  readonly tokensIssued: number;
  /** Environment variables that point `mve-ha` at this simulator. */
  env(): Record<string, string>;
  /** Stores (or replaces) a product. */
  put(product: ProductData): void;
  /** Changes fields of a stored product. */
  patch(uid: string, fields: ProductData): void;
  /** Serves these answers, in order, before normal ones on `endpoint`. */
  queueFaults(endpoint: Endpoint, faults: readonly Fault[]): void;
  /** Every token issued so far is refused from now on (401), as after expiry. */
  expireTokens(): void;
  /** Delays every answer by `ms`. */
  setLatency(ms: number): void;
  stop(): Promise<void>;
}

/** A wait that never keeps the test process alive. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

const PRODUCT_PATH = /^\/v2\/product\/([^/]+)$/;

/** Starts a simulator; stop it with `stop()`. */
export async function startMegaportSim(options: MegaportSimOptions = {}): Promise<MegaportSim> {
  const host = options.host ?? "127.0.0.1";
  if (!host.startsWith("127.")) throw new Error("the Megaport simulator listens on loopback only");
  const accessKey = options.accessKey ?? "sim-access-key";
  const secretKey = options.secretKey ?? "sim-secret-Key/+=";
  const products = new Map<string, ProductData>();
  for (const p of options.products ?? []) products.set(String(p.productUid), structuredClone(p));
  const faults: Record<Endpoint, Fault[]> = { token: [], product: [] };
  const valid = new Set<string>();
  const requests: RecordedRequest[] = [];
  let issued = 0;
  let latencyMs = 0;

  const send = async (
    response: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    response.writeHead(status, { "content-type": "application/json", ...headers }).end(text);
  };

  const serveFault = async (request: http.IncomingMessage, response: http.ServerResponse, fault: Fault) => {
    if (fault.delayMs) await pause(fault.delayMs);
    const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {};
    const echo = fault.echoAuthorization ? ` (you sent ${request.headers.authorization ?? "nothing"})` : "";
    await send(response, fault.status, fault.body ?? { message: `simulated HTTP ${fault.status}${echo}` }, headers);
  };

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://sim");
    const body = await readBody(request);
    const record = (status: number, authorized: boolean) =>
      requests.push({ method: request.method ?? "", path: url.pathname, status, authorized });
    if (latencyMs > 0) await pause(latencyMs);

    if (url.pathname === "/oauth2/token" && request.method === "POST") {
      const fault = faults.token.shift();
      if (fault) {
        record(fault.status, false);
        return serveFault(request, response, fault);
      }
      const expected = `Basic ${Buffer.from(`${accessKey}:${secretKey}`).toString("base64")}`;
      const grant = new URLSearchParams(body).get("grant_type") ?? url.searchParams.get("grant_type");
      if (request.headers.authorization !== expected) {
        record(401, false);
        return send(response, 401, { error: "invalid_client" });
      }
      if (grant !== "client_credentials") {
        record(400, true);
        return send(response, 400, { error: "unsupported_grant_type" });
      }
      issued++;
      const token = `sim-token-${issued}-${Math.random().toString(36).slice(2)}`;
      valid.add(token);
      record(200, true);
      return send(response, 200, {
        access_token: token,
        token_type: "Bearer",
        expires_in: options.tokenLifetimeSeconds ?? 3600,
      });
    }

    const match = PRODUCT_PATH.exec(url.pathname);
    if (match && request.method === "GET") {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
      if (bearer === undefined || !valid.has(bearer)) {
        record(401, false);
        return send(response, 401, { message: "Unauthorized" });
      }
      const fault = faults.product.shift();
      if (fault) {
        record(fault.status, true);
        return serveFault(request, response, fault);
      }
      const uid = decodeURIComponent(match[1]);
      const product = products.get(uid);
      if (!product) {
        record(404, true);
        return send(response, 404, { message: `Could not find a service with UID ${uid}`, terms: "", data: null });
      }
      record(200, true);
      return send(response, 200, { message: `Found Product ${uid}`, terms: "simulated terms", data: product });
    }
    record(404, false);
    return send(response, 404, { message: "no such endpoint" });
  };

  const server = http.createServer((q, s) => {
    handle(q, s).catch(() => s.destroy());
  });
  server.keepAliveTimeout = 2_000;
  server.listen(0, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const base = `http://${host}:${port}`;

  return {
    apiUrl: base,
    tokenUrl: `${base}/oauth2/token`,
    accessKey,
    secretKey,
    requests,
    get tokensIssued() {
      return issued;
    },
    env: () => ({
      MEGAPORT_ACCESS_KEY: accessKey,
      MEGAPORT_SECRET_KEY: secretKey,
      MEGAPORT_API_URL: base,
      MEGAPORT_TOKEN_URL: `${base}/oauth2/token`,
    }),
    put: (product) => products.set(String(product.productUid), structuredClone(product)),
    patch: (uid, fields) => {
      const product = products.get(uid);
      if (!product) throw new Error(`no simulated product ${uid}`);
      products.set(uid, { ...product, ...fields });
    },
    queueFaults: (endpoint, list) => faults[endpoint].push(...list),
    expireTokens: () => valid.clear(),
    setLatency: (ms) => (latencyMs = ms),
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
