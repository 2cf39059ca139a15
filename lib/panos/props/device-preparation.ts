import type { ManagementApiProps } from "./api-connection";

/**
 * The guide's preparation step for one firewall, run from the network stack once the MVE and its
 * management connection are live: hypervisor-assigned MAC addresses and jumbo frames (then a
 * reboot), a static management interface and DNS servers.
 */
export interface DevicePreparationProps {
  /**
   * The firewall's management API. `host` may be omitted: it then defaults to the address of
   * `managementInterface.address`.
   */
  readonly api: Omit<ManagementApiProps, "host"> & { readonly host?: string };
  /** The static management interface (HA1 runs on it, and HA does not support DHCP). */
  readonly managementInterface: ManagementInterfaceProps;
  /**
   * Global MTU with jumbo frames on. HA3 carries data-plane packets encapsulated, so it needs
   * jumbo frames; the HA3 VXC carries at most 9100 (1501..9100).
   * @default 9100
   */
  readonly jumboFrameMtu?: number;
  /** Use the hypervisor's MAC addresses, so the two firewalls' interfaces differ. @default true */
  readonly hypervisorAssignedMacAddresses?: boolean;
  /** The `mve-ha` command (see PaloAltoFirewallConfigProps.cli). @default - the bundled CLI, carried by the stack */
  readonly cli?: string;
}

/** Static management interface settings: tokens of the Megaport Internet connection, or given (private management). */
export interface ManagementInterfaceProps {
  /** Management address with prefix length, e.g. `203.0.113.10/29`. */
  readonly address: string;
  /** Default gateway, in the management subnet. */
  readonly gateway: string;
  /** DNS servers (one or two IPv4 addresses); PAN-OS needs them once the interface is static. */
  readonly dnsServers: readonly string[];
  /** Management MTU (576..1500); stays at 1500 when jumbo frames are on, as the guide says. @default 1500 */
  readonly mtu?: number;
  /**
   * A static IPv6 address and default gateway as well (the guide: "Configuring IPv6 is optional").
   * @default - no IPv6 address is set (PAN-OS keeps its link-local address)
   */
  readonly ipv6?: ManagementIpv6Props;
}

/** The management interface's static IPv6 settings (`deviceconfig/system` ipv6-address, ipv6-default-gateway). */
export interface ManagementIpv6Props {
  /** IPv6 address with prefix length, e.g. `2001:db8:10::10/64` (global or unique-local, not link-local). */
  readonly address: string;
  /** IPv6 default gateway: in the management subnet, or link-local such as `fe80::1`. */
  readonly gateway: string;
}
