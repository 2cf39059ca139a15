/**
 * A simulated Active/Active pair for tests: running configurations shaped like the firewall
 * constructs push them (HA per research/panos-xmlapi.md §2.1: HA1/HA2/HA3 on ethernet1/2–4, route-based
 * redundancy, path monitoring on the virtual router; VLAN subinterfaces of ethernet1/1 for AWS on 100
 * and Azure on 200 in the zone, the router with their BGP peers, vsys1 importing them, the BFD
 * profile: a configuration the simulator commits), the BGP neighbours the simulated network offers
 * each firewall, and verify targets whose `op` calls the renderer directly.
 */
import { el, entry, members, parseXml, yesNo, type XmlElement } from "../../../lib/xmlspec/xml";
import type { FirewallTarget } from "../../../lib/verify";
import { renderOperational } from "./index";
import type { HealthFaults, OperationalContext, SimulatedBgpPeer } from "./types";

/** Per-member choices. */
export interface MemberOptions {
  readonly deviceId?: string;
  readonly haEnabled?: boolean;
  readonly mode?: "active-active" | "active-passive";
  readonly pathMonitoring?: boolean;
  readonly stateSync?: boolean;
  readonly configSync?: boolean;
  /** Write the virtual router's BGP peers into the running config (without them the firewall has no peers). @default true */
  readonly bgpConfig?: boolean;
  readonly advanceRouting?: boolean;
}

const HA1 = ["10.255.0.1", "10.255.0.2"];
const HA2 = ["10.255.1.1", "10.255.1.2"];
const SUBINTERFACES = ["ethernet1/1.100", "ethernet1/1.200"];

/** The cloud neighbours offered to firewall 0 or 1: AWS on VLAN 100, Azure on VLAN 200, BFD on both. */
export function networkFor(index: 0 | 1): SimulatedBgpPeer[] {
  return [
    {
      name: "aws",
      peerGroup: "clouds",
      virtualRouter: "default",
      peerAddress: `169.254.10${index}.1`,
      localAddress: `169.254.10${index}.2`,
      remoteAs: "64512",
      bfd: true,
      prefixes: ["10.1.0.0/16", "10.2.0.0/16"],
    },
    {
      name: "azure",
      peerGroup: "clouds",
      virtualRouter: "default",
      peerAddress: `169.254.20${index}.1`,
      localAddress: `169.254.20${index}.2`,
      remoteAs: "12076",
      bfd: true,
      prefixes: ["10.20.0.0/16"],
    },
  ];
}

function haBlock(index: 0 | 1, o: MemberOptions): XmlElement {
  const mode =
    (o.mode ?? "active-active") === "active-active"
      ? el("active-active", [
          el("device-id", o.deviceId ?? String(index)),
          el("tentative-hold-time", "60"),
          el("network-configuration", [el("sync", [el("virtual-router", "no"), el("qos", "no")])]),
          el("session-owner-selection", [el("first-packet", [el("session-setup", [el("ip-modulo")])])]),
        ])
      : el("active-passive", [el("passive-link-state", "auto")]);
  const pathMonitoring = el("path-monitoring", [
    el("enabled", yesNo(o.pathMonitoring ?? true)),
    el("failure-condition", "any"),
    el("path-group", [
      el("virtual-router", [
        entry("default", [
          el("enabled", "yes"),
          el("failure-condition", "any"),
          el("ping-interval", "200"),
          el("ping-count", "10"),
          el("destination-ip-group", [
            entry("clouds", [
              el("enabled", "yes"),
              el("failure-condition", "all"),
              el("destination-ip", members(networkFor(index).map((p) => p.peerAddress))),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
  return el("high-availability", [
    el("enabled", yesNo(o.haEnabled ?? true)),
    el("group", [
      el("group-id", "10"),
      el("peer-ip", HA1[1 - index]),
      el("mode", [mode]),
      el("configuration-synchronization", [el("enabled", yesNo(o.configSync ?? true))]),
      el("election-option", [
        el("device-priority", index === 0 ? "90" : "100"),
        el("preemptive", "no"),
        el("timers", [el("recommended")]),
      ]),
      el("state-synchronization", [el("enabled", yesNo(o.stateSync ?? true)), el("transport", "ethernet")]),
      el("monitoring", [pathMonitoring]),
    ]),
    el("interface", [
      el("ha1", [el("port", "ethernet1/2"), el("ip-address", HA1[index]), el("netmask", "255.255.255.252")]),
      el("ha2", [el("port", "ethernet1/3"), el("ip-address", HA2[index]), el("netmask", "255.255.255.252")]),
      el("ha3", [el("port", "ethernet1/4")]),
    ]),
  ]);
}

function network(index: 0 | 1, o: MemberOptions): XmlElement {
  const peers = networkFor(index);
  const units = [100, 200].map((vlan, i) =>
    entry(`ethernet1/1.${vlan}`, [el("tag", String(vlan)), el("ip", [entry(`${peers[i].localAddress}/30`)])]),
  );
  const bgp =
    (o.bgpConfig ?? true) &&
    el("protocol", [
      el("bgp", [
        el("enable", "yes"),
        el("local-as", "65010"),
        el("global-bfd", [el("profile", "clouds-bfd")]),
        el("peer-group", [
          entry("clouds", [
            el("peer", [
              ...peers.map((p, i) =>
                entry(p.name, [
                  el("peer-as", p.remoteAs),
                  el("peer-address", [el("ip", p.peerAddress)]),
                  el("local-address", [
                    el("interface", `ethernet1/1.${[100, 200][i]}`),
                    el("ip", `${p.localAddress}/30`),
                  ]),
                ]),
              ),
            ]),
          ]),
        ]),
      ]),
    ]);
  return el("network", [
    el("profiles", [el("bfd-profile", [entry("clouds-bfd", [el("min-tx-interval", "300")])])]),
    el("interface", [
      el("ethernet", [
        entry("ethernet1/1", [el("layer3", [el("units", units)])]),
        ...["ethernet1/2", "ethernet1/3", "ethernet1/4"].map((name) => entry(name, [el("ha")])),
      ]),
    ]),
    el("virtual-router", [entry("default", [el("interface", members(SUBINTERFACES)), bgp])]),
  ]);
}

/** vsys1: imports the data interfaces and the router; the zone holds the subinterfaces. */
function vsys1(): XmlElement {
  return entry("vsys1", [
    el("import", [
      el("network", [
        el("interface", members(["ethernet1/1", ...SUBINTERFACES])),
        el("virtual-router", members(["default"])),
      ]),
    ]),
    el("zone", [entry("clouds", [el("network", [el("layer3", members(SUBINTERFACES))])])]),
  ]);
}

/** The running configuration of member 0 or 1. */
export function runningConfig(index: 0 | 1, o: MemberOptions = {}): XmlElement {
  return el("config", [
    el("devices", [
      entry("localhost.localdomain", [
        el("deviceconfig", [
          el("system", [el("hostname", `fw-${index}`)]),
          el("setting", [
            el("jumbo-frame", [el("mtu", "9192")]),
            o.advanceRouting === true && el("advance-routing", "yes"),
          ]),
          haBlock(index, o),
        ]),
        network(index, o),
        el("vsys", [vsys1()]),
      ]),
    ]),
  ]);
}

/** What a test controls for one member. */
export interface MemberSetup {
  readonly host: string;
  readonly running: XmlElement;
  readonly up?: boolean;
  readonly health?: HealthFaults;
  readonly routing?: readonly SimulatedBgpPeer[];
}

/** The operational context of member `index` as the simulator core would pass it. */
export function contextFor(members: readonly [MemberSetup, MemberSetup], index: 0 | 1): OperationalContext {
  const self = members[index];
  const peer = members[1 - index];
  const peerUp = peer.up ?? true;
  return {
    running: self.running,
    peerRunning: peerUp ? peer.running : undefined,
    peerUp,
    health: self.health ?? {},
    peerHealth: peer.health ?? {},
    routing: self.routing ?? networkFor(index),
  };
}

/** Code 17, as the simulator core answers commands nobody renders. */
const UNKNOWN = `<response status="error" code="17"><msg><line><![CDATA[ show -> x is unexpected]]></line></msg></response>`;

/** Verify targets for the pair (a member that is down rejects like a dead host). */
export function pairTargets(members: readonly [MemberSetup, MemberSetup]): [FirewallTarget, FirewallTarget] {
  const target = (index: 0 | 1): FirewallTarget => ({
    host: members[index].host,
    op: async (cmd: string) => {
      if (members[index].up === false) throw new Error(`connect ECONNREFUSED ${members[index].host}:443`);
      const [root] = parseXml(cmd);
      return renderOperational(root, contextFor(members, index)) ?? UNKNOWN;
    },
  });
  return [target(0), target(1)];
}

/** A healthy pair with per-member overrides. */
export function healthyPair(
  overrides: readonly [Partial<MemberSetup>?, Partial<MemberSetup>?] = [],
  options: readonly [MemberOptions?, MemberOptions?] = [],
): [MemberSetup, MemberSetup] {
  const member = (index: 0 | 1): MemberSetup => ({
    host: `fw-${index}.example.net`,
    running: runningConfig(index, options[index]),
    ...overrides[index],
  });
  return [member(0), member(1)];
}
