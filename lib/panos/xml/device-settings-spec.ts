/**
 * Device settings of the preparation step, as two specs so that a later change of the management
 * interface or DNS never reboots the firewall:
 * - boot settings (`deviceconfig/setting`): hypervisor-assigned MACs and jumbo frames. Jumbo-frame
 *   mode takes effect only after a reboot, so this spec sets `requiresReboot`.
 * - management settings (`deviceconfig/system`): static address, netmask, gateway, MTU, DNS.
 * Both merge (`set`) leaves, except the management `type` choice, which is replaced (`edit`) so
 * that `dhcp-client` goes away.
 */
import type { XmlSpec } from "../../xmlspec/spec";
import { el, renderXml, yesNo } from "../../xmlspec/xml";
import { DEVICE_ROOT } from "../../xmlspec/xpath";
import type { DeviceSettingsModel } from "../model/types";

/** XPath of the device settings (jumbo frames, hypervisor MAC). */
export const SETTING_XPATH = `${DEVICE_ROOT}/deviceconfig/setting`;
/** XPath of the system settings (management interface, DNS). */
export const SYSTEM_XPATH = `${DEVICE_ROOT}/deviceconfig/system`;

/** Hypervisor-assigned MACs and jumbo frames; a reboot follows when either changed. */
export function renderBootSettingsSpec(model: DeviceSettingsModel): XmlSpec {
  const element = renderXml([
    el("auto-mac-detect", yesNo(model.hypervisorAssignedMacAddresses)),
    el("jumbo-frame", [el("mtu", model.jumboFrameMtu)]),
  ]);
  return {
    version: 1,
    name: "device-settings",
    operations: [{ action: "set", xpath: SETTING_XPATH, element }],
    requiresReboot: true,
  };
}

/** Static management interface and DNS servers; a commit is enough. */
export function renderManagementSettingsSpec(model: DeviceSettingsModel): XmlSpec {
  const m = model.management;
  const [primary, secondary] = m.dnsServers;
  const leaves = renderXml([
    el("ip-address", m.address.ip),
    el("netmask", m.address.netmask),
    el("default-gateway", m.gateway),
    el("mtu", m.mtu),
    el("dns-setting", [el("servers", [el("primary", primary), secondary !== undefined && el("secondary", secondary)])]),
  ]);
  return {
    version: 1,
    name: "management-interface",
    operations: [
      { action: "edit", xpath: `${SYSTEM_XPATH}/type`, element: renderXml(el("type", [el("static")])) },
      { action: "set", xpath: SYSTEM_XPATH, element: leaves },
    ],
    requiresReboot: false,
  };
}
