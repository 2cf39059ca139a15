import { integerInRange, ipv4Address, ipv4Interface } from "../../core/rules";
import { isUnresolved } from "../../core/tokens";
import { shapeIssues } from "../../core/shape";
import { Issues } from "../../core/validation-error";
import type { DataPlaneConnectionProps } from "../props/data-plane";
import type { PaloAltoFirewallConfigProps } from "../props/firewall";
import { noOverlappingSubnets, peerAddressDiffers, peerAddressOnSubnet } from "../rules/addressing";
import { dataPlaneMtu, mtuWithinParent } from "../rules/mtu";
import { connectionName, itemCount, knownAtSynth, panosName, unique } from "../rules/names";
import { asNumber, bfdInterval, bfdMultiplier, ebgpPeerAsn, vlanTag } from "../rules/routing";
import { buildApiConnection, buildCliCommand } from "./api-connection-model";
import { DEFAULTS, MEGAPORT_VXC_MAX_MTU, PORTS } from "./defaults";
import { buildHaModel } from "./ha-model";
import { firewallConfigShape } from "../shapes";
import { buildInternetBreakout } from "./internet-breakout-model";
import type { ConnectionModel, FirewallModel, InternetBreakoutModel } from "./types";

/** Every VLAN subinterface of ethernet1/1: the connections' and the internet breakout's. */
export function subinterfacesOf(model: {
  readonly connections: readonly ConnectionModel[];
  readonly internetBreakout?: InternetBreakoutModel;
}): ReadonlyArray<Pick<ConnectionModel, "name" | "vlan" | "interfaceName" | "address" | "mtu">> {
  return [...model.connections, ...(model.internetBreakout ? [model.internetBreakout] : [])];
}

/**
 * Validates every prop of one firewall and returns the model with defaults applied. Throws one
 * ValidationError listing every problem, each with `path` (the construct path).
 */
export function buildFirewallModel(props: PaloAltoFirewallConfigProps, path: string): FirewallModel {
  // Shape first (types, presence, enums, tokens): the rules below may then rely on it.
  new Issues(path).addAll(shapeIssues(props, firewallConfigShape)).throwIfAny();
  const issues = new Issues(path);
  const api = buildApiConnection(props.api, issues);
  const cli = buildCliCommand(props.cli, issues);
  const names = {
    virtualRouter: props.names?.virtualRouter ?? DEFAULTS.virtualRouter,
    zone: props.names?.zone ?? DEFAULTS.zone,
    managementProfile: props.names?.managementProfile ?? DEFAULTS.managementProfile,
    bfdProfile: props.names?.bfdProfile ?? DEFAULTS.bfdProfile,
  };
  for (const [key, name] of Object.entries(names)) {
    issues.add(knownAtSynth(`names.${key}`, name)).add(panosName(`names.${key}`, name));
  }
  const bgp = { localAsn: props.bgp.localAsn, routerId: props.bgp.routerId };
  issues
    .add(asNumber("bgp.localAsn", bgp.localAsn))
    .add(ipv4Address("bgp.routerId", bgp.routerId, "use an IPv4 address unique to this firewall"));

  const connections = props.connections.map((c, i) => buildConnection(c, `connections[${i}]`, bgp.localAsn, issues));
  issues
    .add(
      itemCount("connections", connections, 1, Number.MAX_SAFE_INTEGER, "add the cloud connections to route between"),
    )
    .addAll(
      unique(
        "connections",
        connections.map((c) => c.name),
        "name",
      ),
    )
    .addAll(
      unique(
        "connections",
        connections.map((c) => c.vlan),
        "VLAN",
      ),
    );

  const internetBreakout =
    props.internetBreakout && buildInternetBreakout(props.internetBreakout, "internetBreakout", names.zone, issues);
  const subinterfaces = subinterfacesOf({ connections, internetBreakout });
  const sameVlan = connections.findIndex((c) => c.vlan === internetBreakout?.vlan);
  if (internetBreakout && sameVlan >= 0) {
    issues.add({
      prop: "internetBreakout.vlan",
      value: internetBreakout.vlan,
      problem: `is also the VLAN of connections[${sameVlan}] (${connections[sameVlan].name})`,
      allowed: "a VLAN of its own on ethernet1/1",
      fix: "give the internet breakout its own VLAN",
    });
  }
  const dataInterface = { name: PORTS.data, mtu: props.dataInterface?.mtu ?? largestMtu(subinterfaces) };
  // A derived parent MTU repeats a connection's MTU, whose own issue already says what is wrong.
  if (props.dataInterface?.mtu !== undefined) issues.add(dataPlaneMtu("dataInterface.mtu", dataInterface.mtu));
  connections.forEach((c, i) => issues.add(mtuWithinParent(`connections[${i}].mtu`, c.mtu, dataInterface.mtu)));
  if (internetBreakout) issues.add(mtuWithinParent("internetBreakout.mtu", internetBreakout.mtu, dataInterface.mtu));

  const bfd = {
    minTxIntervalMs: props.bfd?.minTxIntervalMs ?? DEFAULTS.bfdMinTxIntervalMs,
    minRxIntervalMs: props.bfd?.minRxIntervalMs ?? DEFAULTS.bfdMinRxIntervalMs,
    detectionMultiplier: props.bfd?.detectionMultiplier ?? DEFAULTS.bfdDetectionMultiplier,
  };
  issues
    .add(bfdInterval("bfd.minTxIntervalMs", bfd.minTxIntervalMs))
    .add(bfdInterval("bfd.minRxIntervalMs", bfd.minRxIntervalMs))
    .add(bfdMultiplier("bfd.detectionMultiplier", bfd.detectionMultiplier));

  const ecmp = {
    enabled: props.ecmp?.enabled ?? DEFAULTS.ecmpEnabled,
    maxPaths: props.ecmp?.maxPaths ?? DEFAULTS.ecmpMaxPaths,
  };
  issues.add(integerInRange("ecmp.maxPaths", ecmp.maxPaths, 2, 4, "use 2 (the default)", "a path count"));

  const ruleEnabled = props.securityRule?.enabled ?? DEFAULTS.securityRuleEnabled;
  const ruleName = props.securityRule?.name ?? DEFAULTS.securityRuleName;
  if (ruleEnabled)
    issues.add(knownAtSynth("securityRule.name", ruleName)).add(panosName("securityRule.name", ruleName, 63));

  const ha = buildHaModel(props.ha, connections, names.virtualRouter, issues);
  issues.addAll(
    noOverlappingSubnets([
      ...connections.map((c, i) => ({ prop: `connections[${i}].address`, value: c.address })),
      ...(internetBreakout ? [{ prop: "internetBreakout.address", value: internetBreakout.address }] : []),
      { prop: "ha.ha2.address", value: ha.ha2.address.cidr },
      ...(ha.ha1Backup ? [{ prop: "ha.ha1Backup.address", value: ha.ha1Backup.address.cidr }] : []),
    ]),
  );
  issues.throwIfAny();
  return {
    api,
    cli,
    names,
    dataInterface,
    haInterfaces: { ha1Backup: PORTS.ha1Backup, ha2: PORTS.ha2, ha3: PORTS.ha3 },
    connections,
    bgp,
    bfd,
    ecmp,
    securityRule: ruleEnabled ? { name: ruleName } : undefined,
    internetBreakout,
    ha,
  };
}

function buildConnection(c: DataPlaneConnectionProps, p: string, localAsn: number, issues: Issues): ConnectionModel {
  const model: ConnectionModel = {
    name: c.name,
    vlan: c.vlan,
    interfaceName: `${PORTS.data}.${c.vlan}`,
    address: c.address,
    mtu: c.mtu ?? DEFAULTS.connectionMtu,
    bgp: {
      peerAddress: c.bgp.peerAddress,
      peerAsn: c.bgp.peerAsn,
      bfd: c.bgp.bfd ?? DEFAULTS.bfd,
      monitorPath: c.bgp.monitorPath ?? DEFAULTS.monitorPath,
    },
  };
  issues
    .add(knownAtSynth(`${p}.name`, c.name))
    .add(connectionName(`${p}.name`, c.name))
    .add(knownAtSynth(`${p}.vlan`, c.vlan))
    .add(vlanTag(`${p}.vlan`, c.vlan))
    .add(ipv4Interface(`${p}.address`, c.address, "give this firewall's address on the VXC, e.g. 169.254.100.1/30"))
    .add(dataPlaneMtu(`${p}.mtu`, model.mtu))
    .add(ipv4Address(`${p}.bgp.peerAddress`, c.bgp.peerAddress, "give the neighbour's address on the VXC"))
    .add(peerAddressDiffers(`${p}.bgp.peerAddress`, c.bgp.peerAddress, c.address))
    .add(peerAddressOnSubnet(`${p}.bgp.peerAddress`, c.bgp.peerAddress, c.address))
    .add(asNumber(`${p}.bgp.peerAsn`, c.bgp.peerAsn))
    .add(ebgpPeerAsn(`${p}.bgp.peerAsn`, c.bgp.peerAsn, localAsn));
  return model;
}

/** The parent must carry its largest subinterface; 9100 when an MTU is known only at plan time. */
function largestMtu(connections: ReadonlyArray<Pick<ConnectionModel, "mtu">>): number {
  if (connections.some((c) => isUnresolved(c.mtu))) return MEGAPORT_VXC_MAX_MTU;
  return Math.max(DEFAULTS.connectionMtu, ...connections.map((c) => c.mtu));
}
