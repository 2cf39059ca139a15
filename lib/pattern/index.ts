export * from "./props";
export type {
  ManagementIpv6,
  ManagementPath,
  MegaportInternetManagementPath,
  PrivateManagementVxc,
  PrivateVxcManagementPath,
} from "./management-path";
// The helpers the builders share (readable, withDefaults, lazyConnection, …) stay internal.
export {
  aws,
  azure,
  isPairConnection,
  partnerPort,
  type AwsFirewallSettings,
  type AwsPairConnectionProps,
  type AzureFirewallSettings,
  type AzurePairConnectionProps,
  type FirewallIndex,
  type InternetBreakoutSettings,
  type PairConnection,
  type PartnerPortFirewallSettings,
  type PeeringField,
} from "./connections";
export * from "./partner-connections";
export * from "./variables";
export * from "./network-stack";
export * from "./firewall-stacks";
// ./pair-rules (the synth-time rules over the whole pair) is internal: PaloAltoHaPair runs them.
export * from "./palo-alto-ha-pair";
