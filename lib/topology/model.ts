/**
 * The topology of a pair as plain data: what the diagram draws and what `mve-ha verify --report`
 * colours. Built from the pair's validated model (see from-pair.ts), written at synth as
 * `<pair>.topology.json` beside the SVG, and read back by the report, so both pictures come from
 * one source.
 */

/** A value known only at deploy time is shown as this kind of label (e.g. "from Megaport"). */
export type Shown = string;

/** One vNIC of an MVE, by role, with the PAN-OS interface it appears as. */
export interface TopologyVnic {
  readonly role: "mgmt" | "data" | "ha1" | "ha2" | "ha3";
  /** Megaport `vnic_index`. */
  readonly index: number;
  readonly panosInterface: string;
  /** What it carries on this firewall, e.g. "HA2 10.255.2.1/30" or "VLAN 100 aws, VLAN 200 azure". */
  readonly use: string;
}

/** One firewall: its MVE and its PAN-OS identity. */
export interface TopologyFirewall {
  /** HA device ID, also its index in the pair. */
  readonly deviceId: 0 | 1;
  /** Megaport product name of the MVE. */
  readonly productName: string;
  readonly size: string;
  /** e.g. "PAN-OS 10.2.9-h1" or "image 42". */
  readonly image: string;
  /** e.g. "location 3" or "location Equinix SY1". */
  readonly location: string;
  readonly diversityZone: string;
  /** The management IP, or "from Megaport" when Megaport assigns it at deploy. */
  readonly managementIp: Shown;
  /** Megaport product name of its management VXC (Megaport Internet, or private). */
  readonly managementProductName: string;
  /**
   * Where a private management VXC leads, e.g. "private VXC to <uid>, VLAN 300".
   * @default - Megaport Internet
   */
  readonly managementVia?: string;
  readonly managementRateLimitMbps: number;
  readonly localAsn: number;
  readonly routerId: Shown;
  readonly vnics: readonly TopologyVnic[];
}

/** An HA link between the two MVEs: one untagged VXC per role. */
export interface TopologyHaLink {
  readonly role: "ha1" | "ha2" | "ha3";
  readonly productName: string;
  readonly rateLimitMbps: number;
  /** The PAN-OS interface on both firewalls. */
  readonly panosInterface: string;
  /** What PAN-OS runs over it, e.g. "HA1 backup" (HA1 itself runs on the management port). */
  readonly carries: string;
  /** The PAN-OS link names (as `show high-availability state` reports them) judged on this link. */
  readonly panosLinks: readonly string[];
  /** Firewall 0's and 1's addresses on it, when it has any. */
  readonly addresses?: readonly [Shown, Shown];
}

/** One firewall's BGP session over one connection. */
export interface TopologyPeering {
  readonly deviceId: 0 | 1;
  /** Megaport product name of this firewall's VXC of the connection. */
  readonly productName: string;
  /** `ethernet1/1.<vlan>`. */
  readonly subinterface: string;
  readonly address: Shown;
  readonly peerAddress: Shown;
  readonly peerAsn: number;
  readonly bfd: boolean;
}

/** A data-plane connection (to a cloud or a partner port) on both firewalls. */
export interface TopologyConnection {
  readonly name: string;
  /** "AWS hosted-vif", "Azure ExpressRoute", "partner port". */
  readonly kind: string;
  readonly vlan: number;
  readonly rateLimitMbps: number;
  /** Firewall 0's and firewall 1's sessions. */
  readonly peerings: readonly [TopologyPeering, TopologyPeering];
}

/** Everything the diagram of one pair shows. */
export interface PairTopology {
  /** Format version of this JSON. */
  readonly version: 1;
  /** The pair's construct path, e.g. `guide`. */
  readonly pair: string;
  readonly firewalls: readonly [TopologyFirewall, TopologyFirewall];
  readonly haLinks: readonly TopologyHaLink[];
  readonly connections: readonly TopologyConnection[];
}

/** The element ids the diagram gives its parts (SVG `id`s), which the report colours. */
export const ELEMENT_IDS = {
  firewall: (deviceId: number) => `firewall-${deviceId}`,
  internet: () => "internet",
  management: (deviceId: number) => `management-${deviceId}`,
  /** HA1 itself, which runs between the management ports (over management Internet). */
  ha1Management: () => "ha-ha1-management",
  haLink: (role: string) => `ha-${role}`,
  cloud: (connection: number) => `cloud-${connection}`,
  vxc: (connection: number, deviceId: number) => `vxc-${connection}-${deviceId}`,
  bgp: (connection: number, deviceId: number) => `bgp-${connection}-${deviceId}`,
  bfd: (connection: number, deviceId: number) => `bfd-${connection}-${deviceId}`,
} as const;

/** Shown for management IPs that Megaport assigns at deploy time. */
export const FROM_MEGAPORT = "from Megaport";
/** Shown for other values known only at deploy time. */
export const AT_DEPLOY = "known at deploy";
