/** IPv4 addressing rules across the interfaces of one firewall and across the pair. */
import { inSubnet, parseIpv4, parseIpv4Interface, subnetsOverlap, type Ipv4Interface } from "../../core/ipv4";
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";

/** A prop holding an interface address (`a.b.c.d/n`). */
export interface NamedInterfaceAddress {
  readonly prop: string;
  readonly value: string;
}

function literalInterface(value: string): Ipv4Interface | undefined {
  return isUnresolved(value) ? undefined : parseIpv4Interface(value);
}

function literalAddress(value: string): number | undefined {
  return isUnresolved(value) ? undefined : parseIpv4(value);
}

/** No two interfaces of one firewall may share a subnet: PAN-OS refuses it, and routing would be ambiguous. */
export function noOverlappingSubnets(addresses: readonly NamedInterfaceAddress[]): RuleIssue[] {
  const parsed = addresses.map((a) => ({ ...a, subnet: literalInterface(a.value) }));
  const issues: RuleIssue[] = [];
  parsed.forEach((later, j) => {
    const earlier = parsed.slice(0, j).find((a) => a.subnet && later.subnet && subnetsOverlap(a.subnet, later.subnet));
    if (!earlier) return;
    issues.push({
      prop: later.prop,
      value: later.value,
      problem: `overlaps the subnet of ${earlier.prop} (${earlier.value}) on the same firewall`,
      allowed: "a subnet no other interface of this firewall uses",
      fix: "give each connection and HA link its own subnet",
    });
  });
  return issues;
}

/** A neighbour's address must not be this firewall's own address on the link. */
export function peerAddressDiffers(prop: string, peer: string, localCidr: string): RuleIssue | undefined {
  const local = literalInterface(localCidr);
  const peerAddress = literalAddress(peer);
  if (local === undefined || peerAddress === undefined || peerAddress !== local.address) return undefined;
  return {
    prop,
    value: peer,
    problem: `is the firewall's own address on the link (${localCidr})`,
    allowed: "the address of the router at the other end",
    fix: "swap in the peer's address; check which side of the /30 or /31 is yours",
  };
}

/** A directly connected neighbour must be inside the link's subnet. */
export function peerAddressOnSubnet(prop: string, peer: string, localCidr: string): RuleIssue | undefined {
  const local = literalInterface(localCidr);
  const peerAddress = literalAddress(peer);
  if (local === undefined || peerAddress === undefined || inSubnet(local, peerAddress)) return undefined;
  return {
    prop,
    value: peer,
    problem: `is outside the subnet of the firewall's address ${localCidr}, so the session could never come up`,
    allowed: `an address in ${localCidr}`,
    fix: "use the peer address given with the connection's addressing",
  };
}

/** The management gateway must be on the management subnet and not the firewall's own address. */
export function gatewayOnSubnet(prop: string, gateway: string, localCidr: string): RuleIssue | undefined {
  const local = literalInterface(localCidr);
  const address = literalAddress(gateway);
  if (local === undefined || address === undefined) return undefined;
  if (inSubnet(local, address) && address !== local.address) return undefined;
  return {
    prop,
    value: gateway,
    problem: `is not another address in the management subnet ${localCidr}`,
    allowed: `an address in ${localCidr} other than the firewall's`,
    fix: "use the gateway shown with the Megaport Internet connection",
  };
}

/** Two ends of an HA link: one subnet, two different addresses (as each firewall gives its own). */
export function sameSubnetDifferentAddresses(
  prop: string,
  first: string,
  second: string,
  link: string,
): RuleIssue | undefined {
  const a = literalInterface(first);
  const b = literalInterface(second);
  if (a === undefined || b === undefined) return undefined;
  const sameSubnet = a.network === b.network && a.prefixLength === b.prefixLength;
  if (sameSubnet && a.address !== b.address) return undefined;
  return {
    prop,
    value: [first, second],
    problem: sameSubnet
      ? `gives both firewalls the same ${link} address`
      : `puts the two ends of the ${link} link in different subnets (${first}, ${second})`,
    allowed: `two different addresses in one subnet, e.g. 10.255.2.1/30 and 10.255.2.2/30`,
    fix: `give each firewall its own address in the ${link} subnet`,
  };
}

/** What one firewall calls its peer's address must be the peer's own address. */
export function peerAddressCrossesOver(
  prop: string,
  peerAddressSeen: string,
  peerOwnAddress: string,
  what: string,
): RuleIssue | undefined {
  if (isUnresolved(peerAddressSeen) || isUnresolved(peerOwnAddress)) return undefined;
  const own = peerOwnAddress.split("/")[0];
  // A DNS name (e.g. a management host name) cannot be compared with an address here.
  if (parseIpv4(own) === undefined || peerAddressSeen === own) return undefined;
  return {
    prop,
    value: peerAddressSeen,
    problem: `does not match the other firewall's ${what} (${own})`,
    allowed: `the other firewall's ${what}`,
    fix: `set it to ${own}`,
  };
}
