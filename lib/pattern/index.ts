export * from "./props";
export type {
  ManagementIpv6,
  ManagementPath,
  MegaportInternetManagementPath,
  PrivateManagementVxc,
  PrivateVxcManagementPath,
} from "./management-path";
export * from "./connections";
export * from "./partner-connections";
export * from "./variables";
export * from "./network-stack";
export * from "./firewall-stacks";
// ./pair-rules (the synth-time rules over the whole pair) is internal: PaloAltoHaPair runs them.
export * from "./palo-alto-ha-pair";
