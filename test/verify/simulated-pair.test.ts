/**
 * `verifyPair` against two full PAN-OS simulators over HTTP (loopback): the simulator core answers
 * the operator-state commands from the device's own state (pending edits, jobs, locks, jumbo-frame
 * mode after a restart), so a healthy pair passes all checks and each injected condition fails
 * exactly its check.
 */
import { request } from "undici";
import { CHECK_IDS, verifyPair, type FirewallTarget, type VerifyReport } from "../../lib/verify";
import { renderXml } from "../../lib/xmlspec/xml";
import { startSimulator, type Simulator } from "../simulator";
import { networkFor, runningConfig } from "../simulator/operational/pair-fixture";

const KEY = "K";
let sims: [Simulator, Simulator];

async function send(sim: Simulator, params: Record<string, string>): Promise<string> {
  const response = await request(sim.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-pan-key": KEY },
    body: new URLSearchParams(params).toString(),
  });
  return response.body.text();
}

function targetOf(sim: Simulator): FirewallTarget {
  return { host: sim.host, op: (cmd) => send(sim, { type: "op", cmd }) };
}

async function verify(): Promise<VerifyReport> {
  return verifyPair(sims.map(targetOf));
}

/** Every check that is not `pass`, as `host id status`. */
function nonPassing(report: VerifyReport): string[] {
  return report.firewalls.flatMap((f) =>
    f.checks.filter((c) => c.status !== "pass").map((c) => `${f.host} ${c.id} ${c.status}`),
  );
}

beforeEach(async () => {
  const start = (index: 0 | 1, port?: number) =>
    startSimulator({
      apiKey: KEY,
      host: `127.0.0.${index + 2}`,
      port,
      hostname: `fw-${index}`,
      commitMs: 10,
      rebootMs: 10,
      routing: networkFor(index),
      initialConfig: renderXml(runningConfig(index)),
    });
  const a = await start(0);
  sims = [a, await start(1, a.port)];
  sims[0].link(sims[1]);
  // Jumbo-frame mode follows the operational command at boot, as `mve-ha prepare` sets it.
  for (const sim of sims) {
    await send(sim, {
      type: "op",
      cmd: "<set><system><setting><jumbo-frame>on</jumbo-frame></setting></system></set>",
    });
    await sim.reboot();
    await sim.waitUntilReady();
  }
  expect(sims.map((s) => s.jumboMode)).toEqual([true, true]);
});

afterEach(async () => {
  await Promise.all(sims.map((s) => s.stop()));
});

test("a healthy simulated pair passes every check on both firewalls", async () => {
  const report = await verify();
  expect(nonPassing(report)).toEqual([]);
  expect(report.firewalls.map((f) => f.checks.length)).toEqual([CHECK_IDS.length, CHECK_IDS.length]);
  expect(report.ok).toBe(true);
});

test("a config lock and a commit lock held by another administrator fail config.locks", async () => {
  sims[0].setFaults([
    { kind: "config-lock", admin: "ops", comment: "change 42" },
    { kind: "commit-lock", admin: "ops" },
  ]);
  const report = await verify();
  expect(nonPassing(report)).toEqual(["127.0.0.2 config.locks fail"]);
  expect(report.firewalls[0].checks.find((c) => c.id === "config.locks")?.detail).toBe(
    "config lock held by ops (shared: change 42) and commit lock held by ops (shared)",
  );
});

test("an uncommitted edit fails config.pending; a failed commit of it fails jobs.recent too", async () => {
  const xpath = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig/system";
  await send(sims[1], { type: "config", action: "set", xpath, element: "<login-banner>maintenance</login-banner>" });
  expect(nonPassing(await verify())).toEqual(["127.0.0.3 config.pending fail"]);

  sims[1].setFaults([{ kind: "commit-fail", details: ["Validation Error: login-banner is invalid"] }]);
  await send(sims[1], { type: "commit", cmd: "<commit></commit>" });
  while (sims[1].commits.some((c) => c.result === "PEND")) await new Promise((resolve) => setImmediate(resolve));
  const report = await verify();
  expect(nonPassing(report)).toEqual(["127.0.0.3 config.pending fail", "127.0.0.3 jobs.recent fail"]);
  expect(report.firewalls[1].checks.find((c) => c.id === "jobs.recent")?.detail).toMatch(
    /^the last commit failed: Commit job \d+ FAIL: Validation Error: login-banner is invalid$/,
  );
});

test("jumbo-frame mode off after a restart fails system.jumbo-frames", async () => {
  await send(sims[0], {
    type: "op",
    cmd: "<set><system><setting><jumbo-frame>off</jumbo-frame></setting></system></set>",
  });
  await sims[0].reboot();
  await sims[0].waitUntilReady();
  expect(nonPassing(await verify())).toEqual(["127.0.0.2 system.jumbo-frames fail"]);
});
