import { CHECK_IDS, OP_COMMANDS, verifyPair } from "../../lib/verify";
import { parseHaState } from "../../lib/verify/parse/ha-state";
import { aaHaState, pathMonitoring } from "./aa-responses";
import { capture, checkOf, ok, resultOf, scriptedTarget, statusesOf } from "./helpers";

async function verifyHaAnswer(body: string, extra: Record<string, string> = {}) {
  return verifyPair([scriptedTarget("fw", { [OP_COMMANDS.haState]: body, ...extra })]);
}

describe("HA state parsing on real captures", () => {
  test("PA-VM 8.1, peer never connected", () => {
    const state = parseHaState(resultOf(capture("show-high-availability-state__pa-vm-8.1-peer-down")));
    expect(state).toMatchObject({
      enabled: true,
      mode: "Active-Passive",
      local: { state: "active", stateSync: "HA1-peer-disconnected", stateSyncType: "ethernet" },
      peer: {
        state: "unknown",
        connectionStatus: "down",
        connectionDownReason: "Never able to connect to peer",
        address: "192.0.2.1",
        links: [
          { link: "HA1", status: "down", downReason: "Never able to connect to peer" },
          { link: "HA2", status: "down" },
        ],
      },
      runningSync: "unknown",
      runningSyncEnabled: true,
    });
  });

  test("PA-5250 9.1 with HA1-backup and a recorded peer error", () => {
    const state = parseHaState(resultOf(capture("show-high-availability-state__pa5250-9.1-active-passive")));
    expect(state.peer.links.map((l) => `${l.link} ${l.status}`)).toEqual(["HA1 up", "HA1-backup up", "HA2 up"]);
    expect(state.peer).toMatchObject({
      state: "passive",
      lastErrorState: "non-functional",
      lastErrorReason: "Link down",
    });
  });

  test("HA disabled", () => {
    expect(parseHaState(resultOf(capture("show-high-availability-state__ha-disabled"))).enabled).toBe(false);
  });

  test("an answer without <enabled> is refused", () => {
    expect(() => parseHaState(resultOf(ok("<group/>")))).toThrow(/enabled/);
  });
});

describe("HA checks", () => {
  test("HA disabled: ha.enabled fails, the rest of HA and what depends on it is skipped", async () => {
    const report = await verifyHaAnswer(capture("show-high-availability-state__ha-disabled"));
    const statuses = statusesOf(report, "fw");
    expect(statuses["ha.enabled"]).toBe("fail");
    expect(checkOf(report, "fw", "ha.enabled").detail).toMatch(/HA is not enabled/);
    for (const id of CHECK_IDS.filter((c) => c.startsWith("ha.") && c !== "ha.enabled")) {
      expect(statuses[id]).toBe("skip");
    }
    expect(statuses["sessions.from-ha"]).toBe("skip");
    expect(statuses["path-monitoring"]).toBe("skip");
    expect(report.ok).toBe(false);
  });

  test("A/P firewall whose peer never connected: each HA check names what is wrong", async () => {
    const report = await verifyHaAnswer(capture("show-high-availability-state__pa-vm-8.1-peer-down"));
    expect(checkOf(report, "fw", "ha.enabled").status).toBe("pass");
    expect(checkOf(report, "fw", "ha.mode")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/Active-Passive; this pair must run Active-Active/),
    });
    expect(checkOf(report, "fw", "ha.local-state")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/^local state is active \(an Active\/Passive state/),
    });
    expect(checkOf(report, "fw", "ha.peer-state")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/peer 192\.0\.2\.1 is unknown .*Never able to connect to peer/),
    });
    expect(checkOf(report, "fw", "ha.links")).toMatchObject({
      status: "fail",
      detail: "HA1 down (Never able to connect to peer) and HA2 down",
    });
    expect(checkOf(report, "fw", "ha.state-sync")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/HA1-peer-disconnected/),
    });
    expect(checkOf(report, "fw", "ha.config-sync")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/unknown/),
    });
    // The dedicated path-monitoring command is unknown here: the summary inside the state is used.
    expect(checkOf(report, "fw", "path-monitoring")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/no path group/),
    });
  });

  test("healthy A/P PA-5060: sync passes, HA3 is unknown (not reported, no HA3 port) so links is an error", async () => {
    const report = await verifyHaAnswer(capture("show-high-availability-state__pa5060-7.1-active-passive"));
    expect(checkOf(report, "fw", "ha.state-sync")).toMatchObject({
      status: "pass",
      detail: "session synchronization Complete over ethernet",
    });
    expect(checkOf(report, "fw", "ha.config-sync").status).toBe("pass");
    expect(checkOf(report, "fw", "ha.links")).toMatchObject({
      status: "error",
      detail: expect.stringMatching(/^status unknown: HA3 .*; HA1 up, HA2 up and heartbeat-backup up$/),
    });
    expect(checkOf(report, "fw", "ha.peer-state").detail).toMatch(
      /passive \(an Active\/Passive state.*last error: suspended \(User requested\)/,
    );
    expect(checkOf(report, "fw", "path-monitoring")).toMatchObject({
      status: "fail",
      detail: "HA path monitoring is disabled",
    });
  });

  test("healthy A/A member passes every HA check", async () => {
    const report = await verifyHaAnswer(aaHaState());
    expect(checkOf(report, "fw", "ha.mode").detail).toBe("Active-Active, device ID 0");
    expect(checkOf(report, "fw", "ha.local-state").detail).toBe("local state active-primary");
    expect(checkOf(report, "fw", "ha.peer-state").detail).toBe("peer 10.250.0.12 is active-secondary");
    expect(checkOf(report, "fw", "ha.links").detail).toBe("HA1 up, HA2 up and HA3 up");
    for (const id of [...CHECK_IDS.filter((c) => c.startsWith("ha.")), "path-monitoring"]) {
      expect(checkOf(report, "fw", id).status).toBe("pass");
    }
  });

  test.each([
    ["tentative", /tentative \(path down: /],
    ["non-functional", /non-functional \(/],
    ["suspended", /suspended \(/],
    ["initial", /initial \(/],
  ])("local state %s is not healthy and is explained", async (state, explained) => {
    const report = await verifyHaAnswer(aaHaState({ localState: state }));
    expect(checkOf(report, "fw", "ha.local-state")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(explained),
    });
  });

  test("peer tentative fails ha.peer-state and names the path-down state", async () => {
    const report = await verifyHaAnswer(aaHaState({ peerState: "tentative" }));
    expect(checkOf(report, "fw", "ha.peer-state")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/^peer 10\.250\.0\.12 is tentative \(path down/),
    });
    expect(checkOf(report, "fw", "ha.local-state").status).toBe("pass");
  });

  test("both members claiming the same role fail on one firewall too", async () => {
    const report = await verifyHaAnswer(aaHaState({ peerState: "active-primary" }));
    expect(checkOf(report, "fw", "ha.peer-state").detail).toMatch(/also active-primary/);
  });

  test("HA3 down is named; the up links are listed after it", async () => {
    const report = await verifyHaAnswer(aaHaState({ links: { ha3: "down" } }));
    expect(checkOf(report, "fw", "ha.links")).toMatchObject({ status: "fail", detail: "HA3 down; HA1 up and HA2 up" });
  });

  test("HA3 missing from the summary falls back to the HA3 port's link state", async () => {
    const up = await verifyHaAnswer(aaHaState({ withHa3: false }), {
      "<show><interface>ethernet1/4</interface></show>": ok("<hw><name>ethernet1/4</name><state>up</state></hw>"),
    });
    expect(checkOf(up, "fw", "ha.links")).toMatchObject({
      status: "pass",
      detail: "HA1 up, HA2 up and HA3 (port ethernet1/4 link) up",
    });
    const down = await verifyHaAnswer(aaHaState({ withHa3: false }), {
      "<show><interface>ethernet1/4</interface></show>": ok("<hw><name>ethernet1/4</name><state>down</state></hw>"),
    });
    expect(checkOf(down, "fw", "ha.links")).toMatchObject({
      status: "fail",
      detail: "HA3 (port ethernet1/4 link) down; HA1 up and HA2 up",
    });
    const unknown = await verifyHaAnswer(aaHaState({ withHa3: false }));
    expect(checkOf(unknown, "fw", "ha.links")).toMatchObject({
      status: "error",
      detail: expect.stringMatching(/HA3 \(port ethernet1\/4: device answered error code 17/),
    });
  });

  test("state sync and config sync name the reported state", async () => {
    const report = await verifyHaAnswer(aaHaState({ stateSync: "Incomplete", runningSync: "not synchronized" }));
    expect(checkOf(report, "fw", "ha.state-sync").detail).toBe(
      "session synchronization is Incomplete, expected Complete",
    );
    expect(checkOf(report, "fw", "ha.config-sync").detail).toBe(
      "configuration sync state is not synchronized, expected synchronized",
    );
  });

  test("path monitoring: a failed group is named with its down destinations", async () => {
    const report = await verifyHaAnswer(aaHaState({ pathMonitoring: pathMonitoring("down", ["down", "down"]) }));
    expect(checkOf(report, "fw", "path-monitoring")).toMatchObject({
      status: "fail",
      detail: "path group virtual-router default failed (198.51.100.1 down and 198.51.100.2 down)",
    });
  });

  test("path monitoring: without group status the failure condition decides", async () => {
    const anyDown = await verifyHaAnswer(aaHaState({ pathMonitoring: pathMonitoring("", ["down", "up"], "any") }));
    expect(checkOf(anyDown, "fw", "path-monitoring").status).toBe("fail");
    // A down destination fails the check either way; the detail says whether HA failed over for it.
    expect(checkOf(anyDown, "fw", "path-monitoring").detail).toMatch(/virtual-router default failed/);
    const allNeeded = await verifyHaAnswer(aaHaState({ pathMonitoring: pathMonitoring("", ["down", "up"], "all") }));
    expect(checkOf(allNeeded, "fw", "path-monitoring")).toMatchObject({
      status: "fail",
      detail:
        "path group virtual-router default (198.51.100.1 down); group condition all not met: no failover for it yet",
    });
  });

  test("path monitoring prefers the dedicated command's answer", async () => {
    const report = await verifyHaAnswer(aaHaState(), {
      [OP_COMMANDS.haPathMonitoring]: ok(
        pathMonitoring("down", ["down", "up"]).replace(/^<path-monitoring>|<\/path-monitoring>$/g, ""),
      ),
    });
    expect(checkOf(report, "fw", "path-monitoring")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/198\.51\.100\.1 down/),
    });
  });
});
