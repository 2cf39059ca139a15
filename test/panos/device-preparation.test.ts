import { TerraformStack, Testing } from "cdktf";
import { DevicePreparation, renderDeviceSettingsSpec } from "../../lib/panos";
import { preparationProps } from "./fixtures";
import { Template } from "../helpers/template";

describe.each([0, 1] as const)("device preparation of firewall %i", (deviceId) => {
  const stack = new TerraformStack(Testing.app(), "network");
  const prep = new DevicePreparation(stack, `prepare-${deviceId}`, preparationProps(deviceId));
  const template = Template.synth(stack);
  const host = ["203.0.113.10", "203.0.113.20"][deviceId];

  test("one prepare run with the whole device-settings spec", () => {
    expect(template.addresses()).toEqual([
      expect.stringMatching(new RegExp(`^terraform_data\\.prepare-${deviceId}_device-settings_[0-9A-F]{8}$`)),
    ]);
    const settings = template.block(prep.settings);
    expect(settings.input).toEqual({ host, port: 443, protocol: "https", spec: renderDeviceSettingsSpec(prep.model) });
    expect((settings.input as { spec: { requiresReboot: boolean } }).spec.requiresReboot).toBe(true);
  });

  test("it runs mve-ha prepare with the spec in MVE_HA_SPEC and nothing on destroy", () => {
    for (const bridge of [prep.settings]) {
      const provisioners = template.block(bridge).provisioner as Record<string, Record<string, unknown>>[];
      expect(provisioners).toEqual([
        {
          "local-exec": {
            command:
              'node "$MVE_HA_CLI_BUNDLE" prepare --host "$MVE_HA_HOST" --port "$MVE_HA_PORT" --protocol "$MVE_HA_PROTOCOL" --insecure --timeout 3600 --spec-env MVE_HA_SPEC',
            environment: {
              MVE_HA_CLI_BUNDLE: expect.stringMatching(
                /^\$\{path\.module\}\/assets\/mve-ha-cli\/[0-9A-F]+\/mve-ha\.cjs$/,
              ),
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
    dependsOn: [first.settings],
  });
  const template = Template.synth(stack);
  expect(template.dependsOn(second.settings)).toEqual([template.address(first.settings)]);
});
