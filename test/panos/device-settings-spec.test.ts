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
      ["edit", `${ROOT}/system/dns-setting/servers`, false],
    ]);
  });

  test("boot settings: hypervisor MACs and jumbo frames at 9100, merged into deviceconfig/setting", () => {
    expect(leavesOf(spec.operations[0].element as string)).toEqual(["auto-mac-detect=yes", "jumbo-frame/mtu=9100"]);
  });

  test("management settings: static type and DNS servers replaced, address/netmask/gateway/MTU merged", () => {
    expect(leavesOf(spec.operations[1].element as string)).toEqual(["type/static"]);
    expect(leavesOf(spec.operations[2].element as string)).toEqual([
      "ip-address=203.0.113.10",
      "netmask=255.255.255.248",
      "default-gateway=203.0.113.9",
      "mtu=1500",
    ]);
    expect(leavesOf(spec.operations[3].element as string)).toEqual([
      "servers/primary=192.0.2.53",
      "servers/secondary=192.0.2.54",
    ]);
  });

  describe("going from two DNS servers to one", () => {
    const one = buildDeviceSettingsModel(
      preparationProps(1, {
        managementInterface: { address: "203.0.113.20/29", gateway: "203.0.113.17", dnsServers: ["192.0.2.53"] },
      }),
      "test",
    );
    const dns = renderDeviceSettingsSpec(one).operations[3];

    test("the whole <servers> element is written, without a secondary", () => {
      expect(dns).toEqual({
        action: "edit",
        xpath: `${ROOT}/system/dns-setting/servers`,
        element: "<servers><primary>192.0.2.53</primary></servers>",
        requiresReboot: false,
      });
    });

    test("a device still holding the old secondary is not satisfied, so mve-ha rewrites it", () => {
      const both = "<servers><primary>192.0.2.53</primary><secondary>192.0.2.54</secondary></servers>";
      expect(isSatisfied(dns, parseXml(both)[0])).toBe(false);
    });

    test("after the edit (PAN-OS bookkeeping attributes and all) the device is satisfied", () => {
      const edited =
        '<servers admin="admin" dirtyId="4" time="2025/01/01 00:00:00"><primary>192.0.2.53</primary></servers>';
      expect(isSatisfied(dns, parseXml(edited)[0])).toBe(true);
    });
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
