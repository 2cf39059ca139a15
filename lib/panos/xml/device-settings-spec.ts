/**
 * Device settings of the preparation step, as one spec whose operations say which changes need a
 * reboot, so that a later change of the management interface or DNS never reboots the firewall:
 * - boot settings (`deviceconfig/setting`): hypervisor-assigned MACs and jumbo frames. Jumbo-frame
 *   mode takes effect only after a reboot.
 * - management settings (`deviceconfig/system`): static address, netmask, gateway, MTU, DNS, and
 *   when given a static IPv6 address and default gateway (`ipv6-address` as `address/prefix`,
 *   `ipv6-default-gateway`: the elements pan-os-python's SystemSettings and pango's
 *   dev/general/config.go write under deviceconfig/system).
 * Leaves are merged (`set`), except where a merge would keep something stale, which is replaced
 * (`edit`): the management `type` choice (so that `dhcp-client` goes away) and the DNS servers (so
 * that a dropped secondary goes away).
 */
import type { XmlSpec } from "../../xmlspec/spec";
import { el, renderXml, yesNo } from "../../xmlspec/xml";
import { DEVICE_ROOT } from "../../xmlspec/xpath";
import type { DeviceSettingsModel } from "../model/types";

/** XPath of the device settings (jumbo frames, hypervisor MAC). */
export const SETTING_XPATH = `${DEVICE_ROOT}/deviceconfig/setting`;
/** XPath of the system settings (management interface, DNS). */
export const SYSTEM_XPATH = `${DEVICE_ROOT}/deviceconfig/system`;
/** XPath of the DNS servers, replaced as a whole. */
export const DNS_SERVERS_XPATH = `${SYSTEM_XPATH}/dns-setting/servers`;

/**
 * The preparation spec: hypervisor-assigned MACs and jumbo frames (`requiresReboot`: jumbo-frame
 * mode changes only at boot), then the static management interface and DNS (a commit is enough).
 */
export function renderDeviceSettingsSpec(model: DeviceSettingsModel): XmlSpec {
  const m = model.management;
  const [primary, secondary] = m.dnsServers;
  const boot = renderXml([
    el("auto-mac-detect", yesNo(model.hypervisorAssignedMacAddresses)),
    el("jumbo-frame", [el("mtu", model.jumboFrameMtu)]),
  ]);
  const ipv6 = m.ipv6 ? [el("ipv6-address", m.ipv6.address), el("ipv6-default-gateway", m.ipv6.gateway)] : [];
  const management = renderXml([
    el("ip-address", m.address.ip),
    el("netmask", m.address.netmask),
    el("default-gateway", m.gateway),
    el("mtu", m.mtu),
    ...ipv6,
  ]);
  const dnsServers = renderXml(
    el("servers", [el("primary", primary), secondary !== undefined && el("secondary", secondary)]),
  );
  return {
    version: 1,
    name: "device-settings",
    operations: [
      { action: "set", xpath: SETTING_XPATH, element: boot, requiresReboot: true },
      {
        action: "edit",
        xpath: `${SYSTEM_XPATH}/type`,
        element: renderXml(el("type", [el("static")])),
        requiresReboot: false,
      },
      { action: "set", xpath: SYSTEM_XPATH, element: management, requiresReboot: false },
      { action: "edit", xpath: DNS_SERVERS_XPATH, element: dnsServers, requiresReboot: false },
    ],
    requiresReboot: true,
  };
}
