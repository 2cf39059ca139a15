/**
 * `mve-ha verify --outputs FILE` end to end in-process: hosts and product UIDs from the outputs, the
 * Megaport checks in the report beside both firewalls, usage errors before anything is sent, the
 * loopback guard on the Megaport URLs, and no Megaport secret or token in any output.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mveHa, target } from "../cli/harness";
import { mve, startMegaportSim, vxc, type MegaportSim } from "../megaport-sim";
import { startSimulator, type Simulator } from "../simulator";

const PRODUCTS = {
  mves: ["mve-0", "mve-1"],
  haLinks: { ha1: "ha1", ha2: "ha2", ha3: "ha3" },
  managementInternet: ["mgmt-0", "mgmt-1"],
  cloudConnections: { aws: ["aws-0", "aws-1"] },
};
const VXC_UIDS = ["ha1", "ha2", "ha3", "mgmt-0", "mgmt-1", "aws-0", "aws-1"];

// Long enough not to occur inside other words: redaction masks every occurrence.
const PANOS_KEY = "panos-test-api-key-7f3a";
let megaport: MegaportSim;
let firewalls: [Simulator, Simulator];
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mve-ha-outputs-"));
  megaport = await startMegaportSim({
    products: [
      mve({ uid: "mve-0", name: "guide-fw-0" }),
      mve({ uid: "mve-1", name: "guide-fw-1" }),
      ...VXC_UIDS.map((uid) => vxc({ uid, name: `guide ${uid}` })),
    ],
  });
  const a = await startSimulator({ host: "127.0.0.2", hostname: "fw-0", apiKey: PANOS_KEY });
  const b = await startSimulator({ host: "127.0.0.3", port: a.port, hostname: "fw-1", apiKey: PANOS_KEY });
  firewalls = [a, b];
});

afterEach(async () => {
  await Promise.all([megaport.stop(), ...firewalls.map((f) => f.stop())]);
});

/** Writes outputs as cdktf deploy --outputs-file does (stack → outputs). */
function outputsFile(network: Record<string, unknown> = {}, stack = "network"): string {
  const file = join(dir, "outputs.json");
  const outputs = {
    "firewall-0-management-ip": "127.0.0.2",
    "firewall-1-management-ip": "127.0.0.3",
    "megaport-products": PRODUCTS,
    ...network,
  };
  writeFileSync(file, JSON.stringify({ [stack]: outputs, "firewall-0": {}, "firewall-1": {} }));
  return file;
}

/** --port/--protocol of the firewall simulators (both on one port). */
const connection = () => target(firewalls[0]).slice(2);
const panos = { PANOS_API_KEY: PANOS_KEY };
const firewallRequests = () => firewalls[0].requests.length + firewalls[1].requests.length;

interface Report {
  ok: boolean;
  firewalls: Array<{ host: string; checks: Array<{ id: string; status: string }> }>;
  megaport?: { checks: Array<{ id: string; status: string; detail: string }> };
}

test("--outputs checks both firewalls from the outputs and every Megaport product", async () => {
  const run = await mveHa(["verify", "--outputs", outputsFile(), ...connection(), "--json"], {
    ...panos,
    ...megaport.env(),
  });
  const report = JSON.parse(run.stdout) as Report;
  expect(report.firewalls.map((f) => f.host)).toEqual(["127.0.0.2", "127.0.0.3"]);
  expect(firewalls.every((f) => f.requests.length > 0)).toBe(true);
  expect(report.megaport?.checks).toEqual([
    { id: "megaport.mves", status: "pass", detail: "2 MVEs ready and up (LIVE)" },
    { id: "megaport.vxcs", status: "pass", detail: "7 VXCs ready and up (LIVE)" },
  ]);
  const asked = megaport.requests.filter((r) => r.path.startsWith("/v2/product/")).map((r) => r.path.slice(12));
  expect(asked.sort()).toEqual(["mve-0", "mve-1", ...VXC_UIDS].sort());
  // The unconfigured simulators fail the HA checks, so the run is not OK.
  expect(report.ok).toBe(false);
  expect(run.code).toBe(1);
});

test("the table shows a Megaport block naming a VXC shut down", async () => {
  megaport.patch("ha2", { shutdown: true });
  const run = await mveHa(["verify", "--outputs", outputsFile(), ...connection()], { ...panos, ...megaport.env() });
  expect(run.stdout).toMatch(/^Megaport: 1 fail, 1 pass$/m);
  expect(run.stdout).toMatch(/megaport\.vxcs\s+FAIL\s+HA2 link guide ha2 \(ha2\) is LIVE but shut down/);
  expect(run.code).toBe(1);
});

test("without Megaport keys the Megaport checks are skipped with the reason", async () => {
  const run = await mveHa(["verify", "--outputs", outputsFile(), ...connection(), "--json"], panos);
  const report = JSON.parse(run.stdout) as Report;
  expect(report.megaport?.checks.map((c) => [c.id, c.status, c.detail])).toEqual([
    [
      "megaport.mves",
      "skip",
      expect.stringMatching(/^no Megaport credentials: set MEGAPORT_ACCESS_KEY and MEGAPORT_SECRET_KEY/),
    ],
    ["megaport.vxcs", "skip", expect.stringMatching(/^no Megaport credentials/)],
  ]);
  expect(megaport.requests).toHaveLength(0);
});

test("--outputs with --host is a usage error (exit 2), before anything is sent", async () => {
  const run = await mveHa(["verify", "--outputs", outputsFile(), "--host", "127.0.0.2", ...connection()], panos);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/option '--outputs <file>' cannot be used with option '--host <address>'/);
  expect(firewallRequests()).toBe(0);
});

test("a missing file, a missing output or --outputs-stack alone are usage errors naming the problem", async () => {
  const missing = await mveHa(["verify", "--outputs", join(dir, "nope.json"), ...connection()], panos);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/cannot read --outputs .*nope\.json/);
  const older = await mveHa(
    ["verify", "--outputs", outputsFile({ "megaport-products": undefined }), ...connection()],
    panos,
  );
  expect(older.code).toBe(2);
  expect(older.stderr).toMatch(/stack network: no megaport-products output/);
  const alone = await mveHa(["verify", "--outputs-stack", "network", "--host", "127.0.0.2", ...connection()], panos);
  expect(alone.code).toBe(2);
  expect(alone.stderr).toMatch(/--outputs-stack chooses a stack of --outputs; give --outputs too/);
  expect(firewallRequests()).toBe(0);
});

test("a stack prefix is found; --json failures are JSON too", async () => {
  const run = await mveHa(["verify", "--outputs", outputsFile({}, "syd-network"), ...connection(), "--json"], panos);
  expect((JSON.parse(run.stdout) as Report).firewalls.map((f) => f.host)).toEqual(["127.0.0.2", "127.0.0.3"]);
  const bad = await mveHa(["verify", "--outputs", outputsFile({ "firewall-0-management-ip": 7 }), "--json"], panos);
  expect(bad.code).toBe(2);
  expect(JSON.parse(bad.stdout)).toEqual({
    ok: false,
    error: expect.stringMatching(/firewall-0-management-ip is 7, not an IPv4 address/),
    exitCode: 2,
  });
});

test("the loopback guard refuses a Megaport URL off 127.0.0.0/8 before anything is sent", async () => {
  const keys = { MEGAPORT_ACCESS_KEY: megaport.accessKey, MEGAPORT_SECRET_KEY: megaport.secretKey };
  const run = await mveHa(["verify", "--outputs", outputsFile(), ...connection()], { ...panos, ...keys });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /refusing the Megaport URL https:\/\/api-staging\.megaport\.com: MVE_HA_LOOPBACK_ONLY=1 allows only IPv4 addresses in 127\.0\.0\.0\/8; set MEGAPORT_API_URL/,
  );
  expect(firewallRequests()).toBe(0);
  const token = await mveHa(["verify", "--outputs", outputsFile(), ...connection()], {
    ...panos,
    ...megaport.env(),
    MEGAPORT_TOKEN_URL: "https://auth-m2m.megaport.com/oauth2/token",
  });
  expect(token.code).toBe(2);
  expect(token.stderr).toMatch(/refusing the Megaport URL https:\/\/auth-m2m\.megaport\.com\/oauth2\/token/);
});

test("one Megaport key without the other, or an unknown environment, is a usage error", async () => {
  const half = await mveHa(["verify", "--outputs", outputsFile(), ...connection()], {
    ...panos,
    MEGAPORT_ACCESS_KEY: "a",
  });
  expect(half.code).toBe(2);
  expect(half.stderr).toMatch(/MEGAPORT_ACCESS_KEY is set but MEGAPORT_SECRET_KEY is not/);
  const env = await mveHa(["verify", "--outputs", outputsFile(), ...connection()], {
    ...panos,
    ...megaport.env(),
    MEGAPORT_ENVIRONMENT: "prod",
  });
  expect(env.code).toBe(2);
  expect(env.stderr).toMatch(/MEGAPORT_ENVIRONMENT="prod" is not an environment/);
});

test("no Megaport secret or its basic-auth form is printed, even when the API echoes it", async () => {
  const basic = Buffer.from(`${megaport.accessKey}:${megaport.secretKey}`).toString("base64");
  megaport.queueFaults("product", [
    { status: 403, body: JSON.stringify({ message: `denied for ${megaport.secretKey} / Basic ${basic}` }) },
  ]);
  const runs = [
    await mveHa(["verify", "--outputs", outputsFile(), ...connection(), "--json"], { ...panos, ...megaport.env() }),
    await mveHa(["verify", "--outputs", outputsFile(), ...connection()], { ...panos, ...megaport.env() }),
  ];
  const printed = runs.map((r) => r.stdout + r.stderr).join("\n");
  expect(printed).toContain("[redacted]");
  for (const secret of [megaport.secretKey, basic, JSON.stringify(megaport.secretKey).slice(1, -1)]) {
    expect(printed).not.toContain(secret);
  }
  expect(printed).not.toMatch(/sim-token-/);
});

test("an access token the API echoes back is masked too", async () => {
  megaport.queueFaults("product", [{ status: 403, echoAuthorization: true }]);
  megaport.queueFaults("token", [{ status: 401, echoAuthorization: true }]);
  const rejected = await mveHa(["verify", "--outputs", outputsFile(), ...connection(), "--json"], {
    ...panos,
    ...megaport.env(),
  });
  // The token endpoint echoed the basic-auth header: masked.
  expect(rejected.stdout).toContain("you sent Basic [redacted]");
  const echoed = await mveHa(["verify", "--outputs", outputsFile(), ...connection(), "--json"], {
    ...panos,
    ...megaport.env(),
  });
  const printed = echoed.stdout + echoed.stderr;
  expect(printed).toContain("you sent Bearer [redacted]");
  expect(printed).not.toMatch(/sim-token-/);
  expect(megaport.tokensIssued).toBe(1);
});
