/** Rules for the optional static IPv6 address and gateway of the management interface. */
import { ipv6InSubnet, ipv6Kind, isIpv6Address, parseIpv6Interface, sameIpv6 } from "../../core/ipv6";
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";

const ADDRESS_EXAMPLE = "a global or unique-local address with prefix, such as 2001:db8:10::10/64";

/** A static IPv6 interface address: `address/prefix`, unicast, not link-local (PAN-OS makes that itself). */
export function ipv6ManagementAddress(prop: string, value: string | undefined): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  const parsed = parseIpv6Interface(value);
  const fix = "give the management interface's IPv6 address with its prefix length, e.g. 2001:db8:10::10/64";
  if (!parsed) {
    return { prop, value, problem: "is not an IPv6 address with prefix length", allowed: ADDRESS_EXAMPLE, fix };
  }
  const kind = ipv6Kind(parsed.address);
  if (kind === "unicast") return undefined;
  return { prop, value, problem: `is a ${kind} address`, allowed: ADDRESS_EXAMPLE, fix };
}

/**
 * The IPv6 default gateway: a unicast address other than the firewall's, either in the management
 * subnet or link-local (routers commonly answer on `fe80::1`).
 */
export function ipv6ManagementGateway(prop: string, gateway: string | undefined, cidr: string): RuleIssue | undefined {
  if (gateway === undefined || isUnresolved(gateway)) return undefined;
  const allowed = "an IPv6 address of the router: in the management subnet, or link-local such as fe80::1";
  const fix = "give the management subnet's IPv6 router address";
  if (!isIpv6Address(gateway)) return { prop, value: gateway, problem: "is not an IPv6 address", allowed, fix };
  const kind = ipv6Kind(gateway);
  if (kind === "link-local") return undefined;
  if (kind !== "unicast") return { prop, value: gateway, problem: `is a ${kind} address`, allowed, fix };
  const local = isUnresolved(cidr) ? undefined : parseIpv6Interface(cidr);
  if (local === undefined) return undefined;
  if (sameIpv6(gateway, local.address)) {
    return { prop, value: gateway, problem: `is the firewall's own address (${cidr})`, allowed, fix };
  }
  if (ipv6InSubnet(local, gateway)) return undefined;
  return { prop, value: gateway, problem: `is outside the management subnet ${cidr}`, allowed, fix };
}
