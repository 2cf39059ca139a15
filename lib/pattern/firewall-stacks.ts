/** The firewall stacks of a pair: one PaloAltoFirewallConfig each, fed by the network stack. */
import { Fn, TerraformLocal, type TerraformStack } from "cdktf";
import { isUnresolved } from "../core/tokens";
import { addressOf } from "../panos/model/address";
import type { RuleIssue } from "../core/validation-error";
import { InternetAttachment } from "../megaport";
import {
  PaloAltoFirewallConfig,
  type DataPlaneConnectionProps,
  type InternetBreakoutProps,
  type PaloAltoFirewallConfigProps,
} from "../panos";
import type { FirewallIndex } from "./connections";
import type { PairNetwork } from "./network-stack";
import type { PaloAltoHaPairProps } from "./props";

/** The guide-sized defaults for HA addressing (private /30s on the dedicated HA VXCs). */
export const DEFAULT_HA2_ADDRESSES = ["10.255.2.1/30", "10.255.2.2/30"] as const;
export const DEFAULT_HA1_BACKUP_ADDRESSES = ["10.255.1.1/30", "10.255.1.2/30"] as const;

/**
 * The two management IPs as firewall `index`'s stack sees them. A cross-stack value becomes one
 * local per stack, so cdktf resolves the remote-state reference once rather than at each of its
 * uses; cdktf marks cross-stack outputs sensitive, and management addresses are not secret, so the
 * local says so (provisioner output would otherwise be hidden).
 */
export function managementIpsIn(stack: TerraformStack, network: PairNetwork): [string, string] {
  return network.management.map((m, j) => {
    const ip = m.managementIp;
    if (!isUnresolved(ip)) return ip;
    return new TerraformLocal(stack, `firewall-${j}-management-ip`, Fn.nonsensitive(ip)).asString;
  }) as [string, string];
}

/** Cross-stack values are marked sensitive by cdktf; BGP addressing is not secret. */
function nonsensitive(value: string): string {
  return isUnresolved(value) ? (Fn.nonsensitive(value) as string) : value;
}

/** The firewall props of both firewalls, plus issues where a connection has no BGP addressing. */
export function firewallProps(
  network: PairNetwork,
  props: PaloAltoHaPairProps,
  /** Management IPs of firewall 0 and 1 as firewall `index`'s stack sees them. */
  hostsIn: (index: FirewallIndex) => readonly [string, string],
): { firewalls: [PaloAltoFirewallConfigProps, PaloAltoFirewallConfigProps]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const ha = props.ha ?? {};
  const { ha2Addresses, ha2Transport, ha1BackupAddresses, ...shared } = ha;
  const ha2 = ha2Addresses ?? DEFAULT_HA2_ADDRESSES;
  const ha1Backup = ha1BackupAddresses === false ? undefined : (ha1BackupAddresses ?? DEFAULT_HA1_BACKUP_ADDRESSES);

  const connectionsOf = (i: FirewallIndex): DataPlaneConnectionProps[] =>
    props.cloudConnections.flatMap((connection, k) => {
      if (connection.internet) return [];
      const bgp = network.attachments[k][i].bgp;
      if (bgp.localAddress === undefined || bgp.peerAddress === undefined || bgp.peerAsn === undefined) {
        const given = { address: bgp.localAddress, peerAddress: bgp.peerAddress, peerAsn: bgp.peerAsn };
        const missing = (["address", "peerAddress", "peerAsn"] as const).filter((field) => given[field] === undefined);
        const props = missing.map((field) => connection.propOf(field, i));
        const parent = props[0].slice(0, props[0].lastIndexOf("."));
        const sameParent = missing.length === 3 && props.every((p) => p.startsWith(`${parent}.`));
        issues.push({
          prop: `cloudConnections[${k}].${sameParent ? parent : props.join(" / ")}`,
          value: undefined,
          problem: `is not set, so firewall ${i} has no BGP session on ${connection.name}`,
          allowed: "an AWS hosted VIF's addressing, Azure private peering subnets, or per-firewall bgp settings",
          fix: `give firewall ${i}'s BGP addressing on ${connection.name}, e.g. firewalls[${i}].bgp = { localAddress, peerAddress, peerAsn }`,
        });
      }
      return [
        {
          name: connection.name,
          vlan: connection.vlan,
          address: nonsensitive(bgp.localAddress ?? ""),
          bgp: { peerAddress: nonsensitive(bgp.peerAddress ?? ""), peerAsn: bgp.peerAsn ?? 0 },
        },
      ];
    });

  const firewallOf = (i: FirewallIndex): PaloAltoFirewallConfigProps => {
    const peer = (1 - i) as FirewallIndex;
    const hosts = hostsIn(i);
    const connections = connectionsOf(i);
    return {
      api: { ...props.management.api, host: hosts[i] },
      ha: {
        ...shared,
        deviceId: i,
        peerManagementIp: hosts[peer],
        ha2: { address: ha2[i], transport: ha2Transport },
        ha1Backup: ha1Backup ? { address: ha1Backup[i], peerAddress: addressOf(ha1Backup[peer]) } : undefined,
      },
      connections,
      internetBreakout: internetBreakoutOf(network, props, i),
      bgp: {
        localAsn: props.bgp.localAsn,
        routerId: props.bgp.routerIds?.[i] ?? addressOf(connections[0]?.address ?? ""),
      },
      bfd: props.bgp.bfd,
      ecmp: props.bgp.ecmp,
      names: props.names,
      securityRule: props.securityRule,
      cli: props.cli,
    };
  };
  return { firewalls: [firewallOf(0), firewallOf(1)], issues };
}

/** Firewall `i`'s internet breakout: the pair's breakout connection (at most one) and its VXC's addressing. */
function internetBreakoutOf(
  network: PairNetwork,
  props: PaloAltoHaPairProps,
  i: FirewallIndex,
): InternetBreakoutProps | undefined {
  const k = props.cloudConnections.findIndex((c) => c.internet !== undefined);
  const connection = props.cloudConnections[k];
  const attachment = network.attachments[k]?.[i];
  if (!connection?.internet || !(attachment instanceof InternetAttachment)) return undefined;
  return {
    name: connection.name,
    vlan: connection.vlan,
    address: nonsensitive(attachment.internet.address),
    gateway: nonsensitive(attachment.internet.gateway),
    ...connection.internet,
  };
}

/** Adds firewall `i`'s configuration to its stack. */
export function buildFirewall(stack: TerraformStack, firewall: PaloAltoFirewallConfigProps): PaloAltoFirewallConfig {
  return new PaloAltoFirewallConfig(stack, "firewall", firewall);
}
