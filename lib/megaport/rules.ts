/**
 * Synth-time rules for the Megaport side. Each is a small named function returning an issue or
 * undefined; tokens (values known only at plan time) are skipped.
 */
import { integerInRange, oneOf } from "../core/rules";
import { isUnresolved } from "../core/tokens";
import type { RuleIssue } from "../core/validation-error";
import { parseSshPublicKey } from "./ssh-key";
import { HA_ROLES } from "./vnic";

/** Contract terms Megaport sells, in months. */
export const CONTRACT_TERMS = [1, 12, 24, 36, 48, 60] as const;
export type ContractTermMonths = (typeof CONTRACT_TERMS)[number];

/** MVE diversity zones. */
export const DIVERSITY_ZONES = ["red", "blue"] as const;
export type DiversityZone = (typeof DIVERSITY_ZONES)[number];

/** MVE product sizes named by the provider. */
export const MVE_SIZES = ["SMALL", "MEDIUM", "LARGE", "X_LARGE_16", "X_LARGE_32"] as const;
export type MveSize = (typeof MVE_SIZES)[number];

/** The highest VXC rate limit Megaport offers, in Mbps (100 Gbps). */
export const MAX_RATE_LIMIT_MBPS = 100_000;

export function contractTerm(prop: string, value: number | undefined): RuleIssue | undefined {
  return oneOf(prop, value, CONTRACT_TERMS, "use one of the contract terms Megaport sells");
}

export function diversityZone(prop: string, value: string | undefined): RuleIssue | undefined {
  return oneOf(prop, value, DIVERSITY_ZONES, 'use "red" or "blue", or leave it unset to let Megaport choose');
}

export function mveSize(prop: string, value: string | undefined): RuleIssue | undefined {
  return oneOf(prop, value, MVE_SIZES, "use a size the Megaport provider accepts; both MVEs of a pair need the same");
}

/** A VLAN ID a tagged VXC end can use on an MVE vNIC. */
export function vlanId(prop: string, value: number | undefined): RuleIssue | undefined {
  return integerInRange(
    prop,
    value,
    2,
    4093,
    "choose a VLAN ID from 2 to 4093 (1 and 4094-4095 are reserved)",
    "a VLAN ID",
  );
}

/** A VXC rate limit in Mbps. */
export function rateLimit(prop: string, value: number | undefined): RuleIssue | undefined {
  return integerInRange(
    prop,
    value,
    1,
    MAX_RATE_LIMIT_MBPS,
    "give the bandwidth in whole Mbps, e.g. 1000 for 1 Gbps",
    "a whole number of Mbps",
  );
}

/** A Megaport location or image id. */
export function positiveId(prop: string, value: number | undefined, what: string): RuleIssue | undefined {
  return integerInRange(
    prop,
    value,
    1,
    Number.MAX_SAFE_INTEGER,
    `give the numeric ${what} id from Megaport`,
    `a ${what} id`,
  );
}

const SHA256_CRYPT = /^\$5\$(rounds=\d+\$)?[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{43}$/;

/** A sha256-crypt admin password hash (`$5$<salt>$<hash>`), as Palo Alto MVEs require. */
export function adminPasswordHash(prop: string, value: string | undefined): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value) || SHA256_CRYPT.test(value)) return undefined;
  return {
    prop,
    value: "(hidden: a secret)",
    problem: "is not a sha256-crypt hash",
    allowed: "$5$<salt>$<43-character hash>, as printed by `mkpasswd -m sha-256`",
    fix: "generate the hash with `mkpasswd -m sha-256` and pass it as a sensitive TerraformVariable",
  };
}

/** An OpenSSH RSA 2048-bit public key, the only kind Megaport accepts for Palo Alto MVEs. */
export function sshRsa2048PublicKey(prop: string, value: string | undefined): RuleIssue | undefined {
  if (value === undefined || isUnresolved(value)) return undefined;
  const info = parseSshPublicKey(value);
  const fix = "generate one with `ssh-keygen -t rsa -b 2048` and pass the .pub line";
  const allowed = "one OpenSSH line: ssh-rsa <base64> [comment], 2048-bit";
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  if (!info) return { prop, value: shown, problem: "is not an OpenSSH public key line", allowed, fix };
  if (info.type !== "ssh-rsa")
    return { prop, value: shown, problem: `is a ${info.type} key; Megaport accepts only RSA`, allowed, fix };
  if (info.rsaBits !== 2048) return { prop, value: shown, problem: `is a ${info.rsaBits}-bit RSA key`, allowed, fix };
  return undefined;
}

/** An HA link's role must be one of the HA vNICs. */
export function haRole(prop: string, value: string): RuleIssue | undefined {
  return oneOf(
    prop,
    value,
    HA_ROLES,
    "connect HA links between ha1, ha2 or ha3 vNICs only (mgmt and data are not HA ports)",
  );
}
