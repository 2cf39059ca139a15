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
