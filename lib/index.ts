export * from "./core/validation-error";
export * from "./megaport";
export * from "./panos";
export * from "./pattern";
export * as xmlspec from "./xmlspec";
export * as verify from "./verify";
