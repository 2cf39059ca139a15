import type { ManagementApiProps } from "./api-connection";
import type { BfdProfileProps, BgpProps, DataPlaneConnectionProps, EcmpProps } from "./data-plane";
import type { HighAvailabilityProps } from "./high-availability";
import type { InternetBreakoutProps } from "./internet-breakout";

/** Configuration of one firewall of the Active/Active pair, placed in that firewall's stack. */
export interface PaloAltoFirewallConfigProps {
  /**
   * The firewall's management API: the panos provider's hostname/port/protocol and the CLI's
   * target. Credentials never come from props: the provider and the CLI read `PANOS_API_KEY`, or
   * `PANOS_USERNAME` + `PANOS_PASSWORD`, from the environment Terraform runs in.
   */
  readonly api: ManagementApiProps;
  /** Active/Active HA settings of this member. */
  readonly ha: HighAvailabilityProps;
  /** Data-plane connections (VLAN subinterfaces of ethernet1/1 with eBGP); at least one. */
  readonly connections: readonly DataPlaneConnectionProps[];
  /**
   * Internet breakout over Megaport Internet on ethernet1/1 (one per firewall): its own zone, a
   * default route, the outbound rule and NAT stated in `outbound`.
   * @default - none
   */
  readonly internetBreakout?: InternetBreakoutProps;
  /** BGP on the virtual router. */
  readonly bgp: BgpProps;
  /** BFD profile timers. @default 300 ms / 300 ms / 3 */
  readonly bfd?: BfdProfileProps;
  /** ECMP on the virtual router. @default enabled, 2 paths */
  readonly ecmp?: EcmpProps;
  /** The data-plane parent interface ethernet1/1. @default - MTU = the largest connection MTU */
  readonly dataInterface?: DataInterfaceProps;
  /** Names of the PAN-OS objects created. @default - see ObjectNamesProps */
  readonly names?: ObjectNamesProps;
  /** The security rule that allows traffic between the data-plane connections. @default - see SecurityRuleProps */
  readonly securityRule?: SecurityRuleProps;
  /**
   * The `mve-ha` command the provisioners run instead of the bundled one, found on the PATH of the
   * machine that runs Terraform, e.g. `"mve-ha"` or `"npx mve-ha"`. Letters, digits, spaces and
   * `_ . / : @ = + -` only. An absolute path here is written into the synthesized JSON.
   * @default - the CLI bundled with this package, which synthesis copies into the stack's `assets/`
   * folder and the provisioners run with `node` (so the runner needs `node` ≥ 20, nothing else)
   */
  readonly cli?: string;
}

/** The data-plane parent interface ethernet1/1 (layer3, no address of its own). */
export interface DataInterfaceProps {
  /** MTU of ethernet1/1; every subinterface MTU must fit in it (576..9100). @default - the largest connection MTU */
  readonly mtu?: number;
}

/** Names of the PAN-OS objects this construct creates (PAN-OS name rules, up to 31 characters). */
export interface ObjectNamesProps {
  /** Virtual router. @default "default" */
  readonly virtualRouter?: string;
  /** Security zone holding the data-plane subinterfaces. @default "data-plane" */
  readonly zone?: string;
  /** Interface management profile (ping only) on the subinterfaces. @default "allow-ping" */
  readonly managementProfile?: string;
  /** BFD profile. @default "bgp-bfd" */
  readonly bfdProfile?: string;
}

/**
 * The explicit rule allowing traffic between the data-plane connections (the guide routes between
 * two clouds). All connections share one zone, so the rule is intrazone: any source, destination,
 * application and service, logged at session end. It is placed last in the rulebase, so rules of
 * your own above it take precedence.
 */
export interface SecurityRuleProps {
  /** Create the rule. With false, traffic between connections follows your own rules. @default true */
  readonly enabled?: boolean;
  /** Rule name (PAN-OS name rules, up to 63 characters). @default "allow-between-data-plane-connections" */
  readonly name?: string;
}
