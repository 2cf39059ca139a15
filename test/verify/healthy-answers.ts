/** Answers of a healthy Active/Active member on which every verify check passes, for fault tests. */
import { OP_COMMANDS } from "../../lib/verify";
import { sessionDetailCommand } from "../../lib/verify/commands";
import { aaHaState, PATH_MONITORING_UP } from "./aa-responses";
import { ok } from "./helpers";

export const LEGACY_PEERS = ok(
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
  [
    [1, 100],
    [2, 200],
  ]
    .map(
      ([id, vlan]) =>
        `<entry><session-id>${id}</session-id><interface>ethernet1/1.${vlan} </interface><protocol>BGP </protocol>` +
        `<local-ip-address>169.254.${vlan}.2</local-ip-address><neighbor-ip-address>169.254.${vlan}.1</neighbor-ip-address><state-local>up</state-local></entry>`,
    )
    .join(""),
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

/** `show jobs all` with the boot-time auto-commit and one later commit, both OK. */
export function jobList(last: { readonly result?: string; readonly status?: string; readonly details?: string } = {}) {
  const job = (id: number, type: string, status: string, result: string, details: string) =>
    `<job><tenq>2026/12/03 10:0${id}:00</tenq><id>${id}</id><user/><type>${type}</type><status>${status}</status>` +
    `<queued>NO</queued><stoppable>no</stoppable><result>${result}</result><tfin>2026/12/03 10:0${id}:30</tfin>` +
    `<description/><progress>100</progress><details><line>${details}</line></details><warnings/></job>`;
  return ok(
    job(
      2,
      "Commit",
      last.status ?? "FIN",
      last.result ?? "OK",
      last.details ?? "Configuration committed successfully",
    ) + job(1, "AutoCom", "FIN", "OK", "Configuration committed successfully"),
  );
}

/** A healthy Active/Active member on the legacy routing engine: every check passes. */
export const LEGACY: Readonly<Record<string, string>> = {
  [OP_COMMANDS.haState]: aaHaState(),
  [OP_COMMANDS.haPathMonitoring]: ok(PATH_MONITORING_UP),
  [OP_COMMANDS.legacyBgpPeers]: LEGACY_PEERS,
  [OP_COMMANDS.legacyBfd]: LEGACY_BFD,
  [OP_COMMANDS.legacyRoutes]: LEGACY_ROUTES,
  [OP_COMMANDS.sessions]: SESSIONS,
  [sessionDetailCommand("5")]: SESSION_DETAIL,
  [OP_COMMANDS.pendingChanges]: ok("no"),
  [OP_COMMANDS.configLocks]: ok("<config-locks/>"),
  [OP_COMMANDS.commitLocks]: ok("<commit-locks/>"),
  [OP_COMMANDS.jobs]: jobList(),
  [OP_COMMANDS.jumboFrame]: ok("on"),
};

/** The same member on the Advanced Routing Engine. */
export const ADVANCED: Readonly<Record<string, string>> = {
  ...LEGACY,
  [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
  [OP_COMMANDS.advancedBgpPeers]: ARE_PEERS,
  [OP_COMMANDS.advancedBfd]: LEGACY_BFD,
  [OP_COMMANDS.advancedRoutes]: ARE_ROUTES,
};
