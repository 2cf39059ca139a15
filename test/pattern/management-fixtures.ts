/** Props of a pair managed over private VXCs (management.path), for the tests of that variant. */
import type { PrivateManagementVxc, PaloAltoHaPairProps, PrivateVxcManagementPath } from "../../lib/pattern";
import { pairProps } from "./fixtures";

/** The product UIDs of the fixture's far ends (a port of the user's, an MCR). */
export const PORT_UID = "5e1e8a7c-0000-4000-8000-00000000a0a0";
export const MCR_UID = "5e1e8a7c-0000-4000-8000-00000000b1b1";

/** Firewall 0 over a tagged VXC to a port, firewall 1 over an untagged VXC to an MCR, on 10.20.0.0/24. */
export function privateFirewalls(): [PrivateManagementVxc, PrivateManagementVxc] {
  return [
    { productUid: PORT_UID, vlan: 300, address: { ip: "10.20.0.10", prefixLength: 24, gateway: "10.20.0.1" } },
    { productUid: MCR_UID, vlan: "untagged", address: { ip: "10.20.0.11", prefixLength: 24, gateway: "10.20.0.1" } },
  ];
}

/** A valid pair with private management; `path` overrides fields of the path. */
export function privatePairProps(
  path: Partial<PrivateVxcManagementPath> = {},
  overrides: Partial<PaloAltoHaPairProps> = {},
): PaloAltoHaPairProps {
  const base = pairProps();
  return pairProps({
    management: {
      ...base.management,
      path: { kind: "private-vxc", firewalls: privateFirewalls(), ...path },
    },
    ...overrides,
  });
}
