/**
 * Generic synth-time rules. Each returns an issue or undefined, skips values that are tokens
 * (known only at plan time), and is testable alone. Domain rules in lib/megaport and lib/panos
 * build on these.
 */
import { parseIpv4, parseIpv4Interface, isHostAddress } from "./ipv4";
import { isUnresolved } from "./tokens";
import type { RuleIssue } from "./validation-error";

/** An integer in [min, max]. */
export function integerInRange(
  prop: string,
  value: number | undefined,
  min: number,
  max: number,
  fix: string,
  what = "an integer",
): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  if (Number.isInteger(value) && value >= min && value <= max) return undefined;
  return { prop, value, problem: `must be ${what} from ${min} to ${max}`, allowed: `${min}..${max}`, fix };
}

/** One of a fixed set of values. */
export function oneOf<T extends string | number>(
  prop: string,
  value: T | undefined,
  allowed: readonly T[],
  fix: string,
): RuleIssue | undefined {
  if (value === undefined || (!isUnresolved(value) && allowed.includes(value))) return undefined;
  // Enum values may become XML tag names or CLI flags: only the fixed table, never a plan-time value.
  const problem = isUnresolved(value)
    ? "is a token; it must be one of the fixed values"
    : "is not one of the allowed values";
  return { prop, value, problem, allowed: allowed.map((v) => JSON.stringify(v)).join(", "), fix };
}

/** A dotted-quad IPv4 address without prefix. */
export function ipv4Address(prop: string, value: string | undefined, fix: string): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  if (parseIpv4(value) !== undefined) return undefined;
  return { prop, value, problem: "is not an IPv4 address", allowed: "a dotted-quad address such as 192.0.2.10", fix };
}

/** An interface address with prefix length (`a.b.c.d/n`), usable as a host address. */
export function ipv4Interface(prop: string, value: string | undefined, fix: string): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  const parsed = parseIpv4Interface(value);
  if (!parsed) {
    return {
      prop,
      value,
      problem: "is not an IPv4 interface address with prefix length",
      allowed: "a.b.c.d/n with n from 0 to 32, such as 169.254.100.1/30",
      fix,
    };
  }
  if (!isHostAddress(parsed)) {
    return {
      prop,
      value,
      problem: "is the network or broadcast address of its subnet",
      allowed: "a host address inside the subnet (any address on /31 and /32)",
      fix,
    };
  }
  return undefined;
}

/** An object naming exactly one of `keys`, e.g. a location by `id` or by `name`. */
export function exactlyOneOf(
  prop: string,
  value: object,
  keys: readonly string[],
  allowed: string,
  fix: string,
): RuleIssue | undefined {
  const given = keys.filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  if (given.length === 1) return undefined;
  return { prop, value, problem: `must name exactly one of ${keys.join(" or ")}`, allowed, fix };
}

/** A non-empty string. */
export function nonEmpty(prop: string, value: string | undefined, fix: string): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  if (value.trim().length > 0) return undefined;
  return { prop, value, problem: "is empty", allowed: "a non-empty string", fix };
}

/** A subnet given by its network address (`a.b.c.0/n`), optionally of an exact prefix length. */
export function ipv4Subnet(
  prop: string,
  value: string | undefined,
  prefixLength: number | undefined,
  fix: string,
): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  const parsed = parseIpv4Interface(value);
  const allowed =
    prefixLength === undefined
      ? "a network address with prefix, such as 192.0.2.0/24"
      : `a /${prefixLength} network address, such as 192.0.2.0/${prefixLength}`;
  if (!parsed) return { prop, value, problem: "is not an IPv4 subnet", allowed, fix };
  if (prefixLength !== undefined && parsed.prefixLength !== prefixLength) {
    return { prop, value, problem: `is a /${parsed.prefixLength}`, allowed, fix };
  }
  if (parsed.address !== parsed.network)
    return { prop, value, problem: "is not the network address of its subnet", allowed, fix };
  return undefined;
}
