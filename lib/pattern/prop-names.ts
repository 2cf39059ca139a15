/**
 * The pair builds the lower constructs' props from its own, so their validation speaks of props
 * the user never wrote (`ha.ha2.address` of firewall 1). These translations name the pair's prop
 * instead (`ha.ha2Addresses[1]`), so every message points at what to fix.
 */
import { ValidationError, type ValidationIssue } from "../core/validation-error";
import { pairIndexOf, type FirewallIndex, type PairConnection } from "./connections";

/** Renames one prop; undefined keeps it. */
export type Rename = (prop: string) => string | undefined;

function byPrefix(prop: string, table: ReadonlyArray<readonly [string, string]>): string | undefined {
  for (const [from, to] of table) {
    if (prop === from) return to;
    if (prop.startsWith(`${from}.`) || prop.startsWith(`${from}[`)) return to + prop.slice(from.length);
  }
  return undefined;
}

/** Props of firewall `index`'s PaloAltoFirewallConfig, as pair props. */
export function firewallProp(index: FirewallIndex, connections: readonly PairConnection[]): Rename {
  const peer = 1 - index;
  return (prop) => {
    // The firewall's `connections` leave the internet breakout out: map back to cloudConnections.
    const listed = /^connections\[(\d+)\]/.exec(prop);
    if (listed) prop = `connections[${pairIndexOf(connections, Number(listed[1]))}]${prop.slice(listed[0].length)}`;
    const breakout = breakoutProp(prop, index, connections);
    if (breakout) return breakout;
    const connection = /^connections\[(\d+)\]\.(address|bgp\.peerAddress|bgp\.peerAsn)$/.exec(prop);
    if (connection) {
      const k = Number(connection[1]);
      const field =
        connection[2] === "address" ? "address" : connection[2] === "bgp.peerAddress" ? "peerAddress" : "peerAsn";
      return `cloudConnections[${k}].${connections[k]?.propOf(field, index) ?? field}`;
    }
    return byPrefix(prop, [
      ["ha.ha2.address", `ha.ha2Addresses[${index}]`],
      ["ha.ha2.transport", "ha.ha2Transport"],
      ["ha.ha1Backup.address", `ha.ha1BackupAddresses[${index}]`],
      ["ha.ha1Backup.peerAddress", `ha.ha1BackupAddresses[${peer}]`],
      ["ha.peerManagementIp", `sites[${peer}].managementAddress.ip`],
      ["bgp.routerId", `bgp.routerIds[${index}]`],
      ["bfd", "bgp.bfd"],
      ["ecmp", "bgp.ecmp"],
      ["api", "management.api"],
      ["connections", "cloudConnections"],
      ["dataInterface", `(firewall ${index}) dataInterface`],
    ]);
  };
}

/** `internetBreakout.…` of a firewall, as the props of the pair's breakout connection. */
function breakoutProp(prop: string, index: FirewallIndex, connections: readonly PairConnection[]): string | undefined {
  const k = connections.findIndex((c) => c.internet !== undefined);
  if (k < 0 || !/^internetBreakout(\.|$)/.test(prop)) return undefined;
  const field = prop.slice("internetBreakout.".length);
  if (field === "address" || field === "gateway")
    return `cloudConnections[${k}].firewalls[${index}].addressing.${field}`;
  return field === "" ? `cloudConnections[${k}]` : `cloudConnections[${k}].${field}`;
}

/**
 * Props of firewall `index`'s DevicePreparation, as pair props. With private management the
 * address and gateway come from `management.path.firewalls[index].address`, and the DNS servers
 * from `management.path.firewalls[index].dnsServers` when given there.
 */
export function preparationProp(
  index: FirewallIndex,
  from: { readonly privateManagement?: boolean; readonly ownDnsServers?: boolean } = {},
): Rename {
  const own = `management.path.firewalls[${index}]`;
  const address = from.privateManagement ? `${own}.address` : `sites[${index}].managementAddress`;
  const dnsServers = from.ownDnsServers ? `${own}.dnsServers` : "management.dnsServers";
  return (prop) =>
    byPrefix(prop, [
      ["managementInterface.ipv6", `management.ipv6[${index}]`],
      ["managementInterface.dnsServers", dnsServers],
      ["managementInterface.address", address],
      ["managementInterface.gateway", `${address}.gateway`],
      ["managementInterface.mtu", "management.mtu"],
      ["jumboFrameMtu", "management.jumboFrameMtu"],
      ["hypervisorAssignedMacAddresses", "management.hypervisorAssignedMacAddresses"],
      ["api", "management.api"],
    ]);
}

/**
 * Props of connection `k`'s Megaport side, attached for firewall `index`, as pair props: the
 * per-firewall settings live under `firewalls[index]`, the rest is the builder's own props.
 */
export function connectionProp(k: number, index: FirewallIndex): Rename {
  return (prop) => {
    if (prop === "port" || prop === "mve") return `cloudConnections[${k}]`;
    const perFirewall =
      /^(partnerPort|addressing|bgp|productUid|pairingKey|virtualCircuitId|localAddress|mcrAddress)(\.|\[|$)/.test(
        prop,
      );
    return perFirewall ? `cloudConnections[${k}].firewalls[${index}].${prop}` : `cloudConnections[${k}].${prop}`;
  };
}

/** Props of an HA link, as pair props. */
export function haLinkProp(role: "ha1" | "ha2" | "ha3"): Rename {
  return (prop) => (prop === "rateLimitMbps" ? `haLinks.${role}RateLimitMbps` : undefined);
}

/** Props of validateFirewallPair's issues (`firewalls[*].…`), as pair props. */
export const pairProp: Rename = (prop) =>
  byPrefix(prop, [
    ["firewalls[*].ha.ha2.address", "ha.ha2Addresses"],
    ["firewalls[*].ha.ha1Backup.address", "ha.ha1BackupAddresses"],
    ["firewalls[*].ha.ha1Backup", "ha.ha1BackupAddresses"],
    ["firewalls[0].ha.ha1Backup.peerAddress", "ha.ha1BackupAddresses"],
    ["firewalls[1].ha.ha1Backup.peerAddress", "ha.ha1BackupAddresses"],
    ["firewalls[*].ha.groupId", "ha.groupId"],
    ["firewalls[0].ha.peerManagementIp", "sites[1].managementAddress.ip"],
    ["firewalls[1].ha.peerManagementIp", "sites[0].managementAddress.ip"],
    ["firewalls[*].connections", "cloudConnections"],
  ]);

/** The issues with pair props and the pair's path, each reported once. */
export function asPairIssues(pairPath: string, issues: readonly ValidationIssue[], rename: Rename): ValidationIssue[] {
  const seen = new Set<string>();
  const result: ValidationIssue[] = [];
  for (const issue of issues) {
    const renamed = { ...issue, path: pairPath, prop: rename(issue.prop) ?? issue.prop };
    const key = `${renamed.prop}\u0000${renamed.problem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(renamed);
  }
  return result;
}

/** Runs `build`; a ValidationError it throws is rethrown with pair props and the pair's path. */
export function withPairProps<T>(pairPath: string, rename: Rename, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!ValidationError.isValidationError(error)) throw error;
    throw new ValidationError(asPairIssues(pairPath, error.issues, rename));
  }
}
