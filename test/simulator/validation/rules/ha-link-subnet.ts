/**
 * Addresses that go with an HA link must lie in that link's subnet: the HA1 backup peer address
 * (`group/peer-ip-backup`) in the subnet of `interface/ha1-backup` (`ip-address` + `netmask`), and the
 * HA2 gateway (`interface/ha2/gateway`), when set, in the subnet of `interface/ha2`.
 * Source: PAN-OS web interface help, Device > High Availability > HA Communications (HA1 backup and
 * HA2: IPv4 address, netmask and a gateway on that link; the peer's backup address is reached over
 * the link). The detail wording is ours, in the captured Validation Error layout.
 */
import { child } from "../../../../lib/xmlspec/xml";
import { textAt } from "../../operational/device-config";
import type { ConfigView } from "../config-view";
import { inSubnet } from "../ipv4";
import type { CommitRule, Violation } from "../types";

function check(config: ConfigView): Violation[] {
  const ha = config.highAvailability;
  const interfaces = child(ha, "interface");
  const pairs = [
    {
      link: "ha1-backup",
      value: textAt(ha, "group", "peer-ip-backup"),
      path: ["deviceconfig", "high-availability", "group", "peer-ip-backup"],
    },
    {
      link: "ha2",
      value: textAt(interfaces, "ha2", "gateway"),
      path: ["deviceconfig", "high-availability", "interface", "ha2", "gateway"],
    },
  ];
  return pairs.flatMap(({ link, value, path }): Violation[] => {
    const ip = textAt(interfaces, link, "ip-address");
    const netmask = textAt(interfaces, link, "netmask");
    if (value === undefined || ip === undefined || netmask === undefined || inSubnet(value, ip, netmask)) return [];
    return [{ scope: "device", path, message: `'${value}' is not in the ${link} subnet ${ip}/${netmask}` }];
  });
}

export const haLinkSubnet: CommitRule = {
  id: "ha-link-subnet",
  source: "PAN-OS web interface help, Device > High Availability > HA Communications (HA1 backup, HA2 addressing)",
  check,
};
