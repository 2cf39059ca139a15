/** Fixed ports and the defaults of every optional prop, in one place. */

/** The guide's interface roles on a 5-vNIC MVE. */
export const PORTS = {
  data: "ethernet1/1",
  ha1Backup: "ethernet1/2",
  ha2: "ethernet1/3",
  ha3: "ethernet1/4",
} as const;

/** Largest MTU a Megaport VXC carries. */
export const MEGAPORT_VXC_MAX_MTU = 9100;

export const DEFAULTS = {
  port: 443,
  protocol: "https",
  insecureSkipVerify: false,
  applySeconds: 600,
  commitSeconds: 1200,
  prepareSeconds: 3600,
  connectionMtu: 1500,
  bfd: true,
  monitorPath: true,
  bfdMinTxIntervalMs: 300,
  bfdMinRxIntervalMs: 300,
  bfdDetectionMultiplier: 3,
  ecmpEnabled: true,
  ecmpMaxPaths: 2,
  virtualRouter: "default",
  zone: "data-plane",
  managementProfile: "allow-ping",
  bfdProfile: "bgp-bfd",
  securityRuleEnabled: true,
  securityRuleName: "allow-between-data-plane-connections",
  groupId: 1,
  ha2Transport: "ethernet",
  ha2KeepAliveEnabled: true,
  ha2KeepAliveAction: "log-only",
  ha2KeepAliveThresholdMs: 10000,
  /** Lower wins: device ID 0 is meant to be active-primary. */
  devicePriorityByDeviceId: [100, 110] as const,
  preemptive: false,
  heartbeatBackup: false,
  timers: "recommended",
  sessionOwnerSelection: "first-packet",
  sessionSetup: "ip-modulo",
  tentativeHoldTimeSeconds: 60,
  configurationSync: true,
  stateSync: true,
  pathMonitoringEnabled: true,
  failureCondition: "any",
  pingIntervalMs: 200,
  pingCount: 10,
  jumboFrameMtu: MEGAPORT_VXC_MAX_MTU,
  hypervisorAssignedMacAddresses: true,
  managementMtu: 1500,
} as const;
