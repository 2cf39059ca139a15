export * from "./props";
export * from "./connections";
export * from "./variables";
export * from "./network-stack";
export * from "./firewall-stacks";
export * from "./pair-rules";
export * from "./palo-alto-ha-pair";
