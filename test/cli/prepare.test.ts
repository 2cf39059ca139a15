import type { XmlSpec } from "../../lib/xmlspec/spec";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { indexesOf, login, mveHa, simulatorOp, specFile, target } from "./harness";

const DEVICE_SETTINGS: XmlSpec = {
  version: 1,
  name: "device-settings",
  requiresReboot: true,
  operations: [
    {
      action: "set",
      xpath: `${DEVICE_ROOT}/deviceconfig/setting`,
      element: "<jumbo-frame><mtu>9192</mtu></jumbo-frame>",
    },
    { action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<mtu>1500</mtu>" },
  ],
};

let sim: Simulator;

afterEach(async () => {
  await sim.stop();
});

const prepare = (spec: XmlSpec, ...extra: string[]) =>
  mveHa(["prepare", ...target(sim), "--spec-file", specFile(spec), ...extra], login(sim));

const JUMBO_ON = "<set><system><setting><jumbo-frame>on</jumbo-frame></setting></system></set>";
/** Indexes of the requests for `set system setting jumbo-frame` and for the restart, in order. */
const jumboCommands = () => indexesOf(sim, (r) => r.type === "op" && (r.cmd ?? "").includes("<set><system><setting>"));
const restarts = () => indexesOf(sim, (r) => r.type === "op" && (r.cmd ?? "").includes("<restart>"));

test("prepare waits for the boot, applies, commits, sets jumbo-frame mode, restarts and waits again", async () => {
  // The auto-commit after the restart must outlast a poll however loaded the machine: a 30 ms one
  // was over before a delayed poll saw it (CI), and "waiting for AutoCom" was never printed.
  sim = await startSimulator({
    password: "prepare-pw",
    bootDelayMs: 60,
    rebootMs: 50,
    commitMs: 30,
    autoCommitMs: 1_000,
  });
  const { code, stdout, stderr } = await prepare(DEVICE_SETTINGS);
  expect(code).toBe(0);
  expect(stdout).toMatch(/commit job \d+ OK/);
  expect(stdout).toMatch(/127\.0\.0\.1: prepared \(2 changed, restarted, jumbo frames on\)\n$/);
  expect(stderr).toMatch(/wait for 127\.0\.0\.1 to be ready …/);
  expect(stderr).toMatch(
    /set jumbo-frame mode on on 127\.0\.0\.1 …\n {2}Device is now in Jumbo-Frame mode, please reboot device\n/,
  );
  expect(stderr).toMatch(/restart requested/);
  expect(stderr).toMatch(/waiting for AutoCom job \d+/);
  expect(sim.requests[jumboCommands()[0]].cmd).toBe(JUMBO_ON);
  expect(jumboCommands()).toHaveLength(1);
  expect(restarts()).toHaveLength(1);
  expect(jumboCommands()[0]).toBeLessThan(restarts()[0]);
  expect(sim.boots).toBe(2);
  expect(sim.jumboMode).toBe(true);
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);

  const again = await prepare(DEVICE_SETTINGS, "--json");
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({
    ok: true,
    changed: 0,
    jumboFrameModeSet: false,
    rebooted: false,
    jumboFrames: true,
    commit: { result: "no-changes" },
  });
  expect(jumboCommands()).toHaveLength(1);
  expect(sim.boots).toBe(2);
  expect(sim.commits).toHaveLength(1);
});

test("jumbo-frame mode still off after the command and the restart: exit 1 with what to do", async () => {
  sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20 });
  sim.setFaults([{ kind: "jumbo-stays-off" }]);
  const { code, stderr } = await prepare(DEVICE_SETTINGS);
  expect(code).toBe(1);
  expect(stderr).toContain(
    "127.0.0.1 runs with jumbo-frame mode off but the spec sets it on even after `set system setting jumbo-frame on` " +
      "and a restart; on the firewall run `set system setting jumbo-frame on`, restart it, and check " +
      "`show system setting jumbo-frame`",
  );
  expect(jumboCommands()).toHaveLength(1);
  expect(sim.boots).toBe(2);
});

test("committed before but never restarted: the next prepare sets the mode and restarts without writing", async () => {
  sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20 });
  await sim.waitUntilReady();
  const applied = await mveHa(
    ["apply", ...target(sim), "--spec-file", specFile(DEVICE_SETTINGS), "--commit"],
    login(sim),
  );
  expect(applied.code).toBe(0);
  expect(sim.jumboMode).toBe(false);
  const writes = sim.writes;
  const { code, stdout } = await prepare(DEVICE_SETTINGS, "--json");
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ changed: 0, jumboFrameModeSet: true, rebooted: true, jumboFrames: true });
  expect(sim.writes).toBe(writes);
  expect(jumboCommands()[0]).toBeLessThan(restarts()[0]);
});

describe("the jumbo-frame command refused", () => {
  const refuse = () =>
    sim.setFaults([
      { kind: "invalid", match: { cmd: "<jumbo-frame>on" }, lines: [" set -> system -> setting is busy"] },
    ]);

  test("tolerated when the mode is right after the restart (an earlier request already asked for it)", async () => {
    sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20 });
    await sim.waitUntilReady();
    await simulatorOp(sim, JUMBO_ON);
    refuse();
    const { code, stdout, stderr } = await prepare(DEVICE_SETTINGS);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /refused \(checked after the restart\): op set system setting jumbo-frame on on 127\.0\.0\.1 was refused \(code 12, invalid object\): set -> system -> setting is busy/,
    );
    expect(stdout).toContain("prepared (2 changed, restarted, jumbo frames on)");
    expect(sim.jumboMode).toBe(true);
  });

  test("reported with the refusal when the mode is still wrong after the restart", async () => {
    sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20 });
    refuse();
    const { code, stderr } = await prepare(DEVICE_SETTINGS);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /runs with jumbo-frame mode off but the spec sets it on even after `set system setting jumbo-frame on` and a restart \(the command was refused: op set system setting jumbo-frame on on 127\.0\.0\.1 was refused \(code 12, invalid object\): set -> system -> setting is busy\); on the firewall run/,
    );
    expect(sim.boots).toBe(2);
  });
});

test("a spec that removes jumbo frames from a device in jumbo mode turns the mode off", async () => {
  sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20 });
  await sim.waitUntilReady();
  await simulatorOp(sim, JUMBO_ON);
  await sim.reboot();
  await sim.waitUntilReady();
  expect(sim.jumboMode).toBe(true);
  const off: XmlSpec = {
    ...DEVICE_SETTINGS,
    operations: [{ action: "delete", xpath: `${DEVICE_ROOT}/deviceconfig/setting/jumbo-frame` }],
  };
  const { code, stdout } = await prepare(off);
  expect(code).toBe(0);
  expect(stdout).toContain("prepared (0 changed, restarted, jumbo frames off)");
  const commands = jumboCommands().map((index) => sim.requests[index].cmd);
  expect(commands).toEqual([JUMBO_ON, "<set><system><setting><jumbo-frame>off</jumbo-frame></setting></system></set>"]);
  expect(sim.jumboMode).toBe(false);
});

test("a spec that needs no restart does not restart", async () => {
  sim = await startSimulator({ password: "prepare-pw", commitMs: 20 });
  const spec = { ...DEVICE_SETTINGS, requiresReboot: false, operations: [DEVICE_SETTINGS.operations[1]] };
  const { code, stdout } = await prepare(spec);
  expect(code).toBe(0);
  expect(stdout).toContain("prepared (1 changed)");
  expect(sim.boots).toBe(1);
});

test("only a change by an operation that needs a restart restarts: a DNS-only change commits without one", async () => {
  sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20 });
  const boot = { ...DEVICE_SETTINGS.operations[0], requiresReboot: true };
  const dns = (server: string) => ({
    action: "set" as const,
    xpath: `${DEVICE_ROOT}/deviceconfig/system`,
    element: `<dns-setting><servers><primary>${server}</primary></servers></dns-setting>`,
    requiresReboot: false,
  });
  const first = await prepare({ ...DEVICE_SETTINGS, operations: [boot, dns("192.0.2.53")] });
  expect(first.stdout).toContain("prepared (2 changed, restarted, jumbo frames on)");
  expect(sim.boots).toBe(2);
  const second = await prepare({ ...DEVICE_SETTINGS, operations: [boot, dns("192.0.2.54")] });
  expect(second.code).toBe(0);
  expect(second.stdout).toContain("prepared (1 changed, jumbo frames on)");
  expect(sim.boots).toBe(2);
  expect(sim.commits.map((c) => c.result)).toEqual(["OK", "OK"]);
});

describe("403 while the firewall restarts", () => {
  const SIMPLE: XmlSpec = { ...DEVICE_SETTINGS, operations: [DEVICE_SETTINGS.operations[0]] };
  const afterRestart = () => sim.requests.slice(restarts()[0] + 1);

  beforeEach(async () => {
    sim = await startSimulator({ password: "prepare-pw", rebootMs: 30, commitMs: 20, credentialsRefusedMs: 200 });
    await sim.waitUntilReady();
  });

  test("after its own restart prepare waits through 'Invalid credentials.', generating the key again", async () => {
    const { code, stdout, stderr } = await prepare(SIMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain("prepared (1 changed, restarted, jumbo frames on)");
    expect(stderr).toMatch(
      /management API refuses the credentials while restarting: 127\.0\.0\.1 rejected the username and password \(Invalid credentials\.\)/,
    );
    const keygens = afterRestart().filter((r) => r.type === "keygen");
    expect(keygens.map((r) => r.outcome)).toContain(403);
    expect(keygens.at(-1)?.outcome).toBe(200);
    expect(sim.boots).toBe(2);
  });

  test("with an API key only, the same key is tried again until accepted", async () => {
    const { code } = await mveHa(["prepare", ...target(sim), "--spec-file", specFile(SIMPLE)], {
      PANOS_API_KEY: sim.apiKey,
    });
    expect(code).toBe(0);
    expect(afterRestart().filter((r) => r.outcome === 403).length).toBeGreaterThan(0);
    expect(sim.requests.filter((r) => r.type === "keygen")).toHaveLength(0);
    expect(sim.jumboMode).toBe(true);
  });
});

test.each([
  ["up for an hour before the run (the simulator's default)", {}],
  ["booted 1.1 s before the run", { uptimeAtStartS: 0, waitMs: 1_100 }],
])(
  "a restart quicker than the polls is still noticed (the uptime went backwards), so prepare does not wait for --timeout: %s",
  async (_, { uptimeAtStartS, waitMs }: { uptimeAtStartS?: number; waitMs?: number }) => {
    sim = await startSimulator({ password: "prepare-pw", rebootMs: 1, commitMs: 20, uptimeAtStartS });
    if (waitMs) await new Promise((resolve) => setTimeout(resolve, waitMs)); // uptime ≥ 1 s before the restart
    const { code, stdout, stderr } = await prepare(DEVICE_SETTINGS, "--timeout", "5");
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(stdout).toMatch(/prepared \(2 changed, restarted, jumbo frames on\)/);
    expect(sim.boots).toBe(2);
  },
);

test("the simulator reports the uptime it was started with, and counts from 0 after a restart", async () => {
  sim = await startSimulator({ password: "prepare-pw", rebootMs: 1, uptimeAtStartS: 2 * 86_400 + 3_723 });
  const uptime = async () =>
    /<uptime>([^<]*)<\/uptime>/.exec(await simulatorOp(sim, "<show><system><info/></system></show>"))?.[1];
  expect(await uptime()).toBe("2 days, 1:02:03");
  await sim.reboot();
  expect(await uptime()).toMatch(/^0 days, 0:00:0\d$/);
});
