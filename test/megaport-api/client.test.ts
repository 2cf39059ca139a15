/**
 * The Megaport API client against the simulator: one token for the run, a new one once on a 401,
 * bounded retries with backoff on 429/5xx that honour Retry-After, timeouts, and typed failures.
 * Requests are counted, never timed.
 */
import { MegaportClient, type MegaportClientOptions } from "../../lib/megaport-api/client";
import type { MegaportApiSettings } from "../../lib/megaport-api/environment";
import {
  MegaportAnswerError,
  MegaportAuthError,
  MegaportNotFoundError,
  MegaportUnavailableError,
} from "../../lib/megaport-api/errors";
import { Deadline } from "../../lib/xmlapi/deadline";
import { mve, startMegaportSim, vxc, type MegaportSim } from "../megaport-sim";

const MVE_UID = "11111111-aaaa-4aaa-8aaa-000000000001";
const VXC_UID = "22222222-bbbb-4bbb-8bbb-000000000002";

let sim: MegaportSim;
const clients: MegaportClient[] = [];
const retries: string[] = [];
const secrets: string[] = [];

beforeEach(async () => {
  retries.length = 0;
  secrets.length = 0;
  sim = await startMegaportSim({
    products: [mve({ uid: MVE_UID, name: "fw-0" }), vxc({ uid: VXC_UID, name: "ha1" })],
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await sim.stop();
});

function settings(overrides: Partial<MegaportApiSettings> = {}): MegaportApiSettings {
  return {
    accessKey: sim.accessKey,
    secretKey: sim.secretKey,
    environment: "staging",
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    ...overrides,
  };
}

function connect(overrides: Partial<MegaportClientOptions> = {}): MegaportClient {
  const client = new MegaportClient({
    settings: settings(),
    deadline: Deadline.after(20_000),
    requestTimeoutMs: 5_000,
    retry: { attempts: 4, initialDelayMs: 5, maxDelayMs: 20, random: () => 0 },
    onRetry: (message) => retries.push(message),
    onSecret: (secret) => secrets.push(secret),
    ...overrides,
  });
  clients.push(client);
  return client;
}

const count = (path: string, status?: number) =>
  sim.requests.filter((r) => r.path === path && (status === undefined || r.status === status)).length;
const productPath = (uid: string) => `/v2/product/${uid}`;

test("one token (client credentials, basic auth) serves every product read of the run", async () => {
  const c = connect();
  const answers = await Promise.all([c.getProduct(MVE_UID), c.getProduct(VXC_UID), c.getProduct(MVE_UID)]);
  await c.getProduct(VXC_UID);
  expect(answers.map((a) => a.productName)).toEqual(["fw-0", "ha1", "fw-0"]);
  expect(count("/oauth2/token")).toBe(1);
  expect(count("/oauth2/token", 200)).toBe(1);
  expect(sim.tokensIssued).toBe(1);
  expect(count(productPath(MVE_UID), 200) + count(productPath(VXC_UID), 200)).toBe(4);
  expect(secrets).toHaveLength(1);
});

test("an expired token is replaced once (401, new token, same request again)", async () => {
  const c = connect();
  await c.getProduct(MVE_UID);
  sim.expireTokens();
  const data = await c.getProduct(MVE_UID);
  expect(data.productUid).toBe(MVE_UID);
  expect(sim.tokensIssued).toBe(2);
  expect(count(productPath(MVE_UID), 401)).toBe(1);
  expect(count(productPath(MVE_UID), 200)).toBe(2);
});

test("concurrent reads that meet an expired token share one new token", async () => {
  const c = connect();
  await c.getProduct(MVE_UID);
  sim.expireTokens();
  await Promise.all([c.getProduct(MVE_UID), c.getProduct(VXC_UID), c.getProduct(MVE_UID)]);
  expect(sim.tokensIssued).toBe(2);
});

test("a second 401 with a new token is an authentication error, not a loop", async () => {
  const c = connect();
  sim.queueFaults("product", [{ status: 401 }, { status: 401 }, { status: 401 }]);
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(MegaportAuthError);
  expect(sim.tokensIssued).toBe(2);
  expect(count(productPath(MVE_UID))).toBe(2);
});

test("rejected keys: an authentication error asked about once, naming neither key", async () => {
  const wrong = "wrong-Secret-42";
  const c = connect({ settings: settings({ secretKey: wrong }) });
  const errors = await Promise.all([c.getProduct(MVE_UID), c.getProduct(VXC_UID)].map((p) => p.catch((e: Error) => e)));
  for (const error of errors) {
    expect(error).toBeInstanceOf(MegaportAuthError);
    expect((error as Error).message).toMatch(
      /rejected MEGAPORT_ACCESS_KEY\/MEGAPORT_SECRET_KEY \(HTTP 401: invalid_client\)/,
    );
    expect((error as Error).message).not.toContain(wrong);
    expect((error as Error).message).not.toContain(sim.accessKey);
  }
  expect(count("/oauth2/token")).toBe(1);
  expect(count(productPath(MVE_UID))).toBe(0);
});

test("429 with Retry-After waits at least what the server asked, then succeeds", async () => {
  const c = connect();
  sim.queueFaults("product", [{ status: 429, retryAfter: "1" }]);
  await expect(c.getProduct(VXC_UID)).resolves.toMatchObject({ productUid: VXC_UID });
  expect(count(productPath(VXC_UID), 429)).toBe(1);
  expect(count(productPath(VXC_UID), 200)).toBe(1);
  // The backoff alone would wait 5 ms; the server asked for 1 s.
  expect(retries).toEqual([expect.stringMatching(/HTTP 429.*trying again in 1 s$/)]);
});

test("429 on the token endpoint is retried too", async () => {
  const c = connect();
  sim.queueFaults("token", [{ status: 429, retryAfter: "0" }, { status: 503 }]);
  await expect(c.getProduct(MVE_UID)).resolves.toMatchObject({ productUid: MVE_UID });
  expect(count("/oauth2/token")).toBe(3);
  expect(sim.tokensIssued).toBe(1);
});

test("a Retry-After beyond the command's deadline ends at once with the reason", async () => {
  const c = connect({ deadline: Deadline.after(10_000) });
  sim.queueFaults("product", [{ status: 429, retryAfter: "3600" }]);
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(/HTTP 429.*the next try \(in 3600 s\) would pass --timeout/);
  expect(count(productPath(MVE_UID))).toBe(1);
});

test("a 502/503 storm shorter than the attempts is ridden out", async () => {
  const c = connect();
  sim.queueFaults("product", [{ status: 502 }, { status: 503 }, { status: 502 }]);
  await expect(c.getProduct(MVE_UID)).resolves.toMatchObject({ productUid: MVE_UID });
  expect(count(productPath(MVE_UID))).toBe(4);
  expect(retries).toHaveLength(3);
});

test("a storm longer than the attempts ends after exactly the attempts, with the last status", async () => {
  const c = connect();
  sim.queueFaults(
    "product",
    Array.from({ length: 10 }, (_, i) => ({ status: i % 2 ? 502 : 503 })),
  );
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(MegaportUnavailableError);
  await expect(connect().getProduct(MVE_UID)).rejects.toThrow(/HTTP 50[23].*\(4 tries\)/);
  expect(count(productPath(MVE_UID))).toBe(8);
});

test("a slow answer times out and is asked again", async () => {
  const c = connect({ requestTimeoutMs: 200 });
  sim.queueFaults("product", [{ status: 200, delayMs: 2_000, body: "{}" }]);
  await expect(c.getProduct(MVE_UID)).resolves.toMatchObject({ productUid: MVE_UID });
  expect(count(productPath(MVE_UID))).toBe(2);
  expect(retries).toEqual([expect.stringMatching(/did not answer within 200 ms/)]);
});

test("an unknown UID is not found (404), without retries", async () => {
  const c = connect();
  await expect(c.getProduct("no-such-uid")).rejects.toThrow(MegaportNotFoundError);
  await expect(c.getProduct("no-such-uid")).rejects.toThrow(
    /no product no-such-uid in the Megaport staging API \(HTTP 404\)/,
  );
  expect(count(productPath("no-such-uid"))).toBe(2);
});

test("answers of another shape are answer errors: not JSON, no data object, token without expiry", async () => {
  const c = connect();
  sim.queueFaults("product", [{ status: 200, body: "<html>maintenance</html>" }]);
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(MegaportAnswerError);
  sim.queueFaults("product", [{ status: 200, body: JSON.stringify({ message: "ok", data: [] }) }]);
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(/without a "data" object/);
  const other = connect();
  sim.queueFaults("token", [{ status: 200, body: JSON.stringify({ access_token: "t", token_type: "Bearer" }) }]);
  await expect(other.getProduct(MVE_UID)).rejects.toThrow(/without a positive expires_in/);
});

test("nothing listens: unavailable after the attempts", async () => {
  await sim.stop();
  const c = connect();
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(
    /the Megaport access token: .* is unreachable \(ECONNREFUSED\) \(4 tries\)/,
  );
  sim = await startMegaportSim();
});

test("a spent --timeout asks nothing more and says so", async () => {
  const c = connect({ deadline: Deadline.after(0) });
  await expect(c.getProduct(MVE_UID)).rejects.toThrow(
    "the Megaport access token: not asked (0 tries, --timeout of 0 s spent)",
  );
  expect(sim.requests).toHaveLength(0);
});
