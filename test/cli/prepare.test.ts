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
  sim = await startSimulator({ password: "prepare-pw", bootDelayMs: 60, rebootMs: 50, commitMs: 30 });
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

test("wait-ready follows a boot: 502 pages, chassis not ready, auto-commit, then ready", async () => {
  sim = await startSimulator({ password: "prepare-pw", bootDelayMs: 400, commitMs: 40 });
  const { code, stdout, stderr } = await mveHa(["wait-ready", ...target(sim)], login(sim));
  expect(code).toBe(0);
  expect(stdout).toMatch(/^127\.0\.0\.1: ready \(after [\d.]+ s\)\n$/);
  expect(stderr).toMatch(/answered HTTP 502/);
  expect(stderr).toMatch(/waiting for AutoCom job 1: ACT/);
});

test("wait-ready gives up at --timeout with the last reason, exit 3", async () => {
  sim = await startSimulator({ password: "prepare-pw", bootDelayMs: 60_000 });
  const { code, stderr } = await mveHa(["wait-ready", ...target(sim), "--timeout", "0.3"], login(sim));
  expect(code).toBe(3);
  expect(stderr).toMatch(/timed out after 0.3 s: 127\.0\.0\.1 not ready: management API not answering: .*HTTP 502/);
});
