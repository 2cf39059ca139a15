/** The guide's example pair: AWS on VLAN 100, Azure on VLAN 200, HA links on ethernet1/2..4. */
import { ValidationError } from "../../lib/core/validation-error";
import type { DevicePreparationProps, PaloAltoFirewallConfigProps } from "../../lib/panos";

/** Runs `build`, expects a ValidationError, and returns it (any other error is rethrown). */
export function thrown(build: () => void): ValidationError {
  try {
    build();
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e;
    throw e;
  }
  throw new Error("expected a ValidationError, but the construct was built");
}

export const MGMT = ["203.0.113.10", "203.0.113.20"] as const;

/** Props of firewall `deviceId` (0 or 1) of the example pair, with `overrides` merged on top. */
export function firewallProps(
  deviceId: 0 | 1,
  overrides: Partial<PaloAltoFirewallConfigProps> = {},
): PaloAltoFirewallConfigProps {
  const own = deviceId + 1;
  const peer = 2 - deviceId;
  return {
    api: { host: MGMT[deviceId], insecureSkipVerify: true },
    ha: {
      deviceId,
      groupId: 10,
      peerManagementIp: MGMT[1 - deviceId],
      ha1Backup: { address: `10.255.1.${own}/30`, peerAddress: `10.255.1.${peer}` },
      ha2: { address: `10.255.2.${own}/30` },
    },
    connections: [
      {
        name: "aws",
        vlan: 100,
        address: `169.254.10${deviceId}.1/30`,
        bgp: { peerAddress: `169.254.10${deviceId}.2`, peerAsn: 64512 },
      },
      {
        name: "azure",
        vlan: 200,
        address: `192.168.20${deviceId}.1/30`,
        bgp: { peerAddress: `192.168.20${deviceId}.2`, peerAsn: 12076 },
      },
    ],
    bgp: { localAsn: 65010, routerId: `10.255.0.${own}` },
    ...overrides,
  };
}

/** Device preparation props of firewall `deviceId` of the example pair. */
export function preparationProps(
  deviceId: 0 | 1,
  overrides: Partial<DevicePreparationProps> = {},
): DevicePreparationProps {
  return {
    api: { insecureSkipVerify: true },
    managementInterface: {
      address: `${MGMT[deviceId]}/29`,
      gateway: deviceId === 0 ? "203.0.113.9" : "203.0.113.17",
      dnsServers: ["192.0.2.53", "192.0.2.54"],
    },
    ...overrides,
  };
}
