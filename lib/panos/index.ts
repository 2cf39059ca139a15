export * from "./props/api-connection";
export * from "./props/data-plane";
export * from "./props/internet-breakout";
export * from "./props/high-availability";
export * from "./props/firewall";
export * from "./props/device-preparation";
export * from "./model/types";
export { buildFirewallModel } from "./model/firewall-model";
export { buildDeviceSettingsModel } from "./model/device-settings-model";
export { renderHaSpec, renderHaRemovalSpec } from "./xml/ha-spec";
export {
  renderVsysImportSpec,
  renderVsysImportRemovalSpec,
  vsysImports,
  type VsysImportItem,
} from "./xml/vsys-import-spec";
export { renderDeviceSettingsSpec } from "./xml/device-settings-spec";
export { XmlBridge, type XmlBridgeProps } from "./bridge/xml-bridge";
export { XmlCleanup, type XmlCleanupProps } from "./bridge/xml-cleanup";
export {
  FirewallCommit,
  CommitOnDestroy,
  type FirewallCommitProps,
  type CommitOnDestroyProps,
  type ConfigurationChanges,
  type ModelSubinterfaces,
} from "./bridge/commit";
export { ChangeWitness, type ChangeWitnessProps } from "./bridge/change-witness";
export { PaloAltoFirewallConfig } from "./firewall-config";
export { DevicePreparation, type DevicePreparationConstructProps } from "./device-preparation";
export { validateFirewallPair } from "./pair-validation";
