import { renderTable, verifyPair, type VerifyReport } from "../../../lib/verify";
import { parseXml, type XmlElement } from "../../../lib/xmlspec/xml";
import { contextFor, healthyPair, networkFor, pairTargets, runningConfig, type MemberSetup } from "./pair-fixture";
import { readBgpPeers } from "./device-config";
import { renderOperational } from "./index";

const A = "fw-0.example.net";
const B = "fw-1.example.net";

function ask(members: readonly [MemberSetup, MemberSetup], index: 0 | 1, cmd: string): string | undefined {
  return renderOperational(parseXml(cmd)[0], contextFor(members, index));
}

function check(report: VerifyReport, host: string, id: string) {
  const found = report.firewalls.find((f) => f.host === host)?.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} on ${host}`);
  return found;
}

const HA_STATE = "<show><high-availability><state/></high-availability></show>";
const stateOf = (xml: string | undefined) => /<local-info>.*?<state>([^<]*)<\/state>/.exec(xml ?? "")?.[1];
const peerStateOf = (xml: string | undefined) => /<peer-info><state>([^<]*)<\/state>/.exec(xml ?? "")?.[1];

describe("HA state follows the configuration", () => {
  test("device ID 0 is active-primary, 1 active-secondary; swapping the IDs swaps the roles", () => {
    const pair = healthyPair();
    expect([stateOf(ask(pair, 0, HA_STATE)), peerStateOf(ask(pair, 0, HA_STATE))]).toEqual([
      "active-primary",
      "active-secondary",
    ]);
    expect([stateOf(ask(pair, 1, HA_STATE)), peerStateOf(ask(pair, 1, HA_STATE))]).toEqual([
      "active-secondary",
      "active-primary",
    ]);
    const swapped = healthyPair([], [{ deviceId: "1" }, { deviceId: "0" }]);
    expect(stateOf(ask(swapped, 0, HA_STATE))).toBe("active-secondary");
    expect(stateOf(ask(swapped, 1, HA_STATE))).toBe("active-primary");
  });

  test("peer down: the survivor is active-primary, sees the peer unknown and every HA link down", async () => {
    const pair = healthyPair([{}, { up: false }]);
    const report = await verifyPair(pairTargets(pair));
    expect(check(report, A, "ha.local-state").detail).toBe("local state active-primary");
    expect(check(report, A, "ha.peer-state")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/^peer 10\.255\.0\.2 is unknown .*Never able to connect to peer/),
    });
    expect(check(report, A, "ha.links")).toMatchObject({
      status: "fail",
      detail: "HA1 down (Never able to connect to peer), HA2 down and HA3 down (Never able to connect to peer)",
    });
    expect(check(report, A, "ha.state-sync").detail).toBe(
      "session synchronization is HA1-peer-disconnected, expected Complete",
    );
    expect(check(report, A, "ha.config-sync").detail).toBe(
      "configuration sync state is unknown, expected synchronized",
    );
    expect(check(report, A, "sessions.from-ha").status).toBe("fail");
    for (const c of report.firewalls[1].checks)
      expect(c).toMatchObject({ status: "error", detail: `no answer from ${B}: connect ECONNREFUSED ${B}:443` });
    // The survivor's own routing is unaffected.
    for (const id of ["bgp.peers", "bgp.routes-received", "bfd.sessions", "routing.routes", "path-monitoring"]) {
      expect(check(report, A, id).status).toBe("pass");
    }
  });

  test("the secondary whose peer is down takes over as active-primary", () => {
    const pair = healthyPair([{ up: false }, {}]);
    expect(stateOf(ask(pair, 1, HA_STATE))).toBe("active-primary");
  });

  test("HA disabled: that firewall says enabled no; its peer cannot see it", async () => {
    const pair = healthyPair([], [{ haEnabled: false }]);
    expect(ask(pair, 0, HA_STATE)).toContain("<enabled>no</enabled>");
    const report = await verifyPair(pairTargets(pair));
    expect(check(report, A, "ha.enabled").status).toBe("fail");
    expect(check(report, A, "ha.mode").status).toBe("skip");
    expect(check(report, B, "ha.peer-state").detail).toMatch(/is unknown/);
  });

  test("mode mismatch: the A/P member fails ha.mode, the A/A member names the peer's mode", async () => {
    const report = await verifyPair(pairTargets(healthyPair([], [{ mode: "active-passive" }])));
    expect(check(report, A, "ha.mode").detail).toBe("HA mode is Active-Passive; this pair must run Active-Active");
    expect(check(report, B, "ha.mode").detail).toBe(
      "this firewall runs Active-Active but its peer reports Active-Passive",
    );
  });

  test("equal device IDs: both claim active-primary and the pair-level checks say so", async () => {
    const report = await verifyPair(pairTargets(healthyPair([], [{ deviceId: "0" }, { deviceId: "0" }])));
    expect(check(report, A, "ha.mode").detail).toBe(
      `both firewalls (this one and ${B}) use device ID 0; one must be 0, the other 1`,
    );
    expect(check(report, B, "ha.local-state").detail).toMatch(
      /both firewalls \(this one and fw-0\.example\.net\) are active-primary/,
    );
  });

  test("sync and monitoring switched off in the configuration fail their checks", async () => {
    const report = await verifyPair(
      pairTargets(healthyPair([], [{ configSync: false, stateSync: false, pathMonitoring: false }])),
    );
    expect(check(report, A, "ha.config-sync").detail).toBe(
      "configuration synchronization is disabled (running-sync-enabled no)",
    );
    expect(check(report, A, "ha.state-sync").detail).toBe("session synchronization is Disabled, expected Complete");
    expect(check(report, A, "path-monitoring").detail).toBe("HA path monitoring is disabled");
    expect(check(report, A, "sessions.from-ha").status).toBe("fail");
  });
});

describe("routing answers", () => {
  test("BGP peers from the running configuration; a peer the network does not offer stays in Connect", async () => {
    const pair = healthyPair([{ routing: [networkFor(0)[0]] }], [{ bgpConfig: true }]);
    const report = await verifyPair(pairTargets(pair));
    expect(check(report, A, "bgp.peers").detail).toBe(
      "azure (169.254.200.1, vr default) is Connect; 1 of 2 Established",
    );
    expect(check(report, A, "bfd.sessions").detail).toMatch(
      /^2 sessions up: 169\.254\.100\.1 on ethernet1\/1\.100 \(BGP\) and 169\.254\.200\.1 on ethernet1\/1\.200 \(BGP\)$/,
    );
  });

  test("legacy answers carry the real quirks: padded values, ip:port, padded flags", () => {
    const pair = healthyPair();
    const bfd = ask(pair, 0, "<show><routing><bfd><summary/></bfd></routing></show>") ?? "";
    expect(bfd).toContain("<interface>ethernet1/1.100 </interface>");
    expect(bfd).toContain("<protocol>BGP </protocol>");
    expect(bfd).toContain("<up-time>0d 1h 0m 0s 0ms </up-time>");
    const peers = ask(pair, 0, "<show><routing><protocol><bgp><peer/></bgp></protocol></routing></show>") ?? "";
    expect(peers).toContain('<entry peer="aws" vr="default">');
    expect(peers).toContain("<peer-address>169.254.100.1:179</peer-address>");
    const routes = ask(pair, 0, "<show><routing><route/></routing></show>") ?? "";
    expect(routes).toContain("<flags>A B   </flags>");
    const down = healthyPair([{ health: { bfdDown: ["169.254.100.1"] } }]);
    const downBfd = ask(down, 0, "<show><routing><bfd><summary/></bfd></routing></show>") ?? "";
    expect(downBfd).toMatch(
      /<discriminator-remote>0x0<\/discriminator-remote><state-local>down<\/state-local><up-time\/>/,
    );
  });

  test("a prefix from two neighbours is ECMP", () => {
    const [aws, azure] = networkFor(0);
    const pair = healthyPair([{ routing: [aws, { ...azure, prefixes: ["10.1.0.0/16"] }] }]);
    expect(ask(pair, 0, "<show><routing><route/></routing></show>")).toContain("<flags>A B E </flags>");
  });

  test("engines: legacy commands are deprecated under Advanced Routing; advanced commands unknown on legacy", () => {
    const legacy = healthyPair();
    expect(ask(legacy, 0, "<show><advanced-routing><route/></advanced-routing></show>")).toBeUndefined();
    for (const setup of [
      healthyPair([{ health: { advancedRouting: true } }]),
      healthyPair([], [{ advanceRouting: true }]),
    ]) {
      expect(ask(setup, 0, "<show><routing><route/></routing></show>")).toBe(
        '<response status="error"><msg><line>Command deprecated in Advanced Routing Mode.</line></msg></response>',
      );
      expect(ask(setup, 0, "<show><advanced-routing><route/></advanced-routing></show>")).toMatch(
        /^<response status="success"><result><json>\{/,
      );
    }
  });

  test("unknown commands are left to the core; unknown session ids are code 7", () => {
    const pair = healthyPair();
    expect(ask(pair, 0, "<show><system><info/></system></show>")).toBeUndefined();
    expect(ask(pair, 0, "<show><session><id>999</id></session></show>")).toMatch(/status="error" code="7"/);
  });
});

describe("hostile values", () => {
  test("peer names from the configuration are escaped in XML and reach the report unchanged", async () => {
    const hostile = `evil<peer>&"x'\u001b[31m`;
    // The peers come from the running configuration: rename the aws peer and the peer group there.
    const renamed = (e: XmlElement): XmlElement => {
      const name = { aws: hostile, clouds: `</peer-group><x/>` }[e.attributes.name ?? ""];
      const attributes = e.name === "entry" && name !== undefined ? { ...e.attributes, name } : e.attributes;
      return { ...e, attributes, children: e.children.map(renamed) };
    };
    const running = renamed(runningConfig(0));
    expect(readBgpPeers(running).map((p) => [p.name, p.group])).toEqual([
      [hostile, "</peer-group><x/>"],
      ["azure", "</peer-group><x/>"],
    ]);
    const pair = healthyPair([{ running }]);
    const xml = ask(pair, 0, "<show><routing><protocol><bgp><peer/></bgp></protocol></routing></show>") ?? "";
    expect(xml).not.toContain("<peer>");
    expect(xml).not.toContain("<x/>");
    const report = await verifyPair(pairTargets(pair));
    expect(check(report, A, "bgp.peers").detail).toContain(`${hostile} (169.254.100.1, vr default)`);
    expect(renderTable(report)).not.toContain("\u001b");
  });

  test("a hostile running configuration value is escaped too and reaches the report unchanged", async () => {
    const hostile = `10.255.0.2</ha1-ipaddr><state>active-primary</state>&amp;`;
    const replaceText = (e: XmlElement): XmlElement =>
      e.text === "10.255.0.2" ? { ...e, text: hostile } : { ...e, children: e.children.map(replaceText) };
    const pair = healthyPair([{ running: replaceText(runningConfig(0)) }]);
    const xml = ask(pair, 0, HA_STATE) ?? "";
    expect(xml).toContain("&lt;/ha1-ipaddr&gt;&lt;state&gt;");
    const report = await verifyPair(pairTargets(pair));
    expect(check(report, A, "ha.peer-state")).toEqual({
      id: "ha.peer-state",
      status: "pass",
      detail: `peer ${hostile} is active-secondary`,
    });
  });
});
