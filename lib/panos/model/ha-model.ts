import { integerInRange, ipv4Address, ipv4Interface, oneOf } from "../../core/rules";
import type { Issues } from "../../core/validation-error";
import type { HighAvailabilityProps, LinkMonitoringProps } from "../props/high-availability";
import { peerAddressDiffers, peerAddressOnSubnet } from "../rules/addressing";
import { interfaceName, itemCount, knownAtSynth, panosName } from "../rules/names";
import { pathMonitoringHasDestinations } from "../rules/path-monitoring";
import { splitAddress } from "./address";
import { DEFAULTS, PORTS } from "./defaults";
import type { ConnectionModel, HaModel, MonitoringGroupModel } from "./types";

const CONDITIONS = ["any", "all"] as const;

/**
 * Validates the HA props and builds the HA model. Path monitoring gets one destination group per
 * monitored connection, whose destination is that connection's BGP neighbour.
 */
export function buildHaModel(
  props: HighAvailabilityProps,
  connections: readonly ConnectionModel[],
  virtualRouter: string,
  issues: Issues,
): HaModel {
  const p = "ha";
  issues
    .add(knownAtSynth(`${p}.deviceId`, props.deviceId))
    .add(oneOf(`${p}.deviceId`, props.deviceId, [0, 1], "use 0 on one firewall and 1 on the other"))
    .add(ipv4Address(`${p}.peerManagementIp`, props.peerManagementIp, "give the other firewall's management IP"))
    .add(ipv4Interface(`${p}.ha2.address`, props.ha2.address, "give this firewall's HA2 address, e.g. 10.255.2.1/30"));
  if (props.ha1Backup) {
    const b = props.ha1Backup;
    issues
      .add(ipv4Interface(`${p}.ha1Backup.address`, b.address, "give this firewall's HA1-backup address"))
      .add(ipv4Address(`${p}.ha1Backup.peerAddress`, b.peerAddress, "give the other firewall's HA1-backup address"))
      .add(peerAddressDiffers(`${p}.ha1Backup.peerAddress`, b.peerAddress, b.address))
      .add(peerAddressOnSubnet(`${p}.ha1Backup.peerAddress`, b.peerAddress, b.address));
  }
  const deviceId = props.deviceId;
  const keepAlive = props.ha2.keepAlive;
  const pm = props.pathMonitoring;
  const model: HaModel = {
    deviceId,
    groupId: props.groupId ?? DEFAULTS.groupId,
    description: props.description,
    peerIp: props.peerManagementIp,
    ha1Port: "management",
    ha1Backup: props.ha1Backup && {
      port: PORTS.ha1Backup,
      address: splitAddress(props.ha1Backup.address),
      peerIp: props.ha1Backup.peerAddress,
    },
    ha2: {
      port: PORTS.ha2,
      address: splitAddress(props.ha2.address),
      transport: props.ha2.transport ?? DEFAULTS.ha2Transport,
      keepAlive: {
        enabled: keepAlive?.enabled ?? DEFAULTS.ha2KeepAliveEnabled,
        action: keepAlive?.action ?? DEFAULTS.ha2KeepAliveAction,
        thresholdMs: keepAlive?.thresholdMs ?? DEFAULTS.ha2KeepAliveThresholdMs,
      },
    },
    ha3Port: PORTS.ha3,
    election: {
      devicePriority: props.election?.devicePriority ?? DEFAULTS.devicePriorityByDeviceId[deviceId === 1 ? 1 : 0],
      preemptive: props.election?.preemptive ?? DEFAULTS.preemptive,
      heartbeatBackup: props.election?.heartbeatBackup ?? DEFAULTS.heartbeatBackup,
      timers: props.election?.timers ?? DEFAULTS.timers,
    },
    sessionOwnerSelection: props.sessionOwnerSelection ?? DEFAULTS.sessionOwnerSelection,
    sessionSetup: props.sessionSetup ?? DEFAULTS.sessionSetup,
    tentativeHoldTimeSeconds: props.tentativeHoldTimeSeconds ?? DEFAULTS.tentativeHoldTimeSeconds,
    virtualRouterSync: false,
    configurationSync: props.configurationSync ?? DEFAULTS.configurationSync,
    stateSync: props.stateSync ?? DEFAULTS.stateSync,
    pathMonitoring: {
      enabled: pm?.enabled ?? DEFAULTS.pathMonitoringEnabled,
      failureCondition: pm?.failureCondition ?? DEFAULTS.failureCondition,
      virtualRouter,
      pingIntervalMs: pm?.pingIntervalMs ?? DEFAULTS.pingIntervalMs,
      pingCount: pm?.pingCount ?? DEFAULTS.pingCount,
      groups: connections
        .filter((c) => c.bgp.monitorPath)
        .map((c) => ({ name: c.name, failureCondition: "any", members: [c.bgp.peerAddress] })),
    },
    linkMonitoring: props.linkMonitoring && buildLinkMonitoring(props.linkMonitoring, issues),
  };
  checkRanges(model, issues);
  issues.add(
    pathMonitoringHasDestinations(
      `${p}.pathMonitoring.enabled`,
      model.pathMonitoring.enabled,
      model.pathMonitoring.groups.length,
    ),
  );
  return model;
}

/** Numbers written into the HA XML: each must be a literal inside its PAN-OS range. */
function checkRanges(m: HaModel, issues: Issues): void {
  const p = "ha";
  const ranges: [string, number, number, number, string][] = [
    [`${p}.groupId`, m.groupId, 1, 63, "use the same group ID, 1..63, on both firewalls"],
    [`${p}.election.devicePriority`, m.election.devicePriority, 0, 255, "lower wins; leave the default"],
    [`${p}.tentativeHoldTimeSeconds`, m.tentativeHoldTimeSeconds, 10, 600, "use 60 (the default)"],
    [`${p}.ha2.keepAlive.thresholdMs`, m.ha2.keepAlive.thresholdMs, 5000, 60000, "use 10000 (the default)"],
    [`${p}.pathMonitoring.pingIntervalMs`, m.pathMonitoring.pingIntervalMs, 200, 60000, "use 200 (the default)"],
    [`${p}.pathMonitoring.pingCount`, m.pathMonitoring.pingCount, 3, 10, "use 10 (the default)"],
  ];
  for (const [prop, value, min, max, fix] of ranges) {
    issues.add(knownAtSynth(prop, value)).add(integerInRange(prop, value, min, max, fix));
  }
  issues
    .add(oneOf(`${p}.ha2.transport`, m.ha2.transport, ["ethernet", "ip", "udp"], 'use "ethernet"'))
    .add(oneOf(`${p}.ha2.keepAlive.action`, m.ha2.keepAlive.action, ["log-only", "split-datapath"], 'use "log-only"'))
    .add(oneOf(`${p}.election.timers`, m.election.timers, ["recommended", "aggressive"], 'use "recommended"'))
    .add(
      oneOf(
        `${p}.sessionOwnerSelection`,
        m.sessionOwnerSelection,
        ["first-packet", "primary-device"],
        'use "first-packet"',
      ),
    )
    .add(
      oneOf(
        `${p}.sessionSetup`,
        m.sessionSetup,
        ["ip-modulo", "ip-hash", "primary-device", "first-packet"],
        'use "ip-modulo"',
      ),
    )
    .add(oneOf(`${p}.pathMonitoring.failureCondition`, m.pathMonitoring.failureCondition, CONDITIONS, 'use "any"'));
}

function buildLinkMonitoring(props: LinkMonitoringProps, issues: Issues): HaModel["linkMonitoring"] {
  const p = "ha.linkMonitoring";
  const failureCondition = props.failureCondition ?? DEFAULTS.failureCondition;
  issues.add(oneOf(`${p}.failureCondition`, failureCondition, CONDITIONS, 'use "any"'));
  issues.add(
    itemCount(`${p}.groups`, props.groups, 1, Number.MAX_SAFE_INTEGER, "add a group or leave linkMonitoring out"),
  );
  const groups = props.groups.map((g, i): MonitoringGroupModel => {
    const condition = g.failureCondition ?? DEFAULTS.failureCondition;
    issues
      .add(knownAtSynth(`${p}.groups[${i}].name`, g.name))
      .add(panosName(`${p}.groups[${i}].name`, g.name))
      .add(oneOf(`${p}.groups[${i}].failureCondition`, condition, CONDITIONS, 'use "any"'));
    issues.add(
      itemCount(`${p}.groups[${i}].interfaces`, g.interfaces, 1, Number.MAX_SAFE_INTEGER, "list an interface"),
    );
    g.interfaces.forEach((name, j) => issues.add(interfaceName(`${p}.groups[${i}].interfaces[${j}]`, name)));
    return { name: g.name, failureCondition: condition, members: [...g.interfaces] };
  });
  return { failureCondition, groups };
}
