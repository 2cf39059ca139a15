/** IPv4 addresses and prefixes as plain numbers, for synth-time checks and XML rendering. */

const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/** Parses dotted-quad IPv4; undefined when it is not one. */
export function parseIpv4(text: string): number | undefined {
  if (typeof text !== "string" || !IPV4.test(text)) return undefined;
  return text.split(".").reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

/** Formats a 32-bit number as dotted-quad IPv4. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** An interface address with its prefix length, e.g. `10.0.100.2/30`. */
export interface Ipv4Interface {
  readonly text: string;
  readonly address: number;
  readonly prefixLength: number;
  /** First address of the subnet. */
  readonly network: number;
  /** Last address of the subnet. */
  readonly broadcast: number;
}

/** Parses `a.b.c.d/n` (n 0..32); undefined when it is not one. */
export function parseIpv4Interface(text: string): Ipv4Interface | undefined {
  if (typeof text !== "string") return undefined;
  const match = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const address = parseIpv4(match[1]);
  const prefixLength = Number(match[2]);
  if (address === undefined || prefixLength > 32) return undefined;
  const size = 2 ** (32 - prefixLength);
  const network = Math.floor(address / size) * size;
  return { text, address, prefixLength, network, broadcast: network + size - 1 };
}

/** Dotted-quad netmask of a prefix length, e.g. 24 → 255.255.255.0. */
export function netmaskOf(prefixLength: number): string {
  if (!Number.isInteger(prefixLength) || prefixLength < 0 || prefixLength > 32) {
    throw new RangeError(`prefix length ${prefixLength} is not 0..32`);
  }
  return formatIpv4(2 ** 32 - 2 ** (32 - prefixLength));
}

/** True when the two subnets share any address. */
export function subnetsOverlap(a: Ipv4Interface, b: Ipv4Interface): boolean {
  return a.network <= b.broadcast && b.network <= a.broadcast;
}

/** True when `address` lies inside the subnet of `iface`. */
export function inSubnet(iface: Ipv4Interface, address: number): boolean {
  return address >= iface.network && address <= iface.broadcast;
}

/**
 * True when the address is usable as a host address in its subnet: not the network or broadcast
 * address, except on /31 and /32 where every address is usable (RFC 3021).
 */
export function isHostAddress(iface: Ipv4Interface): boolean {
  if (iface.prefixLength >= 31) return true;
  return iface.address !== iface.network && iface.address !== iface.broadcast;
}
