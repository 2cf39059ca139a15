/** Name rules: PAN-OS object names, connection names, and values that must be known at synth time. */
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";

const PANOS_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;
const CONNECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A value that becomes a name or a Terraform address cannot wait for plan time. */
export function knownAtSynth(prop: string, value: unknown): RuleIssue | undefined {
  if (!isUnresolved(value)) return undefined;
  return {
    prop,
    value,
    problem: "is known only at plan time, but it names PAN-OS objects or Terraform resources",
    allowed: "a literal value",
    fix: "pass a literal instead of a token",
  };
}

/** A PAN-OS object name: starts with a letter or digit; letters, digits, space, `.`, `_`, `-`. */
export function panosName(prop: string, value: string, maxLength = 31): RuleIssue | undefined {
  if (isUnresolved(value)) return undefined;
  if (typeof value === "string" && value.length <= maxLength && PANOS_NAME.test(value)) return undefined;
  return {
    prop,
    value,
    problem: "is not a valid PAN-OS name",
    allowed: `1..${maxLength} characters: letters, digits, space, ".", "_", "-", starting with a letter or digit`,
    fix: "rename it, e.g. data-plane",
  };
}

/** A connection name: it also becomes part of Terraform addresses, so no spaces or dots. */
export function connectionName(prop: string, value: string): RuleIssue | undefined {
  if (isUnresolved(value)) return undefined;
  if (typeof value === "string" && value.length <= 31 && CONNECTION_NAME.test(value)) return undefined;
  return {
    prop,
    value,
    problem: "is not a valid connection name",
    allowed: '1..31 characters: letters, digits, "_", "-", starting with a letter or digit',
    fix: "use a short name such as aws or azure-er",
  };
}

/** Values in a list must be unique (e.g. VLANs or names of the connections on one firewall). */
export function unique<T>(prop: string, values: readonly T[], what: string): RuleIssue[] {
  const seen = new Map<T, number>();
  const issues: RuleIssue[] = [];
  values.forEach((value, index) => {
    if (isUnresolved(value)) return;
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, index);
      return;
    }
    issues.push({
      prop: `${prop}[${index}]`,
      value,
      problem: `repeats the ${what} of ${prop}[${first}]`,
      allowed: `a ${what} used once per firewall`,
      fix: `give each connection its own ${what}`,
    });
  });
  return issues;
}

/** A list that needs at least one item (and at most `max`). */
export function itemCount(
  prop: string,
  values: readonly unknown[],
  min: number,
  max: number,
  fix: string,
): RuleIssue | undefined {
  if (values.length >= min && values.length <= max) return undefined;
  return {
    prop,
    value: values,
    problem: `has ${values.length} item(s)`,
    allowed: max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `${min} to ${max}`,
    fix,
  };
}

const INTERFACE_NAME = /^ethernet1\/([1-9]|[1-9]\d)(\.([1-9]\d{0,3}))?$/;

/** A PAN-OS ethernet interface or subinterface name such as `ethernet1/1` or `ethernet1/1.100`. */
export function interfaceName(prop: string, value: string): RuleIssue | undefined {
  if (isUnresolved(value) || (typeof value === "string" && INTERFACE_NAME.test(value))) return undefined;
  return {
    prop,
    value,
    problem: "is not an ethernet interface name",
    allowed: "ethernet1/<n> or ethernet1/<n>.<tag>",
    fix: "use the PAN-OS interface name, e.g. ethernet1/1.100",
  };
}
