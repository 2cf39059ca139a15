/**
 * The topology of a pair, read off what the pair built: the Megaport constructs of its network
 * stack (product names, rates as given to the resources) and the validated firewall models its
 * firewall stacks are rendered from. Nothing is recomputed from props here beyond what the
 * resources do not carry (location and image selectors).
 */
import { isUnresolved } from "../core/tokens";
import {
  AwsConnection,
  AzureExpressRouteConnection,
  GoogleInterconnectConnection,
  InternetBreakoutConnection,
  ManagementPrivateVxc,
  McrConnection,
  OracleFastConnectConnection,
  PALO_ALTO_VNICS,
  type CloudAttachment,
  type HaLink,
  type ImageSelector,
  type LocationSelector,
  type ManagementConnection,
  type PaloAltoMve,
} from "../megaport";
import type { FirewallModel } from "../panos/model/types";
import {
  AT_DEPLOY,
  FROM_MEGAPORT,
  type PairTopology,
  type TopologyConnection,
  type TopologyFirewall,
  type TopologyHaLink,
  type TopologyVnic,
} from "./model";

/** What the pair built, as the topology needs it. */
export interface PairParts {
  /** The pair's construct path. */
  readonly pair: string;
  readonly mves: readonly [PaloAltoMve, PaloAltoMve];
  readonly sites: readonly [
    { readonly location: LocationSelector; readonly diversityZone?: string },
    { readonly location: LocationSelector; readonly diversityZone?: string },
  ];
  readonly image: ImageSelector;
  readonly haLinks: readonly HaLink[];
  readonly management: readonly [ManagementConnection, ManagementConnection];
  /** Per connection, firewall 0's and 1's attachment. */
  readonly attachments: ReadonlyArray<readonly [CloudAttachment, CloudAttachment]>;
  readonly models: readonly [FirewallModel, FirewallModel];
}

const DEVICE_IDS = [0, 1] as const;

/** A synth-time value, or the label that says when it becomes known. */
function shown(value: unknown, unknown: string = AT_DEPLOY): string {
  if (value === undefined || value === "" || isUnresolved(value)) return unknown;
  return String(value);
}

/** A rate as given to a VXC resource (a literal in this package), 0 when unknown. */
function rateOf(value: number | undefined): number {
  return typeof value === "number" && !isUnresolved(value) ? value : 0;
}

/** Builds the topology of one pair. */
export function pairTopology(parts: PairParts): PairTopology {
  return {
    version: 1,
    pair: parts.pair,
    firewalls: [firewallOf(parts, 0), firewallOf(parts, 1)],
    haLinks: parts.haLinks.map((link) => haLinkOf(link, parts.models)),
    connections: parts.attachments.map((pair, k) => {
      // The firewall models list BGP connections only; the breakout is their internetBreakout.
      const before = parts.attachments.slice(0, k).filter((p) => p[0].connection instanceof InternetBreakoutConnection);
      return connectionOf(pair, k - before.length, parts.models);
    }),
  };
}

function firewallOf(parts: PairParts, deviceId: 0 | 1): TopologyFirewall {
  const model = parts.models[deviceId];
  const mve = parts.mves[deviceId];
  const management = parts.management[deviceId];
  const site = parts.sites[deviceId];
  const location = site.location.id !== undefined ? `location ${site.location.id}` : `${site.location.name}`;
  const image = parts.image.id !== undefined ? `image ${parts.image.id}` : `PAN-OS ${parts.image.version}`;
  return {
    deviceId,
    productName: mve.productName,
    size: mve.size,
    image,
    location,
    diversityZone: shown(mve.resource.diversityZoneInput, "any zone"),
    managementIp: shown(management.managementIp, FROM_MEGAPORT),
    managementProductName: shown(management.resource.productNameInput),
    managementRateLimitMbps: rateOf(management.resource.rateLimitInput),
    ...(management instanceof ManagementPrivateVxc ? { managementVia: privateVia(management) } : {}),
    localAsn: model.bgp.localAsn,
    routerId: shown(model.bgp.routerId),
    vnics: vnicsOf(model),
  };
}

/** The far end of a private management VXC, for the diagram. */
function privateVia(management: ManagementPrivateVxc): string {
  const { productUid, vlan } = management.farEnd;
  return `private VXC to ${shown(productUid)}, ${vlan === "untagged" ? "untagged" : `VLAN ${vlan}`}`;
}

function vnicsOf(model: FirewallModel): TopologyVnic[] {
  const vlans = model.connections.map((c) => `VLAN ${c.vlan} ${c.name}`).join(", ");
  const backup = model.ha.ha1Backup;
  const uses: Record<TopologyVnic["role"], string> = {
    mgmt: "management, HA1",
    data: vlans === "" ? "data plane" : vlans,
    ha1: backup ? `HA1 backup ${shown(backup.address.cidr)}` : "HA1 VXC (no HA1 backup address)",
    ha2: `HA2 ${shown(model.ha.ha2.address.cidr)}`,
    ha3: "HA3 packet forwarding",
  };
  return PALO_ALTO_VNICS.map((v) => ({
    role: v.role,
    index: v.index,
    panosInterface: v.panosInterface,
    use: uses[v.role],
  }));
}

function haLinkOf(link: HaLink, models: readonly [FirewallModel, FirewallModel]): TopologyHaLink {
  const base = {
    role: link.role,
    productName: shown(link.resource.productNameInput),
    rateLimitMbps: link.rateLimitMbps,
  };
  const port = PALO_ALTO_VNICS.find((v) => v.role === link.role)?.panosInterface ?? link.role;
  if (link.role === "ha1") {
    const backups = models.map((m) => m.ha.ha1Backup);
    return {
      ...base,
      panosInterface: port,
      carries: "HA1 backup",
      panosLinks: ["HA1-backup"],
      addresses:
        backups[0] && backups[1] ? [shown(backups[0].address.cidr), shown(backups[1].address.cidr)] : undefined,
    };
  }
  if (link.role === "ha2") {
    return {
      ...base,
      panosInterface: port,
      carries: `HA2 state sync (${models[0].ha.ha2.transport})`,
      panosLinks: ["HA2", "HA2-backup"],
      addresses: [shown(models[0].ha.ha2.address.cidr), shown(models[1].ha.ha2.address.cidr)],
    };
  }
  return { ...base, panosInterface: port, carries: "HA3 packet forwarding", panosLinks: ["HA3"] };
}

function kindOf(attachment: CloudAttachment): string {
  const connection = attachment.connection;
  if (connection instanceof AwsConnection) return `AWS ${connection.aws.type}`;
  if (connection instanceof AzureExpressRouteConnection) return "Azure ExpressRoute";
  if (connection instanceof GoogleInterconnectConnection) return "Google Partner Interconnect";
  if (connection instanceof OracleFastConnectConnection) return "Oracle FastConnect";
  if (connection instanceof McrConnection) return "MCR";
  if (connection instanceof InternetBreakoutConnection) return "Megaport Internet breakout";
  return "partner port";
}

function connectionOf(
  attachments: readonly [CloudAttachment, CloudAttachment],
  k: number,
  models: readonly [FirewallModel, FirewallModel],
): TopologyConnection {
  const first = attachments[0].connection;
  const peerings = DEVICE_IDS.map((i) => {
    const breakout = models[i].internetBreakout;
    if (first instanceof InternetBreakoutConnection && breakout) {
      return {
        deviceId: i,
        productName: shown(attachments[i].resource.productNameInput),
        subinterface: breakout.interfaceName,
        address: shown(breakout.address, FROM_MEGAPORT),
        peerAddress: shown(breakout.gateway, FROM_MEGAPORT),
        peerAsn: 0,
        bfd: false,
      };
    }
    const model = models[i].connections[k];
    return {
      deviceId: i,
      productName: shown(attachments[i].resource.productNameInput),
      subinterface: model.interfaceName,
      address: shown(model.address),
      peerAddress: shown(model.bgp.peerAddress),
      peerAsn: model.bgp.peerAsn,
      bfd: model.bgp.bfd,
    };
  });
  return {
    name: first.name,
    kind: kindOf(attachments[0]),
    vlan: first.vlan,
    rateLimitMbps: rateOf(attachments[0].resource.rateLimitInput),
    peerings: [peerings[0], peerings[1]],
  };
}
