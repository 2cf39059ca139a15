/**
 * Run-time shapes of the PAN-OS props (see lib/core/shape.ts), shared by PaloAltoFirewallConfig,
 * DevicePreparation and the pair. Values that end up in an XML spec are either literals checked
 * here and by the semantic rules, or tokens that Terraform checks at plan time (addresses only,
 * see bridge/plan-time-checks.ts); names and enum values, which become XML names or tags, are
 * literals from fixed tables.
 */
import { boolean, list, number, oneOf, optional, record, text, type Shape } from "../core/shape";

/** PAN-OS object names: letters, digits, space, `.`, `_`, `-`, starting with a letter or digit. */
export const PANOS_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;
/** Connection names also become Terraform addresses: no spaces or dots. */
export const CONNECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A command written into a provisioner's shell command line. */
export const SAFE_COMMAND = /^[A-Za-z0-9 _./:@=+-]+$/;

const CONDITIONS = ["any", "all"] as const;

/** A PAN-OS object name of at most `max` characters. */
export function panosNameShape(max = 31): Shape {
  return text({ what: "a PAN-OS name", pattern: PANOS_NAME, max, fix: "rename it, e.g. data-plane" });
}

/** A data-plane connection name. */
export const connectionNameShape = text({
  what: 'a connection name (letters, digits, "_", "-")',
  pattern: CONNECTION_NAME,
  max: 31,
  fix: "use a short name such as aws or azure-er",
});

/** An IPv4 address or interface address; the semantic rules check which. */
export function ipShape(what: string, tokens: boolean): Shape {
  return text({ what, max: 18, tokens, fix: `give ${what}` });
}

/**
 * The management interface's static IPv6 settings: literals only (the plan-time checks know IPv4),
 * hex digits, `:`, `.` and `/` (the rules in rules/ipv6-management.ts parse them).
 */
export const managementIpv6Shape = record({
  address: text({
    what: "an IPv6 address with prefix length",
    pattern: /^[0-9A-Fa-f:./]+$/,
    max: 49,
    fix: "give an address such as 2001:db8:10::10/64",
  }),
  gateway: text({
    what: "an IPv6 address",
    pattern: /^[0-9A-Fa-f:.]+$/,
    max: 45,
    fix: "give the router's address, e.g. 2001:db8:10::1 or fe80::1",
  }),
});

/** The `mve-ha` command. */
export const cliShape = text({
  what: "a plain command",
  pattern: SAFE_COMMAND,
  max: 256,
  fix: "install mve-ha on PATH, or give its path without quotes or shell syntax",
});

/** The management API settings other than the host. */
export const apiFields: Readonly<Record<string, Shape>> = {
  port: optional(number({ what: "a port", min: 1, max: 65535, fix: "use 443 unless the API listens elsewhere" })),
  protocol: optional(oneOf(["https", "http"], 'use "https"')),
  caFile: optional(text({ max: 4096, fix: "give the PEM file's path" })),
  insecureSkipVerify: optional(boolean()),
  timeouts: optional(
    record({
      applySeconds: optional(number({ what: "seconds", min: 1, max: 86400, fix: "use whole seconds" })),
      commitSeconds: optional(number({ what: "seconds", min: 1, max: 86400, fix: "use whole seconds" })),
      prepareSeconds: optional(number({ what: "seconds", min: 1, max: 86400, fix: "use whole seconds" })),
    }),
  ),
};

/** BFD timers. */
export const bfdShape = record({
  minTxIntervalMs: optional(number({ min: 200, max: 2000, what: "an interval in ms", fix: "use 300" })),
  minRxIntervalMs: optional(number({ min: 200, max: 2000, what: "an interval in ms", fix: "use 300" })),
  detectionMultiplier: optional(number({ min: 2, max: 50, what: "a multiplier", fix: "use 3" })),
});

/** ECMP. */
export const ecmpShape = record({
  enabled: optional(boolean()),
  maxPaths: optional(number({ min: 2, max: 4, what: "a path count", fix: "use 2 (the default)" })),
});

/** Names of the PAN-OS objects created. */
export const namesShape = record({
  virtualRouter: optional(panosNameShape()),
  zone: optional(panosNameShape()),
  managementProfile: optional(panosNameShape()),
  bfdProfile: optional(panosNameShape()),
});

/** The security rule between the connections. */
export const securityRuleShape = record({ enabled: optional(boolean()), name: optional(panosNameShape(63)) });

/** HA settings the two members share (the pair gives them once). */
export const haSharedFields: Readonly<Record<string, Shape>> = {
  groupId: optional(number({ min: 1, max: 63, what: "an HA group ID", fix: "use the same group ID, 1..63" })),
  description: optional(text({ max: 255, fix: "give a description of at most 255 printable characters" })),
  election: optional(
    record({
      devicePriority: optional(number({ min: 0, max: 255, what: "a priority", fix: "lower wins; leave the default" })),
      preemptive: optional(boolean()),
      heartbeatBackup: optional(boolean()),
      timers: optional(oneOf(["recommended", "aggressive"], 'use "recommended"')),
    }),
  ),
  sessionOwnerSelection: optional(oneOf(["first-packet", "primary-device"], 'use "first-packet"')),
  sessionSetup: optional(oneOf(["ip-modulo", "ip-hash", "primary-device", "first-packet"], 'use "ip-modulo"')),
  tentativeHoldTimeSeconds: optional(number({ min: 10, max: 600, what: "seconds", fix: "use 60 (the default)" })),
  configurationSync: optional(boolean()),
  stateSync: optional(boolean()),
  pathMonitoring: optional(
    record({
      enabled: optional(boolean()),
      failureCondition: optional(oneOf(CONDITIONS, 'use "any"')),
      pingIntervalMs: optional(number({ min: 200, max: 60000, what: "milliseconds", fix: "use 200 (the default)" })),
      pingCount: optional(number({ min: 3, max: 10, what: "a ping count", fix: "use 10 (the default)" })),
    }),
  ),
  linkMonitoring: optional(
    record({
      failureCondition: optional(oneOf(CONDITIONS, 'use "any"')),
      groups: list(
        record({
          name: panosNameShape(),
          interfaces: list(text({ what: "an interface name such as ethernet1/1", max: 20, fix: "use ethernet1/<n>" }), {
            min: 1,
            max: 16,
            uniqueBy: (v) => v,
            fix: "list each interface once",
          }),
          failureCondition: optional(oneOf(CONDITIONS, 'use "any"')),
        }),
        { min: 1, max: 16, uniqueBy: (g) => (g as { name?: unknown }).name, fix: "give each group its own name" },
      ),
    }),
  ),
};

/** HA2 transport. */
export const ha2TransportShape = oneOf(["ethernet", "ip", "udp"], 'use "ethernet"');

/** One member's HA props (PaloAltoFirewallConfig). */
export const haShape = record({
  ...haSharedFields,
  deviceId: oneOf([0, 1], "use 0 on one firewall and 1 on the other"),
  peerManagementIp: ipShape("the other firewall's management IPv4 address", true),
  ha1Backup: optional(
    record({ address: ipShape("an interface address", true), peerAddress: ipShape("an IPv4 address", true) }),
  ),
  ha2: record({
    address: ipShape("an interface address such as 10.255.2.1/30", true),
    transport: optional(ha2TransportShape),
    keepAlive: optional(
      record({
        enabled: optional(boolean()),
        action: optional(oneOf(["log-only", "split-datapath"], 'use "log-only"')),
        thresholdMs: optional(number({ min: 5000, max: 60000, what: "milliseconds", fix: "use 10000 (the default)" })),
      }),
    ),
  }),
});

/** The jumbo-frame MTU (HA3 needs jumbo frames; a VXC carries at most 9100). */
export const jumboFrameMtuShape = number({ what: "an MTU", fix: "leave it at the default 9100" });

/** DNS servers: one or two, distinct. */
export function dnsServersShape(item: Shape): Shape {
  return list(item, { min: 1, max: 2, uniqueBy: (v) => v, fix: "give one or two different DNS servers" });
}

/** An internet breakout's outbound rule: sources and NAT stated by the user, nothing assumed. */
export const outboundShape = record({
  sourceAddresses: list(text({ what: 'a CIDR or "any"', max: 18, fix: "give a CIDR such as 10.10.0.0/16" }), {
    min: 0,
    max: 100,
    fix: 'list the sources that may reach the Internet, e.g. ["10.10.0.0/16"]',
  }),
  fromZones: optional(list(panosNameShape(), { min: 1, max: 20, fix: "list the zones traffic may come from" })),
  nat: oneOf(["source-interface", "none"], 'say "source-interface" (NAT to the breakout address) or "none"'),
  ruleName: optional(panosNameShape(63)),
  natRuleName: optional(panosNameShape(63)),
});

/** PaloAltoFirewallConfig's internetBreakout. */
function internetBreakoutShape(): Shape {
  return record({
    name: text({ max: 64, fix: "use a short name such as internet" }),
    vlan: number({ what: "a VLAN tag", fix: "use the inner VLAN of the VXC" }),
    address: ipShape("an interface address such as 203.0.113.10/29", true),
    gateway: ipShape("an IPv4 address", true),
    mtu: optional(number({ what: "an MTU", fix: "use 1500" })),
    zone: optional(panosNameShape()),
    outbound: outboundShape,
  });
}

/** PaloAltoFirewallConfig's props. */
export const firewallConfigShape = record({
  api: record({ ...apiFields, host: ipShape("the firewall's management address", true) }),
  ha: haShape,
  connections: list(
    record({
      // The pattern is the semantic rule's (connectionName), which says more.
      name: text({ max: 64, fix: "use a short name such as aws or azure-er" }),
      vlan: number({ what: "a VLAN tag", fix: "use the inner VLAN of the VXC" }),
      address: ipShape("an interface address such as 169.254.100.1/30", true),
      mtu: optional(number({ what: "an MTU", fix: "use 1500" })),
      bgp: record({
        peerAddress: ipShape("an IPv4 address", true),
        peerAsn: number({ what: "an AS number", tokens: true, fix: "use the peer's AS number" }),
        bfd: optional(boolean()),
        monitorPath: optional(boolean()),
      }),
    }),
    { max: 100, fix: "add the cloud connections to route between" },
  ),
  internetBreakout: optional(internetBreakoutShape()),
  bgp: record({
    localAsn: number({ what: "an AS number", tokens: true, fix: "use the firewalls' AS number" }),
    routerId: ipShape("an IPv4 address", true),
  }),
  bfd: optional(bfdShape),
  ecmp: optional(ecmpShape),
  dataInterface: optional(record({ mtu: optional(number({ what: "an MTU", fix: "leave it unset" })) })),
  names: optional(namesShape),
  securityRule: optional(securityRuleShape),
  cli: optional(cliShape),
});

/** DevicePreparation's props. */
export const devicePreparationShape = record({
  api: record({ ...apiFields, host: optional(ipShape("the firewall's management address", true)) }),
  managementInterface: record({
    address: ipShape("an interface address such as 203.0.113.10/29", true),
    gateway: ipShape("an IPv4 address", true),
    dnsServers: dnsServersShape(ipShape("an IPv4 address", true)),
    mtu: optional(number({ what: "an MTU", fix: "use 1500" })),
    ipv6: optional(managementIpv6Shape),
  }),
  jumboFrameMtu: optional(jumboFrameMtuShape),
  hypervisorAssignedMacAddresses: optional(boolean()),
  cli: optional(cliShape),
  // Terraform dependencies (resources of the same stack); Terraform checks them, not the shape.
  dependsOn: optional(list(() => [], { fix: "give the resources the preparation waits for" })),
});
