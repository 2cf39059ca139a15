/** Plain JSON, as fixture files and built-in defaults give override values. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** True for a JSON object (not an array or null). */
export function isJsonObject(json: Json | undefined): json is { [key: string]: Json } {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

/** Deep-merges `top` over `base`: objects merge key by key, anything else in `top` replaces. */
export function mergeOverrides(base: Json | undefined, top: Json | undefined): Json | undefined {
  if (top === undefined) return base;
  if (!isJsonObject(base) || !isJsonObject(top)) return top;
  const merged: { [key: string]: Json } = { ...base };
  for (const [key, value] of Object.entries(top)) merged[key] = mergeOverrides(base[key], value) as Json;
  return merged;
}

/** A short description of a JSON value's kind for messages (never the value: it may be a secret). */
export function jsonKind(json: Json): string {
  return json === null ? "null" : Array.isArray(json) ? "a list" : typeof json === "object" ? "an object" : typeof json;
}
