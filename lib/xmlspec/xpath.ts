/** XPath building for PAN-OS configuration paths, with values quoted safely. */

/** Root of a standalone firewall's device configuration. */
export const DEVICE_ROOT = "/config/devices/entry[@name='localhost.localdomain']";

/** vsys1 on a standalone, single-vsys firewall. */
export const VSYS1_ROOT = `${DEVICE_ROOT}/vsys/entry[@name='vsys1']`;

/**
 * Quotes a value as an XPath 1.0 string literal. XPath 1.0 has no escape sequences, so a value
 * containing both quote characters is refused (PAN-OS names never need both).
 */
export function xpathLiteral(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new Error(`value ${JSON.stringify(value)} contains both ' and " and cannot be quoted in an XPath predicate`);
}

/** `<base>/entry[@name='<name>']` with the name quoted. */
export function entryXpath(base: string, name: string): string {
  return `${base}/entry[@name=${xpathLiteral(name)}]`;
}
