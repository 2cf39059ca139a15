export * from "./vnic";
// Public: the allowed values and their types. The rule functions in ./rules and the product
// helpers in ./product are internal (constructs call them; users get a ValidationError).
export {
  CONTRACT_TERMS,
  DIVERSITY_ZONES,
  MAX_RATE_LIMIT_MBPS,
  MVE_SIZES,
  type ContractTermMonths,
  type DiversityZone,
  type MveSize,
} from "./rules";
export type { ProductOptions } from "./product";
export * from "./ssh-key";
export * from "./vnic-attachments";
export * from "./palo-alto-mve";
export * from "./ha-link";
export * from "./management-internet";
export * from "./management-connection";
export { ManagementPrivateVxc, type ManagementPrivateVxcProps, type ManagementVlan } from "./management-private-vxc";
export * from "./cloud";
