import type { RuleIssue } from "../core/validation-error";
import { DEFAULTS } from "./model/defaults";
import type { PaloAltoFirewallConfigProps } from "./props/firewall";
import { peerAddressCrossesOver, sameSubnetDifferentAddresses } from "./rules/addressing";
import { deviceIdsPair, ha1BackupOnBoth, matchingConnections, sameGroupId } from "./rules/high-availability";

/**
 * Checks what needs both firewalls of the pair: device IDs 0 and 1, one HA group, HA2 (and HA1
 * backup) addresses in one subnet and different, peer addresses that cross over, and the same
 * data-plane connections (config sync copies them). Returns the issues, props prefixed with
 * `firewalls[0]` / `firewalls[1]`, for the pattern to throw with the pair's construct path.
 */
export function validateFirewallPair(
  first: PaloAltoFirewallConfigProps,
  second: PaloAltoFirewallConfigProps,
): RuleIssue[] {
  const [a, b] = [first.ha, second.ha];
  const issues: (RuleIssue | undefined)[] = [
    deviceIdsPair("firewalls[*].ha.deviceId", a.deviceId, b.deviceId),
    sameGroupId("firewalls[*].ha.groupId", a.groupId ?? DEFAULTS.groupId, b.groupId ?? DEFAULTS.groupId),
    sameSubnetDifferentAddresses("firewalls[*].ha.ha2.address", a.ha2.address, b.ha2.address, "HA2"),
    peerAddressCrossesOver("firewalls[0].ha.peerManagementIp", a.peerManagementIp, second.api.host, "management IP"),
    peerAddressCrossesOver("firewalls[1].ha.peerManagementIp", b.peerManagementIp, first.api.host, "management IP"),
    ha1BackupOnBoth("firewalls[*].ha.ha1Backup", a.ha1Backup !== undefined, b.ha1Backup !== undefined),
    matchingConnections("firewalls[*].connections", first.connections, second.connections),
  ];
  if (a.ha1Backup && b.ha1Backup) {
    issues.push(
      sameSubnetDifferentAddresses(
        "firewalls[*].ha.ha1Backup.address",
        a.ha1Backup.address,
        b.ha1Backup.address,
        "HA1-backup",
      ),
      peerAddressCrossesOver(
        "firewalls[0].ha.ha1Backup.peerAddress",
        a.ha1Backup.peerAddress,
        b.ha1Backup.address,
        "HA1-backup address",
      ),
      peerAddressCrossesOver(
        "firewalls[1].ha.ha1Backup.peerAddress",
        b.ha1Backup.peerAddress,
        a.ha1Backup.address,
        "HA1-backup address",
      ),
    );
  }
  return issues.filter((i): i is RuleIssue => i !== undefined);
}
