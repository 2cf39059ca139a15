/**
 * Data-plane connections of a pair: one definition, one VXC per firewall on the same VLAN, and
 * the BGP session each firewall runs over its VXC.
 */
import type { Construct } from "constructs";
import {
  AwsConnection,
  AzureExpressRouteConnection,
  PartnerPortConnection,
  type AwsAttachmentProps,
  type AwsConnectionProps,
  type AzureExpressRouteProps,
  type CloudAttachment,
  type CloudConnection,
  type PartnerPortAttachmentProps,
  type PartnerPortConnectionProps,
  type PaloAltoMve,
} from "../megaport";

/** Index of a firewall in the pair: its HA device ID. */
export type FirewallIndex = 0 | 1;

/** One firewall's BGP session over one connection, as PAN-OS needs it. */
export interface FirewallPeering {
  /** The firewall's address on the VLAN subinterface, with prefix, e.g. `169.254.100.1/30`. */
  readonly localAddress: string;
  /** The BGP neighbour's address, e.g. `169.254.100.2`. */
  readonly peerAddress: string;
  /** The neighbour's ASN. */
  readonly peerAsn: number;
}

/** A connection of the pair. Build one with `aws`, `azure` or `partnerPort`. */
export interface PairConnection {
  /** The Megaport connection definition (name, VLAN, bandwidth). */
  readonly connection: CloudConnection;
  /** Adds the VXC of firewall `index` on `mve`. */
  attach(scope: Construct, id: string, index: FirewallIndex, mve: PaloAltoMve): CloudAttachment;
}

/** Per-firewall settings of an AWS connection. */
export type AwsFirewallSettings = Omit<AwsAttachmentProps, "mve">;

/** AWS Direct Connect (hosted VIF or hosted connection) on both firewalls, same VLAN. */
export function aws(
  props: AwsConnectionProps & { readonly firewalls: readonly [AwsFirewallSettings, AwsFirewallSettings] },
): PairConnection {
  const connection = new AwsConnection(props);
  return {
    connection,
    attach: (scope, id, index, mve) => connection.attach(scope, id, { mve, ...props.firewalls[index] }),
  };
}

/** Azure ExpressRoute on both firewalls, same VLAN: firewall 0 on the primary port, 1 on the secondary. */
export function azure(props: AzureExpressRouteProps): PairConnection {
  const connection = new AzureExpressRouteConnection(props);
  return {
    connection,
    attach: (scope, id, index, mve) =>
      connection.attach(scope, id, { mve, port: index === 0 ? "primary" : "secondary" }),
  };
}

/** Per-firewall settings of a partner-port connection. */
export type PartnerPortFirewallSettings = Omit<PartnerPortAttachmentProps, "mve">;

/** Any partner port (by product UID) on both firewalls, same VLAN. */
export function partnerPort(
  props: PartnerPortConnectionProps & {
    readonly firewalls: readonly [PartnerPortFirewallSettings, PartnerPortFirewallSettings];
  },
): PairConnection {
  const connection = new PartnerPortConnection(props);
  return {
    connection,
    attach: (scope, id, index, mve) => connection.attach(scope, id, { mve, ...props.firewalls[index] }),
  };
}
