/**
 * A firewall answer cut short must never pass a check: for each op command of a healthy pair, every
 * (sampled) cut point of its answer turns the checks that read it into `error`.
 */
import { CHECK_IDS, OP_COMMANDS, verifyPair, type CheckId, type VerifyReport } from "../../lib/verify";
import { sessionDetailCommand } from "../../lib/verify/commands";
import { cutPoints } from "../xmlspec/truncation";
import { aaHaState, PATH_MONITORING_UP } from "./aa-responses";
import { capture, checkOf, ok, scriptedTarget, statusesOf } from "./helpers";

const HOST = "fw";

const LEGACY_PEERS = ok(
  ["aws 169.254.100.1", "azure 169.254.200.1"]
    .map((p) => p.split(" "))
    .map(
      ([name, ip]) =>
        `<entry peer="${name}" vr="default"><peer-group>clouds</peer-group><remote-as>64512</remote-as>` +
        `<status>Established</status><peer-address>${ip}:179</peer-address>` +
        `<prefix-counter><entry afi-safi="bgpAfiIpv4-unicast"><incoming-accepted>3</incoming-accepted></entry></prefix-counter></entry>`,
    )
    .join(""),
);
const LEGACY_BFD = ok(
  `<entry><session-id>1</session-id><interface>ethernet1/1.100 </interface><protocol>BGP </protocol>` +
    `<local-ip-address>169.254.100.2</local-ip-address><neighbor-ip-address>169.254.100.1</neighbor-ip-address><state-local>up</state-local></entry>`,
);
const LEGACY_ROUTES = ok(
  `<entry><virtual-router>default</virtual-router><destination>10.1.0.0/16</destination><nexthop>169.254.100.1</nexthop><flags>A?B   </flags><interface>ethernet1/1.100</interface></entry>`,
);
const SESSIONS = ok(
  `<entry><idx>5</idx><source>10.1.0.5</source><dst>10.2.0.9</dst><application>ssl</application><state>ACTIVE</state><type>FLOW</type></entry>`,
);
const SESSION_DETAIL = ok(`<slot>1</slot><application>ssl</application><sess-ha-sync>True</sess-ha-sync>`);
const DEPRECATED = `<response status="error"><msg><line>Command deprecated in Advanced Routing Mode.</line></msg></response>`;
const ARE_PEERS = ok(`<json>{"lr1": {
  "aws": {"state": "Established", "peer-ip": "169.254.100.1", "detail": {"addressFamilyInfo": {"ipv4Unicast": {"acceptedPrefixCounter": 3}}}},
  "azure": {"state": "Established", "peer-ip": "169.254.200.1", "detail": {"addressFamilyInfo": {"ipv4Unicast": {"acceptedPrefixCounter": 2}}}}}}</json>`);
const ARE_ROUTES = ok(`<json>{"lr1": {"10.1.0.0/16": [{"prefix": "10.1.0.0/16", "protocol": "bgp", "installed": true,
  "nexthops": [{"ip": "169.254.100.1", "fib": true}]}]}}</json>`);

/** A healthy Active/Active member on the legacy routing engine: every check passes. */
const LEGACY: Readonly<Record<string, string>> = {
  [OP_COMMANDS.haState]: aaHaState(),
  [OP_COMMANDS.haPathMonitoring]: ok(PATH_MONITORING_UP),
  [OP_COMMANDS.legacyBgpPeers]: LEGACY_PEERS,
  [OP_COMMANDS.legacyBfd]: LEGACY_BFD,
  [OP_COMMANDS.legacyRoutes]: LEGACY_ROUTES,
  [OP_COMMANDS.sessions]: SESSIONS,
  [sessionDetailCommand("5")]: SESSION_DETAIL,
};

/** The same member on the Advanced Routing Engine. */
const ADVANCED: Readonly<Record<string, string>> = {
  ...LEGACY,
  [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
  [OP_COMMANDS.advancedBgpPeers]: ARE_PEERS,
  [OP_COMMANDS.advancedBfd]: LEGACY_BFD,
  [OP_COMMANDS.advancedRoutes]: ARE_ROUTES,
};

const HA_IDS = CHECK_IDS.filter((id) => id.startsWith("ha."));

/** The checks that read each answer, and so must be `error` when it is cut short. */
const READERS: ReadonlyArray<readonly [string, Readonly<Record<string, string>>, string, readonly CheckId[]]> = [
  ["HA state", LEGACY, OP_COMMANDS.haState, [...HA_IDS, "path-monitoring", "sessions.from-ha"]],
  ["path monitoring", LEGACY, OP_COMMANDS.haPathMonitoring, ["path-monitoring"]],
  ["legacy BGP peers", LEGACY, OP_COMMANDS.legacyBgpPeers, ["bgp.peers", "bgp.routes-received"]],
  ["legacy BFD", LEGACY, OP_COMMANDS.legacyBfd, ["bfd.sessions"]],
  ["legacy routes", LEGACY, OP_COMMANDS.legacyRoutes, ["routing.routes"]],
  ["session table", LEGACY, OP_COMMANDS.sessions, ["sessions.from-ha"]],
  ["session detail", LEGACY, sessionDetailCommand("5"), ["sessions.from-ha"]],
  ["ARE BGP peers", ADVANCED, OP_COMMANDS.advancedBgpPeers, ["bgp.peers", "bgp.routes-received"]],
  ["ARE BFD", ADVANCED, OP_COMMANDS.advancedBfd, ["bfd.sessions"]],
  ["ARE routes", ADVANCED, OP_COMMANDS.advancedRoutes, ["routing.routes"]],
];

async function verifyWith(answers: Readonly<Record<string, string>>): Promise<VerifyReport> {
  return verifyPair([scriptedTarget(HOST, answers)]);
}

describe("truncated answers never pass a check", () => {
  test.each([
    ["legacy", LEGACY],
    ["advanced", ADVANCED],
  ])("the uncut %s answers pass every check (the baseline the cuts are measured against)", async (_n, answers) => {
    const report = await verifyWith(answers);
    expect(Object.values(statusesOf(report, HOST))).toEqual(CHECK_IDS.map(() => "pass"));
    expect(report.ok).toBe(true);
  });

  test.each(READERS)("a cut %s answer makes its checks error", async (_what, answers, command, readers) => {
    const body = answers[command];
    const wrong: string[] = [];
    const points = cutPoints(body, 120);
    for (const n of points) {
      const report = await verifyWith({ ...answers, [command]: body.slice(0, n) });
      for (const id of readers) {
        const check = checkOf(report, HOST, id);
        if (check.status !== "error") wrong.push(`cut ${n}: ${id}=${check.status}`);
      }
      if (report.ok) wrong.push(`cut ${n}: ok=true`);
    }
    expect(points.length).toBeGreaterThan(50);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test("BGP peers with the second peer down: no cut point gives bgp.peers=pass; every one gives error", async () => {
    const body = capture("show-routing-protocol-bgp-peer__established-and-connect");
    const uncut = await verifyWith({ ...LEGACY, [OP_COMMANDS.legacyBgpPeers]: body });
    expect(checkOf(uncut, HOST, "bgp.peers").status).toBe("fail");
    const statuses = new Map<string, number>();
    const points = cutPoints(body, 100_000);
    for (const n of points) {
      const report = await verifyWith({ ...LEGACY, [OP_COMMANDS.legacyBgpPeers]: body.slice(0, n) });
      const status = checkOf(report, HOST, "bgp.peers").status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(points.length).toBe(body.trimEnd().length);
    expect(Object.fromEntries(statuses)).toEqual({ error: points.length });
  });
});
