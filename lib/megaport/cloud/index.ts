// The shape helpers in ./connection (throwShapeIssues, connectionNameShape, tokenSecret) are internal.
export {
  bgpAddressingIssues,
  CloudAttachment,
  CloudConnection,
  definedOnly,
  warnOnLiteralSecrets,
  type BgpAddressing,
  type CloudConnectionProps,
} from "./connection";
export * from "./partner-lookup";
export * from "./aws";
export * from "./azure";
export * from "./partner-port";
export * from "./google";
export * from "./oracle";
export * from "./mcr";
export * from "./partner-rules";
export * from "./internet-breakout";
