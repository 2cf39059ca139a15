export * from "./props";
export * from "./connections";
export * from "./partner-connections";
export * from "./variables";
export * from "./network-stack";
export * from "./firewall-stacks";
// ./pair-rules (the synth-time rules over the whole pair) is internal: PaloAltoHaPair runs them.
export * from "./palo-alto-ha-pair";
