/**
 * The pair's builders for Google Cloud Partner Interconnect, Oracle FastConnect, an MCR and an
 * internet breakout over Megaport Internet: like aws() and azure(), one definition, one VXC per
 * firewall on the same VLAN (see connections.ts).
 */
import {
  GoogleInterconnectConnection,
  InternetBreakoutConnection,
  McrConnection,
  OracleFastConnectConnection,
  type InternetAddressing,
  type InternetBreakoutConnectionProps,
  type McrAttachmentProps,
  type McrConnectionProps,
  type PartnerPortSelector,
  type PeeringAddresses,
} from "../megaport";
import type { CloudConnectionProps } from "../megaport/cloud/connection";
import { shapeIssues } from "../core/shape";
import type { InternetBreakoutProps } from "../panos/props/internet-breakout";
import { googlePairShape, internetBreakoutPairShape, mcrPairShape, oraclePairShape } from "./connection-shapes";
import {
  lazyConnection,
  readable,
  withDefaults,
  withFirewallBgp,
  withoutFirewalls,
  type PairConnection,
} from "./connections";
import { valueIn, type StackVariable, type StringValue } from "./variables";

/** One firewall's Google VLAN attachment. */
export interface GoogleFirewallSettings {
  /** The VLAN attachment's pairing key: only a `variable(...)` (a secret; never a literal in the JSON). */
  readonly pairingKey: StackVariable;
  /** The Google port (pin one: Google has many per metro). */
  readonly partnerPort: PartnerPortSelector;
  /** The BGP addresses Google assigned to the VLAN attachment; `peerAsn` defaults to 16550. */
  readonly bgp: PeeringAddresses;
}

/** Props of `google`. */
export interface GooglePairConnectionProps extends CloudConnectionProps {
  /** Firewall 0's and firewall 1's VLAN attachment (each has its own pairing key). */
  readonly firewalls: readonly [GoogleFirewallSettings, GoogleFirewallSettings];
}

/** Google Cloud Partner Interconnect on both firewalls, same VLAN. */
export function google(given: GooglePairConnectionProps): PairConnection {
  return withFirewallBgp(
    given,
    googlePairShape,
    (props) => new GoogleInterconnectConnection(props),
    (connection, scope, id, mve, firewall) =>
      connection.attach(scope, id, { mve, ...firewall, pairingKey: valueIn(scope, firewall.pairingKey) }),
  );
}

/** One firewall's FastConnect virtual circuit. */
export interface OracleFirewallSettings {
  /** OCID of the virtual circuit (a literal or a `variable(...)`). */
  readonly virtualCircuitId: StringValue;
  /** The Oracle port. */
  readonly partnerPort: PartnerPortSelector;
  /** The BGP addresses set on the virtual circuit; `peerAsn` defaults to 31898. */
  readonly bgp: PeeringAddresses;
}

/** Props of `oracle`. */
export interface OraclePairConnectionProps extends CloudConnectionProps {
  /** Firewall 0's and firewall 1's virtual circuit. */
  readonly firewalls: readonly [OracleFirewallSettings, OracleFirewallSettings];
}

/** Oracle FastConnect on both firewalls, same VLAN. */
export function oracle(given: OraclePairConnectionProps): PairConnection {
  return withFirewallBgp(
    given,
    oraclePairShape,
    (props) => new OracleFastConnectConnection(props),
    (connection, scope, id, mve, firewall) =>
      connection.attach(scope, id, { mve, ...firewall, virtualCircuitId: valueIn(scope, firewall.virtualCircuitId) }),
  );
}

/** Props of `mcr`. */
export interface McrPairConnectionProps extends McrConnectionProps {
  /** Firewall 0's and firewall 1's address, and the MCR's address on each VXC. */
  readonly firewalls: readonly [Omit<McrAttachmentProps, "mve">, Omit<McrAttachmentProps, "mve">];
}

/** An MCR by product UID on both firewalls, same VLAN, with the MCR's BGP sessions ordered. */
export function mcr(given: McrPairConnectionProps): PairConnection {
  const issues = shapeIssues(given, mcrPairShape, "");
  const props = readable(given);
  return lazyConnection(
    {
      name: props.name,
      vlan: props.vlan,
      rateLimitMbps: props.rateLimitMbps,
      orderedAsn: { asn: props.firewallAsn, prop: "firewallAsn" },
      propOf: (field, index) =>
        field === "peerAsn" ? "mcrAsn" : `firewalls[${index}].${field === "address" ? "localAddress" : "mcrAddress"}`,
    },
    (_scope, defaults) => new McrConnection(withDefaults(withoutFirewalls(props), defaults)),
    (connection, scope, id, index, mve) => connection.attach(scope, id, { mve, ...props.firewalls[index] }),
    issues,
  );
}

/** Props of `internetBreakout`. */
export interface InternetBreakoutPairProps
  extends InternetBreakoutConnectionProps, Pick<InternetBreakoutProps, "zone" | "mtu" | "outbound"> {
  /**
   * Firewall 0's and firewall 1's addressing, when you know it.
   * @default - what Megaport returns on each VXC (its TRANSIT connection), after apply
   */
  readonly firewalls?: readonly [
    { readonly addressing: InternetAddressing },
    { readonly addressing: InternetAddressing },
  ];
}

/**
 * Megaport Internet on both firewalls' data vNIC, same VLAN: the firewalls' internet breakout. Each
 * firewall gets a default route to Megaport's gateway and the outbound rule (and NAT) in `outbound`.
 */
export function internetBreakout(given: InternetBreakoutPairProps): PairConnection {
  const issues = shapeIssues(given, internetBreakoutPairShape, "");
  const props = readable(given);
  const { zone, mtu, outbound, ...megaport } = props;
  return lazyConnection(
    {
      name: props.name,
      vlan: props.vlan,
      rateLimitMbps: props.rateLimitMbps,
      propOf: (field, index) => `firewalls[${index}].addressing.${field === "address" ? "address" : "gateway"}`,
      internet: { zone, mtu, outbound },
    },
    (_scope, defaults) => new InternetBreakoutConnection(withDefaults(withoutFirewalls(megaport), defaults)),
    (connection, scope, id, index, mve) =>
      connection.attach(scope, id, { mve, addressing: props.firewalls?.[index]?.addressing }),
    issues,
  );
}
