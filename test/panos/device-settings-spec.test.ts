import { buildDeviceSettingsModel, renderBootSettingsSpec, renderManagementSettingsSpec } from "../../lib/panos";
import { isSatisfied, parseXml } from "../../lib/xmlspec";
import { preparationProps } from "./fixtures";
import { leavesOf } from "./xml-leaves";

const ROOT = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig";

describe("device settings specs", () => {
  const model = buildDeviceSettingsModel(preparationProps(0), "test");

  test("boot settings: hypervisor MACs and jumbo frames at 9100, merged into deviceconfig/setting, reboot required", () => {
    const spec = renderBootSettingsSpec(model);
    expect(spec.requiresReboot).toBe(true);
    expect(spec.operations).toHaveLength(1);
    const [op] = spec.operations;
    expect(op.action).toBe("set");
    expect(op.xpath).toBe(`${ROOT}/setting`);
    expect(leavesOf(op.element as string)).toEqual(["auto-mac-detect=yes", "jumbo-frame/mtu=9100"]);
  });

  test("management settings: static type replaced, address/netmask/gateway/MTU/DNS merged, no reboot", () => {
    const spec = renderManagementSettingsSpec(model);
    expect(spec.requiresReboot).toBe(false);
    expect(spec.operations.map((o) => [o.action, o.xpath])).toEqual([
      ["edit", `${ROOT}/system/type`],
      ["set", `${ROOT}/system`],
    ]);
    expect(leavesOf(spec.operations[0].element as string)).toEqual(["type/static"]);
    expect(leavesOf(spec.operations[1].element as string)).toEqual([
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
    const lines = leavesOf(renderManagementSettingsSpec(one).operations[1].element as string);
    expect(lines.filter((l) => l.startsWith("dns-setting"))).toEqual(["dns-setting/servers/primary=192.0.2.53"]);
  });

  test("a DHCP management interface does not satisfy the static type edit; a static one does", () => {
    const [typeOp] = renderManagementSettingsSpec(model).operations;
    expect(
      isSatisfied(typeOp, parseXml("<type><dhcp-client><send-hostname>yes</send-hostname></dhcp-client></type>")[0]),
    ).toBe(false);
    expect(isSatisfied(typeOp, parseXml("<type><static/></type>")[0])).toBe(true);
  });

  test("hypervisor MACs can be turned off", () => {
    const off = buildDeviceSettingsModel(preparationProps(0, { hypervisorAssignedMacAddresses: false }), "test");
    expect(leavesOf(renderBootSettingsSpec(off).operations[0].element as string)).toContain("auto-mac-detect=no");
  });
});
