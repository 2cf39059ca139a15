/**
 * One data-plane connection: a Megaport VXC delivered as a tagged VLAN on ethernet1/1, a layer3
 * subinterface on it, and an eBGP session to the router at the other end.
 */
export interface DataPlaneConnectionProps {
  /**
   * Names the connection on the firewall (BGP peer group and peer, path-monitoring group,
   * subinterface comment) and in Terraform addresses. Letters, digits, `-` and `_`, up to 31.
   * Keep it stable: a new name replaces the subinterface.
   */
  readonly name: string;
  /** 802.1Q tag of the VXC on ethernet1/1 (2..4093, the VLANs Megaport delivers). */
  readonly vlan: number;
  /** This firewall's address on the connection, with prefix length, e.g. `169.254.100.1/30`. */
  readonly address: string;
  /**
   * MTU of the subinterface. Set explicitly because jumbo frames raise every interface's default;
   * at most 9100, the Megaport VXC maximum.
   * @default 1500
   */
  readonly mtu?: number;
  /** The eBGP session over this connection. */
  readonly bgp: BgpPeerProps;
}

/** The eBGP neighbour at the far end of a data-plane connection. */
export interface BgpPeerProps {
  /** The neighbour's IPv4 address; it must lie in the subnet of the connection's `address`. */
  readonly peerAddress: string;
  /** The neighbour's AS number (1..4294967295); it must differ from the local AS (eBGP). */
  readonly peerAsn: number;
  /** Run BFD with the firewall's BFD profile on this session. @default true */
  readonly bfd?: boolean;
  /**
   * Monitor the neighbour's address with HA path monitoring, so this firewall turns Tentative
   * when the path fails (the guide's failover condition). While `ha.pathMonitoring` is on, at least
   * one connection must be monitored.
   * @default true
   */
  readonly monitorPath?: boolean;
}

/** BGP settings of the firewall's virtual router. */
export interface BgpProps {
  /** Local AS number (1..4294967295). Each firewall runs its own BGP sessions (VR sync is off). */
  readonly localAsn: number;
  /** BGP router ID, an IPv4 address unique to this firewall. */
  readonly routerId: string;
}

/** Timers of the BFD profile used by the BGP peers. */
export interface BfdProfileProps {
  /** Desired minimum transmit interval in ms (VM-Series: 200..2000). @default 300 */
  readonly minTxIntervalMs?: number;
  /** Required minimum receive interval in ms (VM-Series: 200..2000). @default 300 */
  readonly minRxIntervalMs?: number;
  /** Detection time multiplier (2..50). @default 3 */
  readonly detectionMultiplier?: number;
}

/** Equal-cost multipath on the virtual router. */
export interface EcmpProps {
  /** Turn ECMP on. @default true */
  readonly enabled?: boolean;
  /** Maximum equal-cost paths installed (2..4). @default 2 */
  readonly maxPaths?: number;
}
