import { integerInRange, ipv4Address } from "../core/rules";
import type { RuleIssue } from "../core/validation-error";
import type { ManagementAddress } from "./management-internet";

/** The rules of a given management address (`managementAddress.ip`, `.gateway`, `.prefixLength`). */
export function managementAddressIssues(address: ManagementAddress): Array<RuleIssue | undefined> {
  return [
    ipv4Address("managementAddress.ip", address.ip, "give the firewall's management IPv4 address"),
    ipv4Address("managementAddress.gateway", address.gateway, "give the management gateway's IPv4 address"),
    integerInRange("managementAddress.prefixLength", address.prefixLength, 1, 32, "give the subnet's prefix length"),
  ];
}
