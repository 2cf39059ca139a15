/**
 * Data-plane connections of a pair: one definition, one VXC per firewall on the same VLAN, and
 * the BGP addressing each firewall uses over its VXC. Secrets can be `variable(...)`s, which the
 * network stack declares.
 */
import type { Construct } from "constructs";
import {
  AwsConnection,
  AzureExpressRouteConnection,
  PartnerPortConnection,
  type AwsAttachmentProps,
  type AwsConnectionProps,
  type AzureAttachmentProps,
  type AzureExpressRouteProps,
  type CloudAttachment,
  type CloudConnection,
  type CloudConnectionProps,
  type PartnerPortAttachmentProps,
  type PartnerPortConnectionProps,
  type PaloAltoMve,
  type ProductOptions,
} from "../megaport";
import type { RuleIssue } from "../core/validation-error";
import type { InternetBreakoutProps } from "../panos/props/internet-breakout";
import { shapeIssues, type Shape } from "../core/shape";
import { valueIn, type StringValue } from "./variables";
import { awsPairShape, azurePairShape, partnerPortPairShape } from "./connection-shapes";

/** What an internet breakout configures on each firewall (see InternetBreakoutProps in lib/panos). */
export type InternetBreakoutSettings = Pick<InternetBreakoutProps, "zone" | "mtu" | "outbound">;

/** Index of a firewall in the pair: its HA device ID. */
export type FirewallIndex = 0 | 1;

/** A firewall's BGP field on a connection: its address, its neighbour's address, its neighbour's ASN. */
export type PeeringField = "address" | "peerAddress" | "peerAsn";

/** A connection of the pair. Build one with `aws`, `azure`, `google`, `oracle`, `mcr`, `partnerPort` or `internetBreakout`. */
export interface PairConnection {
  /** Connection name. */
  readonly name: string;
  /** VLAN on both firewalls. */
  readonly vlan: number;
  /** Bandwidth of each of its VXCs, in Mbps. */
  readonly rateLimitMbps: number;
  /** The firewall ASN the connection is ordered with (AWS hosted VIF, Azure private peering), and its prop. */
  readonly orderedAsn?: { readonly asn: number; readonly prop: string };
  /**
   * Adds the VXC of firewall `index` on `mve`. The Megaport connection is built at the first call,
   * with the pair's product options (`defaults`) under the connection's own.
   */
  attach(
    scope: Construct,
    id: string,
    index: FirewallIndex,
    mve: PaloAltoMve,
    defaults?: ProductOptions,
  ): CloudAttachment;
  /**
   * Set on an internet breakout (`internetBreakout`): the firewall side it asks for instead of a
   * BGP session. At most one per pair.
   */
  readonly internet?: InternetBreakoutSettings;
  /** The Megaport connection, once attached. */
  readonly connection: CloudConnection | undefined;
  /** The prop (below `cloudConnections[k].`) that sets firewall `index`'s `field`, for messages. */
  propOf(field: PeeringField, index: FirewallIndex): string;
  /**
   * What is wrong with the props the builder was given (props below `cloudConnections[k].`); the
   * pair reports them before it uses the connection.
   */
  readonly shapeIssues: readonly RuleIssue[];
}

const built = new WeakSet<object>();

/**
 * Position of cloudConnections[k] among the firewall's BGP connections (`connections` of
 * PaloAltoFirewallConfig), or undefined for the internet breakout, which is configured apart.
 */
export function bgpIndexOf(connections: readonly PairConnection[], k: number): number | undefined {
  if (connections[k]?.internet) return undefined;
  return connections.slice(0, k).filter((c) => !c.internet).length;
}

/** The cloudConnections index of the firewall's BGP connection `j` (the inverse of bgpIndexOf). */
export function pairIndexOf(connections: readonly PairConnection[], j: number): number {
  const indexes = connections.flatMap((c, k) => (c.internet ? [] : [k]));
  return indexes[j] ?? j;
}

/** True for a connection made by aws(), azure() or partnerPort(). */
export function isPairConnection(value: unknown): value is PairConnection {
  return typeof value === "object" && value !== null && built.has(value);
}

/** The builder's props as an object the builder can read safely (its shape issues say what is wrong). */
export function readable<T extends object>(props: T): T {
  return typeof props === "object" && props !== null && !Array.isArray(props) ? props : ({} as T);
}

/** The BGP field names of per-firewall `bgp` settings. */
export const BGP_FIELDS = { address: "localAddress", peerAddress: "peerAddress", peerAsn: "peerAsn" } as const;

/** `props` with `defaults` filling what it leaves undefined. */
export function withDefaults<T extends object>(props: T, defaults: ProductOptions | undefined): T {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(props)) if (value !== undefined) merged[key] = value;
  return merged as T;
}

/** The connection's own props: the per-firewall settings go to each attachment, not to the connection. */
export function withoutFirewalls<T extends { readonly firewalls?: unknown }>(props: T): Omit<T, "firewalls"> {
  const { firewalls: _perFirewall, ...connection } = props;
  return connection;
}

/** Builds the L2 connection at the first attach, in the network stack, and attaches through it. */
export function lazyConnection<C extends CloudConnection>(
  base: {
    name: string;
    vlan: number;
    rateLimitMbps: number;
    orderedAsn?: PairConnection["orderedAsn"];
    propOf: PairConnection["propOf"];
    internet?: PairConnection["internet"];
  },
  build: (scope: Construct, defaults: ProductOptions | undefined) => C,
  attach: (connection: C, scope: Construct, id: string, index: FirewallIndex, mve: PaloAltoMve) => CloudAttachment,
  issues: readonly RuleIssue[],
): PairConnection {
  let connection: C | undefined;
  const result: PairConnection = {
    ...base,
    shapeIssues: issues,
    get connection() {
      return connection;
    },
    attach(scope, id, index, mve, defaults) {
      connection ??= build(scope, defaults);
      return attach(connection, scope, id, index, mve);
    },
  };
  built.add(result);
  return result;
}

/**
 * A partner connection whose firewalls each bring their own BGP addresses (`firewalls[i].bgp`):
 * the connection is built from the props without `firewalls`, each attachment from its firewall's.
 */
export function withFirewallBgp<
  P extends CloudConnectionProps & { readonly firewalls: readonly [object, object] },
  C extends CloudConnection,
>(
  given: P,
  shape: Shape,
  build: (props: Omit<P, "firewalls">) => C,
  attach: (
    connection: C,
    scope: Construct,
    id: string,
    mve: PaloAltoMve,
    firewall: P["firewalls"][0],
  ) => CloudAttachment,
): PairConnection {
  const issues = shapeIssues(given, shape, "");
  const props = readable(given);
  return lazyConnection(
    {
      name: props.name,
      vlan: props.vlan,
      rateLimitMbps: props.rateLimitMbps,
      propOf: (field, index) => `firewalls[${index}].bgp.${BGP_FIELDS[field]}`,
    },
    (_scope, defaults) => build(withDefaults(withoutFirewalls(props), defaults)),
    (connection, scope, id, index, mve) => attach(connection, scope, id, mve, props.firewalls[index]),
    issues,
  );
}

/** Per-firewall settings of an AWS connection. */
export type AwsFirewallSettings = Omit<AwsAttachmentProps, "mve">;

type AwsVif = NonNullable<AwsConnectionProps["vif"]>;

/** Props of `aws`: the AWS connection, its secrets as values or variables, and per-firewall settings. */
export type AwsPairConnectionProps = Omit<AwsConnectionProps, "ownerAccount" | "vif"> & {
  /** AWS account id (12 digits) that accepts the VIFs or connections. */
  readonly ownerAccount: StringValue;
  /** Hosted-VIF settings; `authKey` may be a variable. */
  readonly vif?: Omit<AwsVif, "authKey"> & { readonly authKey?: StringValue };
  /** Firewall 0's and firewall 1's AWS port and addressing. */
  readonly firewalls: readonly [AwsFirewallSettings, AwsFirewallSettings];
};

/** AWS Direct Connect (hosted VIF or hosted connection) on both firewalls, same VLAN. */
export function aws(given: AwsPairConnectionProps): PairConnection {
  const issues = shapeIssues(given, awsPairShape, "");
  const props = readable(given);
  const vifAsn = props.type === "hosted-vif" ? props.vif?.asn : undefined;
  const fields = { address: "customerAddress", peerAddress: "amazonAddress" } as const;
  return lazyConnection(
    {
      name: props.name,
      vlan: props.vlan,
      rateLimitMbps: props.rateLimitMbps,
      orderedAsn: vifAsn === undefined ? undefined : { asn: vifAsn, prop: "vif.asn" },
      propOf: (field, index) =>
        props.type === "hosted-connection"
          ? `firewalls[${index}].bgp.${BGP_FIELDS[field]}`
          : field === "peerAsn"
            ? "vif.amazonAsn"
            : `firewalls[${index}].addressing.${fields[field]}`,
    },
    (scope, defaults) =>
      new AwsConnection(
        withDefaults(
          {
            ...withoutFirewalls(props),
            ownerAccount: valueIn(scope, props.ownerAccount),
            vif: props.vif && { ...props.vif, authKey: valueIn(scope, props.vif.authKey) },
          },
          defaults,
        ),
      ),
    (connection, scope, id, index, mve) => connection.attach(scope, id, { mve, ...props.firewalls[index] }),
    issues,
  );
}

type AzurePeering = NonNullable<AzureExpressRouteProps["privatePeering"]>;

/** Props of `azure`: the ExpressRoute connection with its secrets as values or variables. */
export type AzurePairConnectionProps = Omit<AzureExpressRouteProps, "serviceKey" | "privatePeering"> & {
  /** The ExpressRoute service key. */
  readonly serviceKey: StringValue;
  /** Private peering; `sharedKey` may be a variable. */
  readonly privatePeering?: Omit<AzurePeering, "sharedKey"> & { readonly sharedKey?: StringValue };
  /**
   * Firewall 0's (primary port) and firewall 1's (secondary port) BGP session, when Megaport does
   * not configure the peering (no `privatePeering`).
   * @default - from the private peering subnets
   */
  readonly firewalls?: readonly [AzureFirewallSettings, AzureFirewallSettings];
};

/** Per-firewall settings of an Azure connection. */
export type AzureFirewallSettings = Pick<AzureAttachmentProps, "bgp">;

/** Azure ExpressRoute on both firewalls, same VLAN: firewall 0 on the primary port, 1 on the secondary. */
export function azure(given: AzurePairConnectionProps): PairConnection {
  const issues = shapeIssues(given, azurePairShape, "");
  const props = readable(given);
  const peerAsn = props.privatePeering?.peerAsn;
  return lazyConnection(
    {
      name: props.name,
      vlan: props.vlan,
      rateLimitMbps: props.rateLimitMbps,
      orderedAsn: peerAsn === undefined ? undefined : { asn: peerAsn, prop: "privatePeering.peerAsn" },
      // Microsoft's side is fixed (ASN 12076, second address of each /30): the subnets decide.
      propOf: (field, index) =>
        props.privatePeering === undefined
          ? `firewalls[${index}].bgp.${BGP_FIELDS[field]}`
          : field === "peerAsn"
            ? "privatePeering.peerAsn"
            : `privatePeering.${index === 0 ? "primary" : "secondary"}Subnet`,
    },
    (scope, defaults) =>
      new AzureExpressRouteConnection(
        withDefaults(
          {
            ...withoutFirewalls(props),
            serviceKey: valueIn(scope, props.serviceKey),
            privatePeering: props.privatePeering && {
              ...props.privatePeering,
              sharedKey: valueIn(scope, props.privatePeering.sharedKey),
            },
          },
          defaults,
        ),
      ),
    (connection, scope, id, index, mve) =>
      connection.attach(scope, id, {
        mve,
        port: index === 0 ? "primary" : "secondary",
        bgp: props.firewalls?.[index]?.bgp,
      }),
    issues,
  );
}

/** Per-firewall settings of a partner-port connection. */
export type PartnerPortFirewallSettings = Omit<PartnerPortAttachmentProps, "mve">;

/** Any partner port (by product UID) on both firewalls, same VLAN. */
export function partnerPort(
  given: PartnerPortConnectionProps & {
    readonly firewalls: readonly [PartnerPortFirewallSettings, PartnerPortFirewallSettings];
  },
): PairConnection {
  return withFirewallBgp(
    given,
    partnerPortPairShape,
    (props) => new PartnerPortConnection(props),
    (connection, scope, id, mve, firewall) => connection.attach(scope, id, { mve, ...firewall }),
  );
}
