/** Synth-time rules for the pair's management path and addressing (see management-path.ts). */
import { inSubnet, isHostAddress, parseIpv4, parseIpv4Interface, subnetsOverlap } from "../core/ipv4";
import { isUnresolved } from "../core/tokens";
import type { RuleIssue } from "../core/validation-error";
import type { ManagementAddress } from "../megaport";
import { DEFAULT_HA1_BACKUP_ADDRESSES, DEFAULT_HA2_ADDRESSES } from "./firewall-stacks";
import { privatePathOf } from "./management-path";
import type { PaloAltoHaPairProps } from "./props";

const FIREWALLS = [0, 1] as const;

/** Private management needs each firewall's address: nothing assigns one on a private VXC. */
export function privateManagementHasAddress(props: PaloAltoHaPairProps): RuleIssue[] {
  const path = privatePathOf(props);
  if (!path) return [];
  return FIREWALLS.flatMap((i) =>
    path.firewalls[i]?.address === undefined
      ? [
          {
            prop: `management.path.firewalls[${i}].address`,
            value: undefined,
            problem: `is required for private management: nothing assigns firewall ${i} an address on a private VXC`,
            allowed: "{ ip, prefixLength, gateway } on your management network",
            fix: `give management.path.firewalls[${i}].address, e.g. { ip: "10.20.0.${10 + i}", prefixLength: 24, gateway: "10.20.0.1" }`,
          },
        ]
      : [],
  );
}

/** With private management the address is given once, in the path, not also in sites[i]. */
export function managementAddressGivenOnce(props: PaloAltoHaPairProps): RuleIssue[] {
  if (!privatePathOf(props)) return [];
  return FIREWALLS.flatMap((i) =>
    props.sites[i].managementAddress === undefined
      ? []
      : [
          {
            prop: `sites[${i}].managementAddress`,
            value: props.sites[i].managementAddress,
            problem: "is the Megaport Internet address; with private management it is not used",
            allowed: "unset, with the address in management.path.firewalls[i].address",
            fix: `remove sites[${i}].managementAddress and give the address in management.path.firewalls[${i}].address`,
          },
        ],
  );
}

/** internetRateLimitMbps sizes the Megaport Internet VXCs, which private management does not order. */
export function internetRateOnlyWithInternet(props: PaloAltoHaPairProps): RuleIssue | undefined {
  if (!privatePathOf(props) || props.management.internetRateLimitMbps === undefined) return undefined;
  return {
    prop: "management.internetRateLimitMbps",
    value: props.management.internetRateLimitMbps,
    problem: "sizes Megaport Internet, which private management does not order",
    allowed: "unset with private management",
    fix: "remove it, and set management.path.rateLimitMbps for the private VXCs",
  };
}

/** The management address is a host address, and the gateway another address of its subnet. */
export function privateManagementAddressing(props: PaloAltoHaPairProps): RuleIssue[] {
  const path = privatePathOf(props);
  if (!path) return [];
  return FIREWALLS.flatMap((i) => {
    const address = path.firewalls[i]?.address;
    const subnet = address && literalSubnet(address);
    if (!address || !subnet) return [];
    const prop = `management.path.firewalls[${i}].address`;
    const issues: RuleIssue[] = [];
    if (!isHostAddress(subnet)) {
      issues.push({
        prop: `${prop}.ip`,
        value: address.ip,
        problem: `is the network or broadcast address of ${subnet.text}`,
        allowed: "a host address of the management subnet",
        fix: "give the firewall a host address, or correct prefixLength",
      });
    }
    const gateway = isUnresolved(address.gateway) ? undefined : parseIpv4(address.gateway);
    if (gateway !== undefined && (!inSubnet(subnet, gateway) || gateway === subnet.address)) {
      issues.push({
        prop: `${prop}.gateway`,
        value: address.gateway,
        problem: `is not another address in the management subnet ${subnet.text}`,
        allowed: `an address in ${subnet.text} other than the firewall's`,
        fix: "give the router of your management network on that subnet, or correct prefixLength",
      });
    }
    return issues;
  });
}

/** The two firewalls' private management addresses differ: each is the other's HA1 peer. */
export function privateManagementAddressesDiffer(props: PaloAltoHaPairProps): RuleIssue | undefined {
  const path = privatePathOf(props);
  const [a, b] = FIREWALLS.map((i) => path?.firewalls[i]?.address?.ip);
  if (a === undefined || a !== b || isUnresolved(a)) return undefined;
  return {
    prop: "management.path.firewalls[1].address.ip",
    value: b,
    problem: `is also firewall 0's management address; HA1 runs on management, each firewall is the other's HA1 peer`,
    allowed: "two different management addresses",
    fix: "give each firewall its own management address",
  };
}

/**
 * The management subnet must not overlap the HA1-backup or HA2 subnets: HA1 runs on management
 * and the firewall would not know which interface reaches the peer.
 */
export function managementAvoidsHaSubnets(props: PaloAltoHaPairProps): RuleIssue[] {
  const path = privatePathOf(props);
  const ha2 = props.ha?.ha2Addresses ?? DEFAULT_HA2_ADDRESSES;
  const backup = props.ha?.ha1BackupAddresses;
  const ha1Backup = backup === false ? undefined : (backup ?? DEFAULT_HA1_BACKUP_ADDRESSES);
  return FIREWALLS.flatMap((i) => {
    const given = path ? path.firewalls[i]?.address : props.sites[i].managementAddress;
    const subnet = given && literalSubnet(given);
    if (!subnet) return [];
    const prop = path ? `management.path.firewalls[${i}].address` : `sites[${i}].managementAddress`;
    const links: Array<[string, string | undefined]> = [
      [`ha.ha2Addresses[${i}]`, ha2[i]],
      [`ha.ha1BackupAddresses[${i}]`, ha1Backup?.[i]],
    ];
    return links.flatMap(([haProp, cidr]) => {
      const ha = cidr === undefined || isUnresolved(cidr) ? undefined : parseIpv4Interface(cidr);
      if (!ha || !subnetsOverlap(subnet, ha)) return [];
      return [
        {
          prop,
          value: subnet.text,
          problem: `overlaps the subnet of ${haProp} (${cidr}); HA1 runs on management and must not share a subnet with the HA links`,
          allowed: "a management subnet apart from the HA1-backup and HA2 subnets",
          fix: `give the management network another subnet, or move ${haProp.replace(/\[\d\]$/, "")} to another subnet`,
        },
      ];
    });
  });
}

/** The given address as a subnet, when all of it is known at synth. */
function literalSubnet(address: ManagementAddress): ReturnType<typeof parseIpv4Interface> {
  if (isUnresolved(address.ip) || isUnresolved(address.prefixLength)) return undefined;
  return parseIpv4Interface(`${address.ip}/${address.prefixLength}`);
}

/** Every management rule, in the order their issues read best. */
export function managementRules(props: PaloAltoHaPairProps): Array<RuleIssue | undefined> {
  return [
    ...privateManagementHasAddress(props),
    ...managementAddressGivenOnce(props),
    internetRateOnlyWithInternet(props),
    ...privateManagementAddressing(props),
    privateManagementAddressesDiffer(props),
    ...managementAvoidsHaSubnets(props),
  ];
}
