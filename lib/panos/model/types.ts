/**
 * The validated model: plain data with every default applied. Values known only at plan time are
 * opaque token strings. Resources and XML specs are rendered from it, never from props.
 */

/** The XML API connection and CLI bounds. */
export interface ApiConnectionModel {
  readonly host: string;
  readonly port: number;
  readonly protocol: "https" | "http";
  readonly caFile?: string;
  readonly insecureSkipVerify: boolean;
  readonly timeouts: {
    readonly applySeconds: number;
    readonly commitSeconds: number;
    readonly prepareSeconds: number;
  };
}

/** An IPv4 interface address split the way PAN-OS HA and system settings want it. */
export interface AddressModel {
  /** As given, `a.b.c.d/n`. */
  readonly cidr: string;
  /** `a.b.c.d`. */
  readonly ip: string;
  /** Dotted-quad netmask. */
  readonly netmask: string;
}

/** One data-plane connection. */
export interface ConnectionModel {
  readonly name: string;
  readonly vlan: number;
  /** `ethernet1/1.<vlan>`. */
  readonly interfaceName: string;
  readonly address: string;
  readonly mtu: number;
  readonly bgp: {
    readonly peerAddress: string;
    readonly peerAsn: number;
    readonly bfd: boolean;
    readonly monitorPath: boolean;
  };
}

/** A firewall's internet breakout: subinterface, zone, default route, outbound rule, optional source NAT. */
export interface InternetBreakoutModel {
  readonly name: string;
  readonly vlan: number;
  /** `ethernet1/1.<vlan>`. */
  readonly interfaceName: string;
  /** `a.b.c.d/n`, often a token (Megaport assigns it). */
  readonly address: string;
  /** The default route's next hop, often a token. */
  readonly gateway: string;
  readonly mtu: number;
  readonly zone: string;
  readonly rule: {
    readonly name: string;
    readonly fromZones: readonly string[];
    readonly sourceAddresses: readonly string[];
  };
  /** Source NAT to the interface address; undefined for no NAT. */
  readonly nat?: { readonly name: string };
}

/** A monitoring group that fails on any or all of its members. */
export interface MonitoringGroupModel {
  readonly name: string;
  readonly failureCondition: "any" | "all";
  /** Destination IPs (path monitoring) or interface names (link monitoring). */
  readonly members: readonly string[];
}

/** `deviceconfig/high-availability` of one member. */
export interface HaModel {
  readonly deviceId: 0 | 1;
  readonly groupId: number;
  readonly description?: string;
  readonly peerIp: string;
  readonly ha1Port: "management";
  readonly ha1Backup?: { readonly port: string; readonly address: AddressModel; readonly peerIp: string };
  readonly ha2: {
    readonly port: string;
    readonly address: AddressModel;
    readonly transport: "ethernet" | "ip" | "udp";
    readonly keepAlive: {
      readonly enabled: boolean;
      readonly action: "log-only" | "split-datapath";
      readonly thresholdMs: number;
    };
  };
  readonly ha3Port: string;
  readonly election: {
    readonly devicePriority: number;
    readonly preemptive: boolean;
    readonly heartbeatBackup: boolean;
    readonly timers: "recommended" | "aggressive";
  };
  readonly sessionOwnerSelection: "first-packet" | "primary-device";
  readonly sessionSetup: "ip-modulo" | "ip-hash" | "primary-device" | "first-packet";
  readonly tentativeHoldTimeSeconds: number;
  /** Always false here: each firewall runs its own BGP (the guide). */
  readonly virtualRouterSync: false;
  readonly configurationSync: boolean;
  readonly stateSync: boolean;
  readonly pathMonitoring: {
    readonly enabled: boolean;
    readonly failureCondition: "any" | "all";
    /** The virtual router whose path group holds the destination groups. */
    readonly virtualRouter: string;
    readonly pingIntervalMs: number;
    readonly pingCount: number;
    readonly groups: readonly MonitoringGroupModel[];
  };
  readonly linkMonitoring?: {
    readonly failureCondition: "any" | "all";
    readonly groups: readonly MonitoringGroupModel[];
  };
}

/** Everything one firewall's stack configures. */
export interface FirewallModel {
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command; undefined: the bundled CLI the stack carries. */
  readonly cli?: string;
  readonly names: {
    readonly virtualRouter: string;
    readonly zone: string;
    readonly managementProfile: string;
    readonly bfdProfile: string;
  };
  readonly dataInterface: { readonly name: string; readonly mtu: number };
  /** ethernet1/2, ethernet1/3, ethernet1/4: type `ha`. */
  readonly haInterfaces: { readonly ha1Backup: string; readonly ha2: string; readonly ha3: string };
  readonly connections: readonly ConnectionModel[];
  readonly bgp: { readonly localAsn: number; readonly routerId: string };
  readonly bfd: {
    readonly minTxIntervalMs: number;
    readonly minRxIntervalMs: number;
    readonly detectionMultiplier: number;
  };
  readonly ecmp: { readonly enabled: boolean; readonly maxPaths: number };
  readonly securityRule?: { readonly name: string };
  /** At most one internet breakout per firewall. */
  readonly internetBreakout?: InternetBreakoutModel;
  readonly ha: HaModel;
}

/** The device settings applied by the preparation step. */
export interface DeviceSettingsModel {
  readonly api: ApiConnectionModel;
  /** The `mve-ha` command; undefined: the bundled CLI the stack carries. */
  readonly cli?: string;
  readonly hypervisorAssignedMacAddresses: boolean;
  readonly jumboFrameMtu: number;
  readonly management: {
    readonly address: AddressModel;
    readonly gateway: string;
    readonly mtu: number;
    readonly dnsServers: readonly string[];
    /** Static IPv6 address (`address/prefix`) and default gateway, when given. */
    readonly ipv6?: { readonly address: string; readonly gateway: string };
  };
}
