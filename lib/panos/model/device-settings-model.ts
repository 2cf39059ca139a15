import { ipv4Address, ipv4Interface } from "../../core/rules";
import { shapeIssues } from "../../core/shape";
import { Issues } from "../../core/validation-error";
import { devicePreparationShape } from "../shapes";
import type { DevicePreparationProps } from "../props/device-preparation";
import { gatewayOnSubnet } from "../rules/addressing";
import { ipv6ManagementAddress, ipv6ManagementGateway } from "../rules/ipv6-management";
import { jumboFrameMtu, managementMtu } from "../rules/mtu";
import { itemCount } from "../rules/names";
import { addressOf, splitAddress } from "./address";
import { buildApiConnection, buildCliCommand } from "./api-connection-model";
import { DEFAULTS } from "./defaults";
import type { DeviceSettingsModel } from "./types";

/** Validates the device-preparation props and returns the model; throws one ValidationError with every problem. */
export function buildDeviceSettingsModel(props: DevicePreparationProps, path: string): DeviceSettingsModel {
  // Shape first (types, presence, tokens): the rules below may then rely on it.
  new Issues(path).addAll(shapeIssues(props, devicePreparationShape)).throwIfAny();
  const issues = new Issues(path);
  const mgmt = props.managementInterface;
  const api = buildApiConnection({ ...props.api, host: props.api.host ?? addressOf(mgmt.address) }, issues);
  const cli = buildCliCommand(props.cli, issues);
  const model: DeviceSettingsModel = {
    api,
    cli,
    hypervisorAssignedMacAddresses: props.hypervisorAssignedMacAddresses ?? DEFAULTS.hypervisorAssignedMacAddresses,
    jumboFrameMtu: props.jumboFrameMtu ?? DEFAULTS.jumboFrameMtu,
    management: {
      address: splitAddress(mgmt.address),
      gateway: mgmt.gateway,
      mtu: mgmt.mtu ?? DEFAULTS.managementMtu,
      dnsServers: [...mgmt.dnsServers],
      // Only when given, so that a pair without IPv6 renders the spec it always did.
      ...(mgmt.ipv6 ? { ipv6: { address: mgmt.ipv6.address, gateway: mgmt.ipv6.gateway } } : {}),
    },
  };
  const p = "managementInterface";
  issues
    .add(ipv4Interface(`${p}.address`, mgmt.address, "use the address of the management connection"))
    .add(ipv4Address(`${p}.gateway`, mgmt.gateway, "use the gateway of the management connection"))
    .add(gatewayOnSubnet(`${p}.gateway`, mgmt.gateway, mgmt.address))
    .add(managementMtu(`${p}.mtu`, model.management.mtu))
    .add(itemCount(`${p}.dnsServers`, mgmt.dnsServers, 1, 2, "give one or two DNS servers"))
    .addAll(mgmt.dnsServers.map((s, i) => ipv4Address(`${p}.dnsServers[${i}]`, s, "use a resolver's IPv4 address")))
    .add(jumboFrameMtu("jumboFrameMtu", model.jumboFrameMtu));
  if (mgmt.ipv6) {
    issues
      .add(ipv6ManagementAddress(`${p}.ipv6.address`, mgmt.ipv6.address))
      .add(ipv6ManagementGateway(`${p}.ipv6.gateway`, mgmt.ipv6.gateway, mgmt.ipv6.address));
  }
  issues.throwIfAny();
  return model;
}
