/**
 * The validated model of a firewall's internet breakout (see props/internet-breakout.ts): every
 * default applied, every rule checked. The outbound rule names what the user stated, never "any"
 * on their behalf.
 */
import { ipv4Address, ipv4Interface, oneOf } from "../../core/rules";
import { parseIpv4Interface } from "../../core/ipv4";
import { isUnresolved } from "../../core/tokens";
import type { Issues, RuleIssue } from "../../core/validation-error";
import type { InternetBreakoutProps } from "../props/internet-breakout";
import { gatewayOnSubnet } from "../rules/addressing";
import { dataPlaneMtu } from "../rules/mtu";
import { connectionName, knownAtSynth, panosName } from "../rules/names";
import { vlanTag } from "../rules/routing";
import { DEFAULTS, PORTS } from "./defaults";
import type { InternetBreakoutModel } from "./types";

export const BREAKOUT_DEFAULTS = {
  zone: "internet",
  ruleName: "allow-outbound-internet",
  natRuleName: "outbound-internet-snat",
} as const;

/** A source address of the outbound rule: a CIDR, a host address, or the word "any" written out. */
function sourceAddress(prop: string, value: string): RuleIssue | undefined {
  if (value === "any") return undefined;
  if (isUnresolved(value)) return knownAtSynth(prop, value);
  if (value.includes("/") ? parseIpv4Interface(value) : ipv4Address(prop, value, "") === undefined) return undefined;
  return {
    prop,
    value,
    problem: "is not an IPv4 subnet or address",
    allowed: 'a CIDR such as 10.10.0.0/16, an address, or "any"',
    fix: "list the sources that may reach the Internet",
  };
}

/** The breakout zone must be its own: in the data-plane zone the intrazone rule would allow everything out. */
function zoneIsOwn(prop: string, zone: string, dataZone: string): RuleIssue | undefined {
  if (zone !== dataZone) return undefined;
  return {
    prop,
    value: zone,
    problem: "is the data-plane zone, whose intrazone rule would allow all traffic to the Internet",
    allowed: "a zone of its own, e.g. internet",
    fix: 'leave it unset (zone "internet") or give another name',
  };
}

/** Traffic from the Internet zone to itself is not outbound: the rule would let the Internet in. */
function notTheBreakoutZone(prop: string, from: string, zone: string): RuleIssue | undefined {
  if (from !== zone) return undefined;
  return {
    prop,
    value: from,
    problem: "is the breakout zone itself; the rule would allow traffic from the Internet",
    allowed: "the zones behind the firewall, e.g. data-plane",
    fix: "list only inside zones (or leave fromZones unset for the data-plane zone)",
  };
}

/** The gateway Megaport returns must be another address of the breakout subnet. */
function gatewayOnBreakoutSubnet(prop: string, gateway: string, address: string): RuleIssue | undefined {
  const issue = gatewayOnSubnet(prop, gateway, address);
  return issue && { ...issue, problem: `is not another address in the breakout subnet ${address}` };
}

/** Validates the breakout and returns its model; issues go to `issues` under `p`. */
export function buildInternetBreakout(
  b: InternetBreakoutProps,
  p: string,
  dataZone: string,
  issues: Issues,
): InternetBreakoutModel {
  const zone = b.zone ?? BREAKOUT_DEFAULTS.zone;
  const outbound = b.outbound;
  const fromZones = outbound.fromZones ?? [dataZone];
  const ruleName = outbound.ruleName ?? BREAKOUT_DEFAULTS.ruleName;
  const natRuleName = outbound.natRuleName ?? BREAKOUT_DEFAULTS.natRuleName;
  const model: InternetBreakoutModel = {
    name: b.name,
    vlan: b.vlan,
    interfaceName: `${PORTS.data}.${b.vlan}`,
    address: b.address,
    gateway: b.gateway,
    mtu: b.mtu ?? DEFAULTS.connectionMtu,
    zone,
    rule: { name: ruleName, fromZones, sourceAddresses: outbound.sourceAddresses },
    nat: outbound.nat === "source-interface" ? { name: natRuleName } : undefined,
  };
  issues
    .add(knownAtSynth(`${p}.name`, b.name))
    .add(connectionName(`${p}.name`, b.name))
    .add(knownAtSynth(`${p}.vlan`, b.vlan))
    .add(vlanTag(`${p}.vlan`, b.vlan))
    .add(
      ipv4Interface(`${p}.address`, b.address, "give this firewall's address with prefix (Megaport's TRANSIT address)"),
    )
    .add(ipv4Address(`${p}.gateway`, b.gateway, "give Megaport's gateway address on the VXC"))
    .add(gatewayOnBreakoutSubnet(`${p}.gateway`, b.gateway, b.address))
    .add(dataPlaneMtu(`${p}.mtu`, model.mtu))
    .add(panosName(`${p}.zone`, zone))
    .add(zoneIsOwn(`${p}.zone`, zone, dataZone))
    .add(panosName(`${p}.outbound.ruleName`, ruleName, 63))
    .add(panosName(`${p}.outbound.natRuleName`, natRuleName, 63))
    .add(oneOf(`${p}.outbound.nat`, outbound.nat, ["source-interface", "none"], 'say "source-interface" or "none"'));
  if (outbound.sourceAddresses.length === 0) {
    issues.add({
      prop: `${p}.outbound.sourceAddresses`,
      value: [],
      problem: "is empty, so nothing could reach the Internet",
      allowed: 'one or more CIDRs, or ["any"] written out',
      fix: 'list the sources that may reach the Internet, e.g. ["10.10.0.0/16"]',
    });
  }
  outbound.sourceAddresses.forEach((a, i) => issues.add(sourceAddress(`${p}.outbound.sourceAddresses[${i}]`, a)));
  fromZones.forEach((z, i) => issues.add(panosName(`${p}.outbound.fromZones[${i}]`, z)));
  fromZones.forEach((z, i) => issues.add(notTheBreakoutZone(`${p}.outbound.fromZones[${i}]`, z, zone)));
  return model;
}
