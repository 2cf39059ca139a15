import { TerraformStack, Testing } from "cdktf";
import { DevicePreparation, renderBootSettingsSpec, renderManagementSettingsSpec } from "../../lib/panos";
import { preparationProps } from "./fixtures";
import { Template } from "./template";

describe.each([0, 1] as const)("device preparation of firewall %i", (deviceId) => {
  const stack = new TerraformStack(Testing.app(), "network");
  const prep = new DevicePreparation(stack, `prepare-${deviceId}`, preparationProps(deviceId));
  const template = Template.fromStack(stack);
  const host = ["203.0.113.10", "203.0.113.20"][deviceId];

  test("two prepare runs: boot settings (with reboot) then the management interface", () => {
    expect(template.addresses()).toEqual([
      expect.stringMatching(new RegExp(`^terraform_data\\.prepare-${deviceId}_device-settings_[0-9A-F]{8}$`)),
      expect.stringMatching(new RegExp(`^terraform_data\\.prepare-${deviceId}_management-interface_[0-9A-F]{8}$`)),
    ]);
    expect(template.dependsOn(prep.managementSettings)).toEqual([template.address(prep.bootSettings)]);
    const boot = template.block(prep.bootSettings);
    expect(boot.input).toEqual({ host, port: 443, protocol: "https", spec: renderBootSettingsSpec(prep.model) });
    expect((boot.input as { spec: { requiresReboot: boolean } }).spec.requiresReboot).toBe(true);
    const mgmt = template.block(prep.managementSettings);
    expect(mgmt.input).toEqual({ host, port: 443, protocol: "https", spec: renderManagementSettingsSpec(prep.model) });
  });

  test("each runs mve-ha prepare with the spec in MVE_HA_SPEC and nothing on destroy", () => {
    for (const bridge of [prep.bootSettings, prep.managementSettings]) {
      const provisioners = template.block(bridge).provisioner as Record<string, Record<string, unknown>>[];
      expect(provisioners).toEqual([
        {
          "local-exec": {
            command:
              'mve-ha prepare --host "$MVE_HA_HOST" --port "$MVE_HA_PORT" --protocol "$MVE_HA_PROTOCOL" --insecure --timeout 3600 --spec-env MVE_HA_SPEC',
            environment: {
              MVE_HA_HOST: "${self.input.host}",
              MVE_HA_PORT: "${self.input.port}",
              MVE_HA_PROTOCOL: "${self.input.protocol}",
              MVE_HA_SPEC: "${jsonencode(self.input.spec)}",
            },
            interpreter: ["/bin/sh", "-c"],
          },
        },
      ]);
    }
  });
});

test("device preparation waits for what it is told to", () => {
  const stack = new TerraformStack(Testing.app(), "network");
  const first = new DevicePreparation(stack, "prepare-0", preparationProps(0));
  const second = new DevicePreparation(stack, "prepare-1", {
    ...preparationProps(1),
    dependsOn: [first.managementSettings],
  });
  const template = Template.fromStack(stack);
  expect(template.dependsOn(second.bootSettings)).toEqual([template.address(first.managementSettings)]);
});
