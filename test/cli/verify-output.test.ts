/**
 * What `mve-ha verify` prints for people: a duplicate --host is a usage error, a 403 says the
 * credentials were rejected and exits 2, an unreachable firewall is reported once (not once per
 * check), and the table fits 80 columns. The real checklist runs; loopback servers stand in.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CHECK_IDS } from "../../lib/verify";
import type { VerifyReport } from "../../lib/verify/types";
import { startSimulator, type Simulator } from "../simulator";
import { LEGACY } from "../verify/healthy-answers";
import { UNKNOWN_COMMAND } from "../verify/helpers";
import { mveHa } from "./harness";

const KEY = "k3y-for-output-tests";
let server: Server;
let port = 0;
let served = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      served++;
      const cmd = new URLSearchParams(body).get("cmd") ?? "";
      res.writeHead(200, { "content-type": "application/xml" });
      res.end(LEGACY[cmd] ?? UNKNOWN_COMMAND);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  served = 0;
});

const healthy = (...extra: string[]) => [
  "verify",
  "--host",
  "127.0.0.1",
  "--port",
  String(port),
  "--protocol",
  "http",
  ...extra,
];

test("a duplicate --host is a usage error naming it; nothing is sent", async () => {
  const { code, stdout, stderr } = await mveHa([...healthy(), "--host", "127.0.0.1"], { PANOS_API_KEY: KEY });
  expect(code).toBe(2);
  expect(stderr).toMatch(/--host 127\.0\.0\.1 is given twice/);
  expect(stdout).toBe("");
  expect(served).toBe(0);
});

test("the table fits 80 columns on a healthy firewall, every check listed", async () => {
  const { code, stdout } = await mveHa(healthy(), { PANOS_API_KEY: KEY });
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split("\n");
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  for (const id of CHECK_IDS) expect(stdout).toContain(`  ${id} `);
  expect(lines[lines.length - 1]).toBe(`Result: OK (${CHECK_IDS.length} pass)`);
});

describe("a firewall that cannot be asked", () => {
  let sim: Simulator;

  beforeEach(async () => {
    sim = await startSimulator({ host: "127.0.0.2", password: "right-password" });
  });

  afterEach(async () => {
    await sim.stop();
  });

  test("a 403 says the credentials were rejected, once, and exits 2 (as documented)", async () => {
    const args = ["verify", "--host", "127.0.0.2", "--port", String(sim.port), "--protocol", "http"];
    const { code, stdout } = await mveHa(args, { PANOS_USERNAME: "admin", PANOS_PASSWORD: "wrong-password" });
    expect(code).toBe(2);
    expect(stdout).toMatch(/credentials rejected/);
    expect(stdout).not.toMatch(/no answer/);
    // Wrapped at 80 columns: compare words, not lines.
    expect(stdout.replace(/\s+/g, " ").match(/rejected the username and password/g)).toHaveLength(1);
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    // The first refusal ends the run for this firewall: one keygen, nothing after it.
    expect(sim.requests.map((r) => r.type)).toEqual(["keygen"]);
  });

  test("an untrusted certificate is not 'no answer' either: exit 2", async () => {
    const tls = await startSimulator({ host: "127.0.0.3", tls: true, apiKey: KEY });
    try {
      const args = ["verify", "--host", "127.0.0.3", "--port", String(tls.port), "--protocol", "https"];
      const { code, stdout } = await mveHa(args, { PANOS_API_KEY: KEY });
      expect(code).toBe(2);
      expect(stdout).toMatch(/no trusted TLS connection to 127\.0\.0\.3/);
      expect(stdout).not.toMatch(/no answer/);
    } finally {
      await tls.stop();
    }
  });

  test("an unreachable firewall is reported once, not once per check; --json keeps every check", async () => {
    const stopped = sim.port;
    await sim.stop();
    const args = ["verify", "--host", "127.0.0.2", "--port", String(stopped), "--protocol", "http"];
    const { code, stdout } = await mveHa(args, { PANOS_API_KEY: KEY });
    expect(code).toBe(1);
    expect(stdout.replace(/\s+/g, " ").match(/no answer from 127\.0\.0\.2/g)).toHaveLength(1);
    expect(stdout).toMatch(new RegExp(`all ${CHECK_IDS.length} checks`));
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);

    const json = await mveHa([...args, "--json"], { PANOS_API_KEY: KEY });
    const report = JSON.parse(json.stdout) as VerifyReport;
    expect(report.firewalls[0].checks.map((c) => c.status)).toEqual(CHECK_IDS.map(() => "error"));
    expect(json.code).toBe(1);
  });
});
