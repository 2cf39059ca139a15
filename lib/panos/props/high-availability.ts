/**
 * PAN-OS Active/Active HA for one member of the pair. Ports are fixed by the guide: HA1 on the
 * management port, HA1 backup on ethernet1/2, HA2 on ethernet1/3, HA3 on ethernet1/4.
 */
export interface HighAvailabilityProps {
  /** Active/Active device ID: 0 on one firewall, 1 on the other. */
  readonly deviceId: 0 | 1;
  /** HA group ID (1..63), the same on both firewalls. @default 1 */
  readonly groupId?: number;
  /**
   * The peer's management IPv4 address: HA1 runs on the management port, so this is the HA1 peer
   * address (`peer-ip`). A token from the network stack is fine.
   */
  readonly peerManagementIp: string;
  /** Free-text description of the HA group. @default - none */
  readonly description?: string;
  /** HA1 backup link on ethernet1/2 (the guide's "HA1" VXC). @default - no HA1 backup; ethernet1/2 stays type `ha` */
  readonly ha1Backup?: Ha1BackupProps;
  /** HA2 (state synchronization) link on ethernet1/3. */
  readonly ha2: Ha2Props;
  /** Election settings. @default - see ElectionProps */
  readonly election?: ElectionProps;
  /**
   * Which firewall owns a session: the one that receives its first packet, or always the
   * active-primary.
   * @default "first-packet" (vendor recommendation)
   */
  readonly sessionOwnerSelection?: "first-packet" | "primary-device";
  /**
   * Which firewall sets up a session when the owner is chosen by first packet.
   * @default "ip-modulo" (vendor recommendation)
   */
  readonly sessionSetup?: "ip-modulo" | "ip-hash" | "primary-device" | "first-packet";
  /** Seconds a recovering firewall stays Tentative so its routes can converge (10..600). @default 60 */
  readonly tentativeHoldTimeSeconds?: number;
  /** Synchronize configuration with the peer over HA1 after each commit. @default true */
  readonly configurationSync?: boolean;
  /** Synchronize sessions with the peer over HA2. @default true */
  readonly stateSync?: boolean;
  /** Path monitoring of the BGP neighbours. @default - on, see PathMonitoringProps */
  readonly pathMonitoring?: PathMonitoringProps;
  /** Link monitoring groups. @default - no link monitoring */
  readonly linkMonitoring?: LinkMonitoringProps;
}

/** HA1 backup on ethernet1/2. */
export interface Ha1BackupProps {
  /** This firewall's HA1-backup address with prefix length, e.g. `10.255.1.1/30`. */
  readonly address: string;
  /** The peer's HA1-backup IPv4 address (`peer-ip-backup`), in the same subnet. */
  readonly peerAddress: string;
}

/** HA2 (state synchronization) on ethernet1/3. */
export interface Ha2Props {
  /** This firewall's HA2 address with prefix length, e.g. `10.255.2.1/30`; the peer's is in the same subnet. */
  readonly address: string;
  /** HA2 transport. @default "ethernet" */
  readonly transport?: "ethernet" | "ip" | "udp";
  /** HA2 keep-alive. @default - enabled, action "log-only", threshold 10000 ms */
  readonly keepAlive?: Ha2KeepAliveProps;
}

/** HA2 keep-alive: what to do when HA2 keep-alives stop. */
export interface Ha2KeepAliveProps {
  /** Send HA2 keep-alives. @default true */
  readonly enabled?: boolean;
  /** Action when the threshold passes. @default "log-only" */
  readonly action?: "log-only" | "split-datapath";
  /** Milliseconds without keep-alives before the action (5000..60000). @default 10000 */
  readonly thresholdMs?: number;
}

/** HA election settings. */
export interface ElectionProps {
  /** Device priority (0..255, lower wins active-primary). @default 100 for device ID 0, 110 for device ID 1 */
  readonly devicePriority?: number;
  /** Let the higher-priority firewall take active-primary back after it recovers. @default false */
  readonly preemptive?: boolean;
  /** Send heartbeats over the management port as well. @default false (HA1 already runs there) */
  readonly heartbeatBackup?: boolean;
  /** HA timer profile. @default "recommended" */
  readonly timers?: "recommended" | "aggressive";
}

/**
 * Path monitoring on the virtual router: one destination group per data-plane connection, whose
 * destination is that connection's BGP neighbour. A failed group makes the firewall Tentative.
 */
export interface PathMonitoringProps {
  /**
   * Turn path monitoring on; it then needs at least one connection with `bgp.monitorPath` (the
   * default). Off, `mve-ha verify` reports the guide's failover condition as missing.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * When the firewall fails: as soon as any monitored connection's neighbour stops answering (the
   * guide), or only when all do.
   * @default "any"
   */
  readonly failureCondition?: "any" | "all";
  /** Milliseconds between pings (200..60000). @default 200 */
  readonly pingIntervalMs?: number;
  /** Failed pings before a destination is down (3..10). @default 10 */
  readonly pingCount?: number;
}

/** Link monitoring: groups of interfaces whose failure fails the firewall. */
export interface LinkMonitoringProps {
  /** When the firewall fails: any group fails, or all do. @default "any" */
  readonly failureCondition?: "any" | "all";
  /** The monitored groups (at least one). */
  readonly groups: readonly LinkMonitoringGroupProps[];
}

/** One link-monitoring group. */
export interface LinkMonitoringGroupProps {
  /** Group name (PAN-OS name rules, up to 31 characters). */
  readonly name: string;
  /** Interfaces in the group, e.g. `ethernet1/1`. */
  readonly interfaces: readonly string[];
  /** When the group fails: any interface is down, or all are. @default "any" */
  readonly failureCondition?: "any" | "all";
}
