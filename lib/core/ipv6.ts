/**
 * IPv6 addresses for synth-time checks. Parsing is Node's own (`net.isIPv6`, `net.BlockList`), a
 * maintained parser that needs no dependency; this file only adds the prefix and the address kinds
 * a management interface may or may not use.
 */
import { BlockList, isIPv6 } from "node:net";

/** An IPv6 interface address with its prefix length, e.g. `2001:db8:10::10/64`. */
export interface Ipv6Interface {
  readonly text: string;
  readonly address: string;
  readonly prefixLength: number;
}

/** Parses `address/n` (n 1..128, no zone index); undefined when it is not one. */
export function parseIpv6Interface(text: string): Ipv6Interface | undefined {
  if (typeof text !== "string") return undefined;
  const match = /^([0-9A-Fa-f:.]+)\/(\d{1,3})$/.exec(text);
  if (!match || !isIPv6(match[1])) return undefined;
  const prefixLength = Number(match[2]);
  if (prefixLength < 1 || prefixLength > 128) return undefined;
  return { text, address: match[1], prefixLength };
}

/** True for an IPv6 address without prefix or zone index. */
export function isIpv6Address(text: string): boolean {
  return typeof text === "string" && /^[0-9A-Fa-f:.]+$/.test(text) && isIPv6(text);
}

function within(address: string, network: string, prefixLength: number): boolean {
  const list = new BlockList();
  list.addSubnet(network, prefixLength, "ipv6");
  return list.check(address, "ipv6");
}

/** What kind of address it is, for the kinds a static management address must not be. */
export function ipv6Kind(address: string): "unspecified" | "loopback" | "multicast" | "link-local" | "unicast" {
  if (within(address, "::", 128)) return "unspecified";
  if (within(address, "::1", 128)) return "loopback";
  if (within(address, "ff00::", 8)) return "multicast";
  if (within(address, "fe80::", 10)) return "link-local";
  return "unicast";
}

/** True when `address` lies in the subnet of `iface`. */
export function ipv6InSubnet(iface: Ipv6Interface, address: string): boolean {
  return within(address, iface.address, iface.prefixLength);
}

/** True when the two texts name the same address (`2001:db8::1` and `2001:DB8:0::1`). */
export function sameIpv6(a: string, b: string): boolean {
  return within(a, b, 128);
}
