/**
 * Internet breakout on one firewall: a Megaport Internet VXC delivered as a tagged VLAN on
 * ethernet1/1, a subinterface in a zone of its own, a default route to Megaport's gateway, and the
 * outbound rule and source NAT the user states. Nothing is allowed to the Internet unless stated.
 */
export interface InternetBreakoutProps {
  /** Names the breakout (subinterface comment, Terraform addresses). Letters, digits, `-`, `_`. */
  readonly name: string;
  /** 802.1Q tag of the VXC on ethernet1/1. */
  readonly vlan: number;
  /** This firewall's address with prefix, as Megaport assigned it (a token until apply). */
  readonly address: string;
  /** Megaport's gateway on the VXC: the default route's next hop (a token until apply). */
  readonly gateway: string;
  /** MTU of the subinterface. @default 1500 */
  readonly mtu?: number;
  /** Zone of the breakout subinterface (never the data-plane zone: its intrazone rule would allow everything). @default "internet" */
  readonly zone?: string;
  /** What may go out to the Internet, and how it is translated. Required: there is no default allow. */
  readonly outbound: OutboundInternetProps;
}

/** The security rule (and NAT rule) for traffic to the Internet. */
export interface OutboundInternetProps {
  /**
   * Source addresses allowed out (CIDRs such as `10.10.0.0/16`, or `"any"` written out).
   */
  readonly sourceAddresses: readonly string[];
  /** Zones the traffic may come from. @default - the data-plane zone */
  readonly fromZones?: readonly string[];
  /**
   * `source-interface`: source NAT (dynamic IP and port) to the breakout interface's address, as
   * the Internet only routes Megaport's address back; `none`: no NAT (your sources are public).
   */
  readonly nat: "source-interface" | "none";
  /** Security rule name. @default "allow-outbound-internet" */
  readonly ruleName?: string;
  /** NAT rule name. @default "outbound-internet-snat" */
  readonly natRuleName?: string;
}
