import { type CtyValue, isRecord, NumberText, TypedValue, Unknown } from "./types";

/**
 * A stable text form of a value (object keys sorted, numbers exact), used to derive
 * deterministic values: the same configuration always gives the same text.
 */
export function canonicalJson(value: CtyValue): string {
  if (value instanceof Unknown) return '{"$unknown":true}';
  if (value instanceof NumberText) return value.text;
  if (value instanceof TypedValue) return canonicalJson(value.value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
