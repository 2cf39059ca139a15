/**
 * How each firewall's management interface (the MVE's `mgmt` vNIC, where HA1 also runs) is
 * connected: Megaport Internet, as the guide's example does (the default), or a private VXC to a
 * product of yours, as the guide says production may ("the management interface can instead be
 * connected to a private VXC once an alternative management path is configured").
 */
import type { TerraformStack } from "cdktf";
import { list, oneOf, optional, record, text, type Shape } from "../core/shape";
import {
  ManagementInternet,
  ManagementPrivateVxc,
  type ManagementAddress,
  type ManagementConnection,
  type ManagementVlan,
  type PaloAltoMve,
  type ProductOptions,
} from "../megaport";
import { managementVlanShape } from "../megaport/management-private-vxc";
import { managementAddressShape, productNameShape, rateLimitShape } from "../megaport/shapes";
import { managementIpv6Shape } from "../panos/shapes";
import { stringValueShape } from "./connection-shapes";
import type { FirewallIndex } from "./connections";
import type { PaloAltoHaPairProps } from "./props";
import type { StringValue } from "./variables";

/** Management over Megaport Internet (the guide's example; the default). */
export interface MegaportInternetManagementPath {
  readonly kind: "megaport-internet";
}

/** Management over a private VXC per firewall, to a product of yours; no Megaport Internet is ordered. */
export interface PrivateVxcManagementPath {
  readonly kind: "private-vxc";
  /** Firewall 0's and firewall 1's management VXC, in that order. */
  readonly firewalls: readonly [PrivateManagementVxc, PrivateManagementVxc];
  /** Bandwidth of each management VXC, in Mbps. @default 100 */
  readonly rateLimitMbps?: number;
}

/** One firewall's private management VXC and the addressing of its management interface. */
export interface PrivateManagementVxc {
  /** Product UID of the far end: a port of yours, an MCR, or another MVE. */
  readonly productUid: string;
  /**
   * VLAN at the far end: a tag from 2 to 4093, or `"untagged"`. The firewall's end is untagged
   * (the PAN-OS management port takes no VLAN tags).
   */
  readonly vlan: ManagementVlan;
  /** The far end's vNIC index, when the far end is an MVE. @default - the far end is a port or an MCR */
  readonly vnicIndex?: number;
  /**
   * The firewall's management address, prefix length and gateway on your network. Required:
   * nothing assigns one on a private VXC. It is also the firewall's HA1 address.
   */
  readonly address: ManagementAddress;
  /** DNS servers of this firewall. @default - management.dnsServers */
  readonly dnsServers?: readonly StringValue[];
  /** VXC product name. @default - `<MVE product name> management` */
  readonly productName?: string;
}

/** The management path of a pair: a discriminated union on `kind`. */
export type ManagementPath = MegaportInternetManagementPath | PrivateVxcManagementPath;

/** A firewall's static IPv6 management address and gateway. */
export interface ManagementIpv6 {
  /** IPv6 address with prefix length, e.g. `2001:db8:10::10/64`. */
  readonly address: string;
  /** IPv6 default gateway, in that subnet or link-local (e.g. `fe80::1`). */
  readonly gateway: string;
}

const dnsServer = stringValueShape("a DNS server's IPv4 address", "use a resolver's IPv4 address, e.g. 9.9.9.9");

const privateVxcShape = record({
  productUid: text({ max: 100, fix: "give the far end's product UID (your port, MCR or MVE)" }),
  vlan: managementVlanShape,
  vnicIndex: optional(oneOf([0, 1, 2, 3, 4], "give the far MVE's vnic_index, or leave it unset for a port or MCR")),
  // Optional here so that a missing address is privateManagementHasAddress's issue, which says why.
  address: optional(managementAddressShape),
  dnsServers: optional(list(dnsServer, { min: 1, max: 2, fix: "give one or two DNS servers" })),
  productName: optional(productNameShape),
});

const PATHS: Readonly<Record<ManagementPath["kind"], Shape>> = {
  "megaport-internet": record({ kind: oneOf(["megaport-internet"], "") }),
  "private-vxc": record({
    kind: oneOf(["private-vxc"], ""),
    firewalls: list(privateVxcShape, {
      min: 2,
      max: 2,
      fix: "give firewall 0's and firewall 1's management VXC, in that order",
    }),
    rateLimitMbps: optional(rateLimitShape),
  }),
};

/** ManagementPath at run time: `kind` picks the fields. */
export const managementPathShape: Shape = (value, prop) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof value === "object" && value !== null && typeof kind === "string" && kind in PATHS) {
    return PATHS[kind as ManagementPath["kind"]](value, prop);
  }
  return oneOf(Object.keys(PATHS), 'give kind: "megaport-internet" or "private-vxc"')(kind, `${prop}.kind`);
};

/** Firewall 0's and 1's IPv6 management settings. */
export const managementIpv6PairShape: Shape = list(managementIpv6Shape, {
  min: 2,
  max: 2,
  fix: "give firewall 0's and firewall 1's IPv6 address and gateway, in that order",
});

/** The private path of the props, when that is the chosen one. */
export function privatePathOf(props: PaloAltoHaPairProps): PrivateVxcManagementPath | undefined {
  const path = props.management.path;
  return path?.kind === "private-vxc" ? path : undefined;
}

/** Firewall `i`'s management connection: Megaport Internet, or the private VXC of the chosen path. */
export function buildManagement(
  stack: TerraformStack,
  props: PaloAltoHaPairProps,
  i: FirewallIndex,
  mve: PaloAltoMve,
  product: ProductOptions,
): ManagementConnection {
  const path = privatePathOf(props);
  if (path === undefined) {
    // The construct ID is today's: a pair that keeps Megaport Internet keeps its resources.
    return new ManagementInternet(stack, `management-${i}`, {
      ...product,
      mve,
      rateLimitMbps: props.management.internetRateLimitMbps,
      managementAddress: props.sites[i].managementAddress,
    });
  }
  const firewall = path.firewalls[i];
  return new ManagementPrivateVxc(stack, `management-private-${i}`, {
    ...product,
    mve,
    productUid: firewall.productUid,
    vlan: firewall.vlan,
    vnicIndex: firewall.vnicIndex,
    managementAddress: firewall.address,
    rateLimitMbps: path.rateLimitMbps,
    productName: firewall.productName,
  });
}
