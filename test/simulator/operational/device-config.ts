/**
 * Reads the parts of a running configuration the operational answers derive from: the HA block
 * (`deviceconfig/high-availability`, layout of research/panos-xmlapi.md §2.1), the routing engine
 * switch (`deviceconfig/setting/advance-routing`), BGP peers of legacy virtual routers
 * (`network/virtual-router/entry/protocol/bgp/peer-group/entry/peer/entry`) or logical routers
 * (`network/logical-router/entry/vrf/entry/bgp/…`), and layer-3 interface addresses.
 */
import { child, path, type XmlElement } from "../../../lib/xmlspec/xml";

/** One path-monitoring destination group from the configuration. */
export interface DestinationGroupConfig {
  readonly name: string;
  readonly enabled: boolean;
  readonly failureCondition: string;
  readonly destinations: readonly string[];
}

/** One path group (`virtual-router`, `logical-router`, `vlan` or `virtual-wire` entry). */
export interface PathGroupConfig {
  readonly kind: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly failureCondition: string;
  readonly pingInterval: string;
  readonly pingCount: string;
  readonly destinationGroups: readonly DestinationGroupConfig[];
}

/** The HA configuration of one device. */
export interface HaConfig {
  readonly enabled: boolean;
  readonly mode?: "active-active" | "active-passive";
  readonly deviceId: string;
  readonly tentativeHoldTime: string;
  readonly peerIp?: string;
  readonly priority: string;
  readonly preemptive: string;
  readonly configSync: boolean;
  readonly stateSync: boolean;
  readonly stateSyncTransport: string;
  readonly ha1Port?: string;
  readonly ha1Address?: string;
  readonly ha1BackupPort?: string;
  readonly ha2Port?: string;
  readonly ha2Address?: string;
  readonly ha3Port?: string;
  readonly pathMonitoring: {
    readonly enabled: boolean;
    readonly failureCondition: string;
    readonly groups: readonly PathGroupConfig[];
  };
}

/** A BGP peer from the routing configuration. */
export interface BgpPeerConfig {
  readonly name: string;
  readonly group: string;
  readonly router: string;
  readonly peerAddress: string;
  readonly localAddress?: string;
  readonly localInterface?: string;
  readonly remoteAs?: string;
  readonly bfd: boolean;
}

const PATH_GROUP_KINDS = ["virtual-router", "logical-router", "vlan", "virtual-wire"];

/** The device entry (`devices/entry[@name='localhost.localdomain']`, or the only one). */
export function deviceEntry(running: XmlElement): XmlElement | undefined {
  const devices = child(running, "devices");
  const entries = entriesOf(devices);
  return entries.find((e) => e.attributes.name === "localhost.localdomain") ?? entries[0];
}

/** `entry` children. */
export function entriesOf(element: XmlElement | undefined): XmlElement[] {
  return element ? element.children.filter((c) => c.name === "entry") : [];
}

/** Trimmed text at a path, or undefined. */
export function textAt(element: XmlElement | undefined, ...names: string[]): string | undefined {
  const text = path(element, ...names)?.text?.trim();
  return text ? text : undefined;
}

function flag(element: XmlElement | undefined, fallback: boolean, ...names: string[]): boolean {
  const text = textAt(element, ...names);
  return text === undefined ? fallback : text === "yes";
}

/** Reads the HA configuration. */
export function readHaConfig(running: XmlElement): HaConfig {
  const ha = path(deviceEntry(running), "deviceconfig", "high-availability");
  const group = child(ha, "group");
  const mode = child(group, "mode");
  const activeActive = child(mode, "active-active");
  const interfaces = child(ha, "interface");
  const monitoring = path(group, "monitoring", "path-monitoring");
  return {
    enabled: flag(ha, false, "enabled"),
    // PAN-OS defaults to Active/Passive when HA is configured without a mode.
    mode: activeActive ? "active-active" : ha ? "active-passive" : undefined,
    deviceId: textAt(activeActive, "device-id") ?? "0",
    tentativeHoldTime: textAt(activeActive, "tentative-hold-time") ?? "60",
    peerIp: textAt(group, "peer-ip"),
    priority: textAt(group, "election-option", "device-priority") ?? "100",
    preemptive: textAt(group, "election-option", "preemptive") ?? "no",
    configSync: flag(group, true, "configuration-synchronization", "enabled"),
    stateSync: flag(group, true, "state-synchronization", "enabled"),
    stateSyncTransport: textAt(group, "state-synchronization", "transport") ?? "ethernet",
    ha1Port: textAt(interfaces, "ha1", "port"),
    ha1Address: address(child(interfaces, "ha1")),
    ha1BackupPort: textAt(interfaces, "ha1-backup", "port"),
    ha2Port: textAt(interfaces, "ha2", "port"),
    ha2Address: address(child(interfaces, "ha2")),
    ha3Port: textAt(interfaces, "ha3", "port"),
    pathMonitoring: {
      enabled: flag(monitoring, false, "enabled"),
      failureCondition: textAt(monitoring, "failure-condition") ?? "any",
      groups: PATH_GROUP_KINDS.flatMap((kind) =>
        entriesOf(path(monitoring, "path-group", kind)).map((entry) => ({
          kind,
          name: entry.attributes.name ?? "?",
          enabled: flag(entry, true, "enabled"),
          failureCondition: textAt(entry, "failure-condition") ?? "any",
          pingInterval: textAt(entry, "ping-interval") ?? "200",
          pingCount: textAt(entry, "ping-count") ?? "10",
          destinationGroups: entriesOf(child(entry, "destination-ip-group")).map((g) => ({
            name: g.attributes.name ?? "?",
            enabled: flag(g, true, "enabled"),
            failureCondition: textAt(g, "failure-condition") ?? "any",
            destinations: (child(g, "destination-ip")?.children ?? []).flatMap((m) =>
              m.text?.trim() ? [m.text.trim()] : [],
            ),
          })),
        })),
      ),
    },
  };
}

/** `ip/len` from an HA interface's `ip-address` + `netmask`. */
function address(haInterface: XmlElement | undefined): string | undefined {
  const ip = textAt(haInterface, "ip-address");
  const netmask = textAt(haInterface, "netmask");
  if (!ip) return undefined;
  if (!netmask) return ip;
  const bits = netmask
    .split(".")
    .reduce((n, octet) => n + (Number(octet) >>> 0).toString(2).replace(/0/g, "").length, 0);
  return `${ip}/${bits}`;
}

/** True when the device runs the Advanced Routing Engine. */
export function usesAdvancedRouting(running: XmlElement): boolean {
  return textAt(deviceEntry(running), "deviceconfig", "setting", "advance-routing") === "yes";
}

/** BGP peers configured on legacy virtual routers and logical routers (disabled ones left out). */
export function readBgpPeers(running: XmlElement): BgpPeerConfig[] {
  const network = child(deviceEntry(running), "network");
  const legacy = entriesOf(child(network, "virtual-router")).map((vr) => ({
    router: vr.attributes.name ?? "?",
    bgp: path(vr, "protocol", "bgp"),
  }));
  const advanced = entriesOf(child(network, "logical-router")).flatMap((lr) =>
    entriesOf(child(lr, "vrf")).map((vrf) => ({ router: lr.attributes.name ?? "?", bgp: child(vrf, "bgp") })),
  );
  return [...legacy, ...advanced].flatMap(({ router, bgp }) => {
    if (!bgp || !flag(bgp, true, "enable")) return [];
    const globalBfd = textAt(bgp, "global-bfd", "profile");
    return entriesOf(child(bgp, "peer-group")).flatMap((group) => {
      if (!flag(group, true, "enable")) return [];
      return entriesOf(child(group, "peer")).flatMap((peer): BgpPeerConfig[] => {
        const peerAddress = textAt(peer, "peer-address", "ip");
        if (!flag(peer, true, "enable") || !peerAddress) return [];
        const bfdProfile = textAt(peer, "bfd", "profile") ?? "Inherit-vr-global-setting";
        const effective = bfdProfile === "Inherit-vr-global-setting" ? globalBfd : bfdProfile;
        return [
          {
            name: peer.attributes.name ?? peerAddress,
            group: group.attributes.name ?? "?",
            router,
            peerAddress,
            localAddress: textAt(peer, "local-address", "ip")?.split("/")[0],
            localInterface: textAt(peer, "local-address", "interface"),
            remoteAs: textAt(peer, "peer-as"),
            bfd: effective !== undefined && effective !== "None",
          },
        ];
      });
    });
  });
}

/** The layer-3 interface or subinterface that holds an address (`…/layer3/ip/entry[@name='a.b.c.d/n']`). */
export function interfaceHolding(running: XmlElement, ip: string): string | undefined {
  const ethernet = path(deviceEntry(running), "network", "interface", "ethernet");
  for (const port of entriesOf(ethernet)) {
    const layer3 = child(port, "layer3");
    const candidates = [
      { name: port.attributes.name, ips: child(layer3, "ip") },
      ...entriesOf(child(layer3, "units")).map((unit) => ({ name: unit.attributes.name, ips: child(unit, "ip") })),
    ];
    for (const candidate of candidates) {
      if (entriesOf(candidate.ips).some((e) => e.attributes.name?.split("/")[0] === ip)) return candidate.name;
    }
  }
  return undefined;
}
