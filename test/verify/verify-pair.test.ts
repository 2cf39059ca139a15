import { CHECK_IDS, OP_COMMANDS, verifyPair, type FirewallTarget } from "../../lib/verify";
import { aaHaState } from "./aa-responses";
import { checkOf, scriptedTarget, statusesOf } from "./helpers";

describe("verifyPair", () => {
  test("reports every check id, in order, for every firewall", async () => {
    const report = await verifyPair([scriptedTarget("a", {}), scriptedTarget("b", {})]);
    expect(report.firewalls.map((f) => f.host)).toEqual(["a", "b"]);
    for (const firewall of report.firewalls) expect(firewall.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  test("a firewall that does not answer gets errors on all its checks; the other is still checked", async () => {
    const sent: string[] = [];
    const dead = scriptedTarget("b", { [OP_COMMANDS.haState]: new Error("connect ECONNREFUSED 192.0.2.2:443") }, sent);
    const report = await verifyPair([scriptedTarget("a", { [OP_COMMANDS.haState]: aaHaState() }), dead]);
    for (const check of report.firewalls[1].checks) {
      expect(check).toMatchObject({ status: "error", detail: "no answer from b: connect ECONNREFUSED 192.0.2.2:443" });
    }
    expect(sent).toEqual([OP_COMMANDS.haState]);
    expect(statusesOf(report, "a")["ha.local-state"]).toBe("pass");
    expect(report.ok).toBe(false);
  });

  test("after a transport failure mid-run nothing more is sent and the remaining checks say why", async () => {
    const sent: string[] = [];
    const firewall = scriptedTarget(
      "a",
      { [OP_COMMANDS.haState]: aaHaState(), [OP_COMMANDS.legacyBgpPeers]: new Error("socket hang up") },
      sent,
    );
    const report = await verifyPair([firewall]);
    expect(sent[sent.length - 1]).toBe(OP_COMMANDS.legacyBgpPeers);
    expect(sent).not.toContain(OP_COMMANDS.legacyBfd);
    for (const id of ["bgp.peers", "bfd.sessions", "routing.routes", "sessions.from-ha"]) {
      expect(checkOf(report, "a", id)).toMatchObject({ status: "error", detail: "no answer from a: socket hang up" });
    }
    expect(checkOf(report, "a", "ha.enabled").status).toBe("pass");
  });

  test("a device error answer becomes an error carrying the device's message", async () => {
    const report = await verifyPair([
      scriptedTarget("a", {
        [OP_COMMANDS.haState]: `<response status = 'error' code = '16'><result><msg>Unauthorized request</msg></result></response>`,
      }),
    ]);
    expect(checkOf(report, "a", "ha.enabled")).toMatchObject({
      status: "error",
      detail: "device answered error code 16: Unauthorized request",
    });
  });

  test("an HTML page instead of XML is an error, never a pass", async () => {
    const report = await verifyPair([
      scriptedTarget("a", { [OP_COMMANDS.haState]: "<html><body><h1>502 Bad Gateway</h1></body></html>" }),
    ]);
    expect(checkOf(report, "a", "ha.enabled")).toMatchObject({
      status: "error",
      detail: expect.stringMatching(/not a PAN-OS XML API response/),
    });
  });

  test("both firewalls are read in parallel", async () => {
    let releaseA: () => void = () => {};
    const gate = new Promise<void>((resolve) => (releaseA = resolve));
    let bStarted = false;
    const a: FirewallTarget = {
      host: "a",
      op: async () => {
        await gate;
        return aaHaState();
      },
    };
    const b: FirewallTarget = {
      host: "b",
      op: async () => {
        bStarted = true;
        releaseA();
        return aaHaState({ localState: "active-secondary", peerState: "active-primary", deviceId: "1" });
      },
    };
    await verifyPair([a, b]);
    expect(bStarted).toBe(true);
  });

  test("pair: two healthy members holding the same role fail ha.local-state on both, naming the other", async () => {
    const report = await verifyPair([
      scriptedTarget("a", { [OP_COMMANDS.haState]: aaHaState({ deviceId: "0" }) }),
      scriptedTarget("b", { [OP_COMMANDS.haState]: aaHaState({ deviceId: "1" }) }),
    ]);
    expect(checkOf(report, "a", "ha.local-state")).toMatchObject({
      status: "fail",
      detail:
        "both firewalls (this one and b) are active-primary; one must be active-primary, the other active-secondary",
    });
    expect(checkOf(report, "b", "ha.local-state").detail).toMatch(/this one and a/);
    expect(checkOf(report, "a", "ha.mode").status).toBe("pass");
  });

  test("pair: equal device IDs fail ha.mode on both", async () => {
    const report = await verifyPair([
      scriptedTarget("a", { [OP_COMMANDS.haState]: aaHaState({ deviceId: "0" }) }),
      scriptedTarget("b", {
        [OP_COMMANDS.haState]: aaHaState({
          deviceId: "0",
          localState: "active-secondary",
          peerState: "active-primary",
        }),
      }),
    ]);
    expect(checkOf(report, "a", "ha.mode")).toMatchObject({
      status: "fail",
      detail: "both firewalls (this one and b) use device ID 0; one must be 0, the other 1",
    });
    expect(checkOf(report, "b", "ha.mode").status).toBe("fail");
    expect(checkOf(report, "a", "ha.local-state").status).toBe("pass");
  });

  test("progress steps are reported per host", async () => {
    const steps: string[] = [];
    await verifyPair([scriptedTarget("a", { [OP_COMMANDS.haState]: aaHaState() })], {
      onStep: (host, step) => steps.push(`${host}:${step}`),
    });
    expect(steps).toEqual([
      "a:HA state",
      "a:BGP peers",
      "a:BFD sessions",
      "a:route table",
      "a:sessions",
      "a:configuration state",
    ]);
  });

  test("no targets is not ok", async () => {
    expect(await verifyPair([])).toEqual({ ok: false, firewalls: [] });
  });
});
