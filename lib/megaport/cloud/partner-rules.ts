/**
 * Synth-time rules of the partner kinds (Google, Oracle, MCR, Megaport Internet on the data vNIC).
 * Each returns an issue or undefined and skips tokens, like lib/core/rules.ts.
 */
import { isLiteral } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";

/** A Megaport product UID: a UUID, as the Portal and the API show them. */
export const PRODUCT_UID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Google's ASN on every Partner Interconnect Cloud Router session. */
export const GOOGLE_ASN = 16550;
/** Oracle's ASN on FastConnect (commercial regions). */
export const ORACLE_ASN = 31898;

/** VLAN attachment capacities Google sells for Partner Interconnect, in Mbps. */
export const GOOGLE_CAPACITIES_MBPS = [50, 100, 200, 300, 400, 500, 1000, 2000, 5000, 10000, 20000, 50000] as const;
/** FastConnect partner capacities Megaport orders, in Mbps. */
export const ORACLE_CAPACITIES_MBPS = [1000, 2000, 5000, 10000] as const;

/** A literal product UID must be a UUID (a typo would only fail at apply, after the MVEs are ordered). */
export function productUid(prop: string, value: string | undefined, what: string): RuleIssue | undefined {
  if (!isLiteral(value) || PRODUCT_UID.test(value)) return undefined;
  return {
    prop,
    value,
    problem: `is not a Megaport product UID`,
    allowed: "a UUID such as 4b6f7ae5-1b2c-4d3e-8f90-a1b2c3d4e5f6",
    fix: `copy ${what}'s product UID from the Megaport Portal (Services, the product's details)`,
  };
}

/** A secret that must never be written into cdk.tf.json: only a token (a variable's value) is allowed. */
export function tokenOnly(prop: string, value: string | undefined, variableName: string): RuleIssue | undefined {
  if (!isLiteral(value)) return undefined;
  return {
    prop,
    value: "(a literal string, not shown)",
    problem: "is a literal string; it would be written into cdk.tf.json",
    allowed: "a sensitive variable's value",
    fix: `pass variable("${variableName}") (or a sensitive TerraformVariable's value) and set it at plan time`,
  };
}

/** A Google pairing key: `<uuid>/<region>/<1|2>` (the key of one VLAN attachment). */
export function googlePairingKey(prop: string, value: string | undefined): RuleIssue | undefined {
  if (!isLiteral(value) || /^[0-9a-f-]{36}\/[a-z0-9-]+\/[12]$/i.test(value)) return undefined;
  return {
    prop,
    value: "(not shown)",
    problem: "is not a Google Partner Interconnect pairing key",
    allowed: "<uuid>/<region>/<1|2>, from the VLAN attachment in Google Cloud",
    fix: "copy the pairing key of this firewall's VLAN attachment from Google Cloud",
  };
}

/** An OCI virtual circuit OCID. */
export function oracleVirtualCircuitId(prop: string, value: string | undefined): RuleIssue | undefined {
  if (!isLiteral(value) || /^ocid1\.virtualcircuit\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/.test(value)) return undefined;
  return {
    prop,
    value,
    problem: "is not an OCI virtual circuit OCID",
    allowed: "ocid1.virtualcircuit.oc1.<region>.<id>",
    fix: "copy the OCID of this firewall's FastConnect virtual circuit from the OCI console",
  };
}

/** A capacity the cloud sells for this kind of connection. */
export function capacityOf(
  prop: string,
  value: number | undefined,
  capacities: readonly number[],
  kind: string,
): RuleIssue | undefined {
  if (!isLiteral(value) || capacities.includes(value)) return undefined;
  return {
    prop,
    value,
    problem: `is not a capacity ${kind} supports`,
    allowed: capacities.join(", "),
    fix: `choose one of the capacities ${kind} sells, e.g. ${capacities.includes(1000) ? 1000 : capacities[0]}`,
  };
}
