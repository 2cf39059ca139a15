import { createHash } from "node:crypto";
import { Token, Tokenization } from "cdktf";
import { hasRawExpression, isUnresolved } from "../../core/tokens";

/**
 * A change detector for a model that may hold plan-time values: the SHA-256 of its literal content
 * (plan-time values replaced by numbered placeholders, keys sorted, so it is stable across synths)
 * plus the plan-time values themselves, which Terraform resolves and compares. Used as
 * `triggers_replace`: any change to either replaces the resource and reruns its provisioner once.
 */
export interface Fingerprint {
  readonly sha256: string;
  readonly planTimeValues: readonly string[];
}

/** Fingerprints a JSON-like value (objects, arrays, strings, numbers, booleans, undefined). */
export function fingerprint(value: unknown): Fingerprint {
  const planTimeValues: string[] = [];
  const canonical = canonicalise(value, planTimeValues);
  const sha256 = createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
  return { sha256, planTimeValues };
}

/** The `triggers_replace` object of a fingerprint; `plan_time_values` only when there are some. */
export function fingerprintTriggers(print: Fingerprint): Record<string, unknown> {
  return print.planTimeValues.length > 0
    ? { sha256: print.sha256, plan_time_values: [...print.planTimeValues] }
    : { sha256: print.sha256 };
}

function canonicalise(value: unknown, planTime: string[]): unknown {
  if (typeof value === "string" && (isUnresolved(value) || hasRawExpression(value)))
    return canonicalString(value, planTime);
  if (isUnresolved(value)) return placeholder(Token.asString(value), planTime);
  if (Array.isArray(value)) return value.map((v) => canonicalise(v, planTime));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonicalise((value as Record<string, unknown>)[k], planTime)]),
    );
  }
  return value;
}

function placeholder(planTimeValue: string, planTime: string[]): string {
  planTime.push(planTimeValue);
  return `<plan-time value ${planTime.length}>`;
}

/**
 * A string with tokens inside (e.g. XML holding a peer address from another stack): each token
 * becomes a placeholder and a plan-time value, so the literal text still counts in the hash. A raw
 * `${…}` that is not a cdktf token makes the whole string one plan-time value.
 */
function canonicalString(value: string, planTime: string[]): string {
  const markers = Tokenization.reverseString(value).tokens.map((t) => Token.asString(t));
  const literalOnly = markers.reduce((text, marker) => text.split(marker).join(""), value);
  if (markers.length === 0 || literalOnly.includes("${") || markers.some((m) => !value.includes(m))) {
    return placeholder(value, planTime);
  }
  return markers.reduce((text, marker) => text.split(marker).join(placeholder(marker, planTime)), value);
}
