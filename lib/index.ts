export * from "./core/validation-error";
export { synthApp, type SynthAppOutput } from "./core/synth-app";
export { withoutTokenCreationStacks } from "./core/creation-stacks";
export * from "./megaport";
export * from "./panos";
export * from "./pattern";
export * as xmlspec from "./xmlspec";
export * as verify from "./verify";
