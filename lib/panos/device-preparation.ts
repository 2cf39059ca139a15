import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { XmlBridge } from "./bridge/xml-bridge";
import { buildDeviceSettingsModel } from "./model/device-settings-model";
import type { DeviceSettingsModel } from "./model/types";
import type { DevicePreparationProps } from "./props/device-preparation";
import { renderBootSettingsSpec, renderManagementSettingsSpec } from "./xml/device-settings-spec";

/** Props of DevicePreparation: the settings plus what must exist before the firewall answers. */
export interface DevicePreparationConstructProps extends DevicePreparationProps {
  /** The MVE and its management connection. @default - only the dependencies implied by tokens */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The guide's preparation step for one firewall, in the network stack: two `mve-ha prepare` runs,
 * each waiting until PAN-OS answers and its boot-time commit is done, applying, and committing.
 * 1. `device-settings`: hypervisor-assigned MACs and jumbo frames, then a reboot (jumbo-frame mode
 *    changes only at boot), then a wait for the firewall to come back.
 * 2. `management-interface`: static management address, netmask, gateway, MTU and DNS servers.
 * Kept apart so that changing DNS later never reboots the firewall.
 *
 * Nothing is undone on destroy: these settings live and die with the MVE.
 */
export class DevicePreparation extends Construct {
  /** The validated model. */
  public readonly model: DeviceSettingsModel;
  /** Hypervisor MACs and jumbo frames (reboots when they change). */
  public readonly bootSettings: XmlBridge;
  /** Static management interface and DNS. */
  public readonly managementSettings: XmlBridge;

  public constructor(scope: Construct, id: string, props: DevicePreparationConstructProps) {
    super(scope, id);
    this.model = buildDeviceSettingsModel(props, this.node.path);
    const common = { api: this.model.api, cli: this.model.cli, subcommand: "prepare" } as const;
    this.bootSettings = new XmlBridge(this, "device-settings", {
      ...common,
      spec: renderBootSettingsSpec(this.model),
      dependsOn: props.dependsOn,
    });
    this.managementSettings = new XmlBridge(this, "management-interface", {
      ...common,
      spec: renderManagementSettingsSpec(this.model),
      dependsOn: [this.bootSettings],
    });
  }
}
