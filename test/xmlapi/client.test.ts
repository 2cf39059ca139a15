import { readFileSync } from "node:fs";
import { PanosClient, type ClientOptions, type Credentials } from "../../lib/xmlapi/client";
import { Deadline } from "../../lib/xmlapi/deadline";
import {
  DeadlineExceededError,
  OutcomeUnknownError,
  PanosApiError,
  PanosAuthError,
  PanosTlsError,
  PanosUnavailableError,
} from "../../lib/xmlapi/errors";
import { path, textOf } from "../../lib/xmlspec/xml";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";

const SYSTEM = `${DEVICE_ROOT}/deviceconfig/system`;
const FAST_RETRY = { attempts: 4, initialDelayMs: 5, maxDelayMs: 20 };

let sim: Simulator;
const clients: PanosClient[] = [];

function client(credentials: Credentials, options: Partial<ClientOptions> = {}): PanosClient {
  const created = new PanosClient({
    endpoint: { host: sim.host, port: sim.port, protocol: "http" },
    credentials,
    deadline: Deadline.after(10_000),
    retry: FAST_RETRY,
    ...options,
  });
  clients.push(created);
  return created;
}

const withPassword = () => client({ username: sim.username, password: sim.password });

beforeEach(async () => {
  sim = await startSimulator({ password: "pw-for-client-tests", commitMs: 50 });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await sim.stop();
});

describe("keygen and keys", () => {
  test("keygen once, then every request carries the key (in the header, never the URL or body)", async () => {
    const secrets: string[] = [];
    const api = client({ username: sim.username, password: sim.password }, { onSecret: (s) => secrets.push(s) });
    await api.get(SYSTEM);
    await api.get(SYSTEM);
    expect(secrets).toEqual([sim.apiKey]);
    expect(sim.requests.filter((r) => r.type === "keygen")).toHaveLength(1);
  });

  test("a wrong password is an authentication error naming no credential", async () => {
    const api = client({ username: "admin", password: "wrong-password" });
    await expect(api.get(SYSTEM)).rejects.toThrow(PanosAuthError);
    await expect(api.get(SYSTEM)).rejects.toThrow(/rejected the username and password \(Invalid credentials\.\)/);
  });

  test("a rejected API key is regenerated once from the username and password", async () => {
    const api = client({ apiKey: sim.apiKey, username: sim.username, password: sim.password });
    await api.get(SYSTEM);
    sim.rotateApiKey();
    await expect(api.get(SYSTEM)).resolves.toBeDefined();
    expect(sim.requests.filter((r) => r.type === "keygen")).toHaveLength(1);
  });

  test("a rejected API key without a username and password fails clearly", async () => {
    const api = client({ apiKey: "not-the-key" });
    await expect(api.get(SYSTEM)).rejects.toThrow(/rejected the API key/);
    expect(sim.requests.filter((r) => r.type === "keygen")).toHaveLength(0);
  });
});

describe("configuration", () => {
  test("get of an absent node is undefined (code 7), not an error", async () => {
    await expect(withPassword().get(`${SYSTEM}/no-such-thing`)).resolves.toBeUndefined();
  });

  test("set merges, edit replaces, delete removes; get reads the candidate and show the running config", async () => {
    const api = withPassword();
    await api.set(SYSTEM, "<dns-setting><servers><primary>192.0.2.53</primary></servers></dns-setting>");
    await api.edit(`${SYSTEM}/type`, "<type><static/></type>");
    const system = await api.get(SYSTEM);
    expect(textOf(path(system, "hostname"))).toBe("PA-VM");
    expect(textOf(path(system, "dns-setting", "servers", "primary"))).toBe("192.0.2.53");
    expect(path(system, "type")?.children.map((c) => c.name)).toEqual(["static"]);
    expect(path(await api.show(SYSTEM), "dns-setting")).toBeUndefined();
    await api.delete(`${SYSTEM}/dns-setting`);
    await api.delete(`${SYSTEM}/dns-setting`);
    expect(path(await api.get(SYSTEM), "dns-setting")).toBeUndefined();
    expect(sim.writes).toBe(3);
  });

  test("a validation failure is a typed error with the device's lines", async () => {
    sim.setFaults([{ kind: "invalid", match: { action: "set" }, lines: [" system -> bogus unexpected here"] }]);
    const error = await withPassword()
      .set(SYSTEM, "<bogus>1</bogus>")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanosApiError);
    expect(error).toMatchObject({ code: 12, lines: ["system -> bogus unexpected here"] });
  });

  test("show of a node that does not exist is undefined", async () => {
    await expect(withPassword().show(`${SYSTEM}/nothing`)).resolves.toBeUndefined();
  });
});

describe("transient failures", () => {
  test.each([
    ["connection reset", { kind: "reset" as const, times: 2 }],
    ["502 HTML page", { kind: "bad-gateway" as const, times: 2 }],
    ["503", { kind: "service-unavailable" as const, times: 2 }],
    ["session timeout (code 22)", { kind: "session-timeout" as const, times: 2 }],
  ])("a read survives %s twice with bounded retries, and reports each retry", async (_name, fault) => {
    const api = withPassword();
    await api.keygen();
    sim.setFaults([{ ...fault, match: { type: "config" } }]);
    const retries: string[] = [];
    const retrying = client({ username: sim.username, password: sim.password }, { onRetry: (m) => retries.push(m) });
    await expect(retrying.get(SYSTEM)).resolves.toBeDefined();
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/retrying get \/config\/devices.* \(2\/4\)/);
  });

  test("a read gives up after the attempt limit with a clear error", async () => {
    sim.setFaults([{ kind: "bad-gateway", match: { type: "config" }, times: 10 }]);
    const error = await withPassword()
      .get(SYSTEM)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanosUnavailableError);
    expect((error as Error).message).toMatch(/answered HTTP 502/);
    expect(sim.requests.filter((r) => r.type === "config")).toHaveLength(FAST_RETRY.attempts);
  });

  test("a slow reply times out per request and is retried", async () => {
    sim.setFaults([{ kind: "slow", delayMs: 400, match: { type: "op" } }]);
    const api = client({ username: sim.username, password: sim.password }, { requestTimeoutMs: 100 });
    await expect(api.opText("<show><chassis-ready/></show>")).resolves.toBe("yes");
    await new Promise((resolve) => setTimeout(resolve, 400)); // the slow reply is logged once sent
    expect(sim.requests.filter((r) => r.type === "op")).toHaveLength(2);
  });

  test("a write whose connection dropped after the device acted is not re-sent: its outcome is unknown", async () => {
    const api = withPassword();
    await api.keygen();
    sim.setFaults([{ kind: "reset", when: "after", match: { action: "set" } }]);
    await expect(api.set(SYSTEM, "<timezone>UTC</timezone>")).rejects.toThrow(OutcomeUnknownError);
    expect(sim.writes).toBe(1);
    expect(sim.requests.filter((r) => r.action === "set")).toHaveLength(1);
  });

  test("a write refused before it was sent (connection refused while restarting) is retried", async () => {
    const api = client(
      { username: sim.username, password: sim.password },
      { retry: { attempts: 30, initialDelayMs: 50, maxDelayMs: 100 } },
    );
    await api.keygen();
    const rebooted = sim.reboot();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    await rebooted;
    expect(sim.requests.filter((r) => r.action === "set")).toHaveLength(1);
    expect(textOf(path(sim.candidate.children[2].children[0], "deviceconfig", "system", "timezone"))).toBe("UTC");
  });

  test("the deadline bounds retries", async () => {
    sim.setFaults([{ kind: "service-unavailable", times: 100 }]);
    const api = client(
      { username: sim.username, password: sim.password },
      { deadline: Deadline.after(150), retry: { attempts: 100, initialDelayMs: 40, maxDelayMs: 40 } },
    );
    await expect(api.get(SYSTEM)).rejects.toThrow(DeadlineExceededError);
  });

  test("a single try cut short by the deadline reports the deadline, not an unreachable device", async () => {
    sim.setFaults([{ kind: "slow", delayMs: 2_000, match: { type: "op" } }]);
    const api = client({ apiKey: sim.apiKey }, { deadline: Deadline.after(150) });
    const error = await api.opText("<show><chassis-ready/></show>", { attempts: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as Error).message).toMatch(
      /^timed out after [\d.]+ s: op show chassis-ready on 127\.0\.0\.1 \(127\.0\.0\.1:\d+ did not answer within \d+ ms\)$/,
    );
  });
});

describe("TLS", () => {
  let secure: Simulator;
  beforeEach(async () => {
    secure = await startSimulator({ tls: true, host: "127.0.0.2", password: "pw" });
  });
  afterEach(async () => {
    await secure.stop();
  });
  const tlsClient = (ca: string | undefined, insecure = false) =>
    client(
      { username: "admin", password: "pw" },
      { endpoint: { host: secure.host, port: secure.port, protocol: "https", ca, insecure } },
    );

  test("verification on by default: an unknown CA is refused, with a hint, and not retried", async () => {
    const error = await tlsClient(undefined)
      .get(SYSTEM)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanosTlsError);
    expect((error as Error).message).toMatch(/pass --ca-file .* or --insecure/);
    expect(secure.requests).toHaveLength(0);
  });

  test("the CA file is trusted; --insecure skips verification", async () => {
    const ca = readFileSync(secure.caFile as string, "utf8");
    await expect(tlsClient(ca).get(SYSTEM)).resolves.toBeDefined();
    await expect(tlsClient(undefined, true).get(SYSTEM)).resolves.toBeDefined();
  });
});

test("op commands: raw body for any status, typed errors from op()", async () => {
  const api = withPassword();
  const raw = await api.opRaw("<show><no-such-command/></show>");
  expect(raw).toMatch(/status="error" code="17"/);
  await expect(api.op("<show><no-such-command/></show>")).rejects.toThrow(/code 17, invalid command/);
  const info = await api.op("<show><system><info/></system></show>");
  expect(textOf(path(info, "result", "system", "model"))).toBe("PA-VM");
});
