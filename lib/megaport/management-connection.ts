import type { vxc } from "../../.gen/providers/megaport";

/**
 * What the pair reads off a firewall's management connection, whichever path it takes: the VXC on
 * the MVE's `mgmt` vNIC and the management addressing (tokens when Megaport assigns them).
 */
export interface ManagementConnection {
  /** `megaport-internet` (ManagementInternet) or `private-vxc` (ManagementPrivateVxc). */
  readonly kind: "megaport-internet" | "private-vxc";
  /** The VXC resource on the `mgmt` vNIC. */
  readonly resource: vxc.Vxc;
  /** Management IPv4 address of the firewall. */
  readonly managementIp: string;
  /** Prefix length of the management subnet. */
  readonly managementPrefixLength: number;
  /** Default gateway of the management interface. */
  readonly managementGateway: string;
}
