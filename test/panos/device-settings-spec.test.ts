import { buildDeviceSettingsModel, renderDeviceSettingsSpec } from "../../lib/panos";
import { isSatisfied, parseXml } from "../../lib/xmlspec";
import { preparationProps } from "./fixtures";
import { leavesOf } from "./xml-leaves";

const ROOT = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig";

describe("device settings spec", () => {
  const model = buildDeviceSettingsModel(preparationProps(0), "test");
  const spec = renderDeviceSettingsSpec(model);

  test("one spec: boot settings need a reboot, the management interface and DNS do not", () => {
    expect(spec.name).toBe("device-settings");
    expect(spec.requiresReboot).toBe(true);
    expect(spec.operations.map((o) => [o.action, o.xpath, o.requiresReboot])).toEqual([
      ["set", `${ROOT}/setting`, true],
      ["edit", `${ROOT}/system/type`, false],
      ["set", `${ROOT}/system`, false],
    ]);
  });

  test("boot settings: hypervisor MACs and jumbo frames at 9100, merged into deviceconfig/setting", () => {
    expect(leavesOf(spec.operations[0].element as string)).toEqual(["auto-mac-detect=yes", "jumbo-frame/mtu=9100"]);
  });

  test("management settings: static type replaced, address/netmask/gateway/MTU/DNS merged", () => {
    expect(leavesOf(spec.operations[1].element as string)).toEqual(["type/static"]);
    expect(leavesOf(spec.operations[2].element as string)).toEqual([
      "ip-address=203.0.113.10",
      "netmask=255.255.255.248",
      "default-gateway=203.0.113.9",
      "mtu=1500",
      "dns-setting/servers/primary=192.0.2.53",
      "dns-setting/servers/secondary=192.0.2.54",
    ]);
  });

  test("one DNS server: no secondary element", () => {
    const one = buildDeviceSettingsModel(
      preparationProps(1, {
        managementInterface: { address: "203.0.113.20/29", gateway: "203.0.113.17", dnsServers: ["192.0.2.53"] },
      }),
      "test",
    );
    const lines = leavesOf(renderDeviceSettingsSpec(one).operations[2].element as string);
    expect(lines.filter((l) => l.startsWith("dns-setting"))).toEqual(["dns-setting/servers/primary=192.0.2.53"]);
  });

  test("a DHCP management interface does not satisfy the static type edit; a static one does", () => {
    const typeOp = spec.operations[1];
    expect(
      isSatisfied(typeOp, parseXml("<type><dhcp-client><send-hostname>yes</send-hostname></dhcp-client></type>")[0]),
    ).toBe(false);
    expect(isSatisfied(typeOp, parseXml("<type><static/></type>")[0])).toBe(true);
  });

  test("hypervisor MACs can be turned off", () => {
    const off = buildDeviceSettingsModel(preparationProps(0, { hypervisorAssignedMacAddresses: false }), "test");
    expect(leavesOf(renderDeviceSettingsSpec(off).operations[0].element as string)).toContain("auto-mac-detect=no");
  });
});
