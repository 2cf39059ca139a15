/** HA rules that need both firewalls of the pair. */
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";
import { DEFAULTS } from "../model/defaults";

/** Active/Active needs device IDs 0 and 1, one each. */
export function deviceIdsPair(prop: string, first: number, second: number): RuleIssue | undefined {
  if ((first === 0 && second === 1) || (first === 1 && second === 0)) return undefined;
  return {
    prop,
    value: [first, second],
    problem: "must be 0 on one firewall and 1 on the other",
    allowed: "[0, 1] or [1, 0]",
    fix: "give the firewall meant to be active-primary device ID 0 and the other 1",
  };
}

/** Both members must be in the same HA group. */
export function sameGroupId(prop: string, first: number, second: number): RuleIssue | undefined {
  if (isUnresolved(first) || isUnresolved(second) || first === second) return undefined;
  return {
    prop,
    value: [first, second],
    problem: "differs between the two firewalls, so they would never pair",
    allowed: "the same group ID on both",
    fix: `use ${first} on both`,
  };
}

/** The data-plane connection as config sync sees it: what must match on both firewalls. */
export interface SyncedConnectionShape {
  readonly name: string;
  readonly vlan: number;
  readonly mtu?: number;
}

/**
 * Config sync copies subinterface settings other than IP addresses (and the zone) from one firewall
 * to the other, so both must define the same connections: same names, VLANs and MTUs.
 */
export function matchingConnections(
  prop: string,
  first: readonly SyncedConnectionShape[],
  second: readonly SyncedConnectionShape[],
): RuleIssue | undefined {
  const all = [...first, ...second];
  if (all.some((c) => isUnresolved(c.name) || isUnresolved(c.vlan) || isUnresolved(c.mtu))) return undefined;
  const shape = (list: readonly SyncedConnectionShape[]): string =>
    list
      .map((c) => `${c.name}:vlan ${c.vlan}:mtu ${c.mtu ?? DEFAULTS.connectionMtu}`)
      .sort()
      .join(", ");
  const a = shape(first);
  const b = shape(second);
  if (a === b) return undefined;
  return {
    prop,
    value: [a, b],
    problem: "differ between the two firewalls; configuration sync would overwrite one with the other",
    allowed: "the same connection names, VLANs and MTUs on both firewalls (addresses differ)",
    fix: "define each cloud connection on both firewalls with the same name, VLAN and MTU",
  };
}

/** HA1 backup is a link between the two firewalls: configure it on both or on neither. */
export function ha1BackupOnBoth(prop: string, first: boolean, second: boolean): RuleIssue | undefined {
  if (first === second) return undefined;
  return {
    prop,
    value: [first ? "set" : "absent", second ? "set" : "absent"],
    problem: "is configured on one firewall only",
    allowed: "on both firewalls or on neither",
    fix: "add ha1Backup to the other firewall, or remove it",
  };
}
