/** Helpers for the JSON the Advanced Routing Engine returns inside `<json>` (shapes vary by release). */

/** A JSON object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for plain JSON objects. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first string or number among alternative keys, as trimmed text. */
export function jsonText(object: JsonObject, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/**
 * Visits every object in a JSON document with the chain of object keys leading to it, so records can
 * be found whether they are keyed by router and name or listed in arrays.
 */
export function visitObjects(value: unknown, visit: (object: JsonObject, keys: readonly string[]) => boolean): void {
  const walk = (node: unknown, keys: readonly string[], depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(node)) {
      node.forEach((item) => walk(item, keys, depth + 1));
      return;
    }
    if (!isObject(node)) return;
    if (visit(node, keys)) return;
    for (const [key, inner] of Object.entries(node)) walk(inner, [...keys, key], depth + 1);
  };
  walk(value, [], 0);
}

/** True when a JSON document holds any value at all (a string, number or boolean anywhere in it). */
export function hasValues(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasValues);
  if (isObject(value)) return Object.values(value).some(hasValues);
  return value !== null && value !== undefined;
}

/** Strips a `:port` suffix from `a.b.c.d:port` (PAN-OS adds the TCP port once a BGP session is up). */
export function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\]:\d+$/.exec(address);
  if (bracketed) return bracketed[1];
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1] : address;
}
