/** IPv4 arithmetic for the subnet rules. */

/** The address as a 32-bit number, or undefined when it is not dotted-quad IPv4. */
export function ipv4Number(text: string): number | undefined {
  const parts = text.trim().split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** True when `address` lies in the subnet of `ip` with `netmask` (dotted quads); false when any is unreadable. */
export function inSubnet(address: string, ip: string, netmask: string): boolean {
  const [a, i, m] = [address, ip, netmask].map(ipv4Number);
  if (a === undefined || i === undefined || m === undefined) return false;
  // Unsigned 32-bit AND: JavaScript's & works on signed 32-bit integers.
  return (a & m) >>> 0 === (i & m) >>> 0;
}
