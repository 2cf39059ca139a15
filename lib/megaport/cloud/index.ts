export * from "./connection";
export * from "./partner-lookup";
export * from "./aws";
export * from "./azure";
export * from "./partner-port";
