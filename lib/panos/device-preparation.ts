import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { XmlBridge } from "./bridge/xml-bridge";
import { buildDeviceSettingsModel } from "./model/device-settings-model";
import type { DeviceSettingsModel } from "./model/types";
import type { DevicePreparationProps } from "./props/device-preparation";
import { renderDeviceSettingsSpec } from "./xml/device-settings-spec";

/** Props of DevicePreparation: the settings plus what must exist before the firewall answers. */
export interface DevicePreparationConstructProps extends DevicePreparationProps {
  /** The MVE and its management connection. @default - only the dependencies implied by tokens */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The guide's preparation step for one firewall, in the network stack: one `mve-ha prepare` run
 * that waits until PAN-OS answers and its boot-time commit is done, applies hypervisor-assigned
 * MACs, jumbo frames, the static management address, netmask, gateway, MTU and DNS servers,
 * commits once, and reboots only when the MAC or jumbo-frame settings changed or the device is not
 * yet in the jumbo-frame mode the spec asks for (that mode changes only at boot), then waits for
 * the firewall to come back. Changing DNS later never reboots the firewall.
 *
 * Nothing is undone on destroy: these settings live and die with the MVE.
 */
export class DevicePreparation extends Construct {
  /** The validated model. */
  public readonly model: DeviceSettingsModel;
  /** The `mve-ha prepare` run. */
  public readonly settings: XmlBridge;

  public constructor(scope: Construct, id: string, props: DevicePreparationConstructProps) {
    super(scope, id);
    this.model = buildDeviceSettingsModel(props, this.node.path);
    const common = { api: this.model.api, cli: this.model.cli, subcommand: "prepare" } as const;
    this.settings = new XmlBridge(this, "device-settings", {
      ...common,
      spec: renderDeviceSettingsSpec(this.model),
      dependsOn: props.dependsOn,
    });
  }
}
