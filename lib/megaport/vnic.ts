/**
 * The five vNICs of a Palo Alto VM-Series MVE in an HA pair, keyed by role.
 *
 * Megaport numbers vNICs by their position in the MVE's `vnics` list (`vnic_index`, from 0); the
 * Megaport Portal and the guide count from 1. PAN-OS on the MVE maps them in order to the
 * management port and the first data-plane ports:
 *
 * | role | vnic_index | Portal vNIC | PAN-OS interface | used for                                    |
 * |------|-----------:|------------:|------------------|---------------------------------------------|
 * | mgmt |          0 |           1 | management       | management (Megaport Internet), HA1          |
 * | data |          1 |           2 | ethernet1/1      | data plane: tagged VLAN subinterfaces        |
 * | ha1  |          2 |           3 | ethernet1/2      | HA1 VXC (HA1 backup; HA1 runs on management) |
 * | ha2  |          3 |           4 | ethernet1/3      | HA2: session state synchronization          |
 * | ha3  |          4 |           5 | ethernet1/4      | HA3: packet forwarding (jumbo frames)        |
 */

/** A vNIC role. */
export type VnicRole = "mgmt" | "data" | "ha1" | "ha2" | "ha3";

/** The vNIC roles that carry HA links between the two MVEs. */
export type HaRole = "ha1" | "ha2" | "ha3";

/** One row of the vNIC table. */
export interface VnicDefinition {
  readonly role: VnicRole;
  /** Megaport `vnic_index` (0-based position in the MVE's `vnics` list). */
  readonly index: number;
  /** The PAN-OS interface the vNIC appears as. */
  readonly panosInterface: string;
  /** Default vNIC description shown in the Megaport Portal. */
  readonly description: string;
}

/** The vNICs in order; the order is the Megaport `vnic_index`. */
export const PALO_ALTO_VNICS: readonly VnicDefinition[] = [
  { role: "mgmt", index: 0, panosInterface: "management", description: "Management" },
  { role: "data", index: 1, panosInterface: "ethernet1/1", description: "Data plane (ethernet1/1)" },
  { role: "ha1", index: 2, panosInterface: "ethernet1/2", description: "HA1 (ethernet1/2)" },
  { role: "ha2", index: 3, panosInterface: "ethernet1/3", description: "HA2 (ethernet1/3)" },
  { role: "ha3", index: 4, panosInterface: "ethernet1/4", description: "HA3 (ethernet1/4)" },
];

/** The HA roles, in order. */
export const HA_ROLES: readonly HaRole[] = ["ha1", "ha2", "ha3"];

/** The row for a role. */
export function vnicOf(role: VnicRole): VnicDefinition {
  const found = PALO_ALTO_VNICS.find((v) => v.role === role);
  if (!found) throw new Error(`unknown vNIC role ${JSON.stringify(role)}`);
  return found;
}

/** True when `role` names an HA vNIC. */
export function isHaRole(role: string): role is HaRole {
  return (HA_ROLES as readonly string[]).includes(role);
}
