/** Every domain rule on its own: the issue it reports for a bad value, and silence for good or plan-time values. */
import { Token } from "cdktf";
import type { RuleIssue } from "../../lib/core/validation-error";
import {
  gatewayOnSubnet,
  noOverlappingSubnets,
  peerAddressCrossesOver,
  peerAddressDiffers,
  peerAddressOnSubnet,
  sameSubnetDifferentAddresses,
} from "../../lib/panos/rules/addressing";
import { cliCommand, exclusiveTlsOptions } from "../../lib/panos/rules/cli";
import {
  deviceIdsPair,
  ha1BackupOnBoth,
  matchingConnections,
  sameGroupId,
} from "../../lib/panos/rules/high-availability";
import { dataPlaneMtu, jumboFrameMtu, managementMtu, mtuWithinParent } from "../../lib/panos/rules/mtu";
import { connectionName, interfaceName, itemCount, knownAtSynth, panosName, unique } from "../../lib/panos/rules/names";
import { asNumber, bfdInterval, bfdMultiplier, ebgpPeerAsn, vlanTag } from "../../lib/panos/rules/routing";

const planTime = Token.asString({ resolve: () => "x" });
const planTimeNumber = Token.asNumber({ resolve: () => 1 });

/** Rule name, what it returned, and the issue fields expected (exact strings or patterns). */
type Case = [
  string,
  RuleIssue | RuleIssue[] | undefined,
  { problem: string | RegExp } & Record<string, string | RegExp>,
];

const cases: Case[] = [
  [
    "dataPlaneMtu",
    dataPlaneMtu("p", 9101),
    { problem: "must be an MTU from 576 to 9100 (a Megaport VXC carries at most 9100)", allowed: "576..9100" },
  ],
  [
    "managementMtu",
    managementMtu("p", 9000),
    { problem: /^must be an MTU from 576 to 1500: the management interface stays at standard frames/ },
  ],
  [
    "jumboFrameMtu, too small",
    jumboFrameMtu("p", 1500),
    { problem: /^is not a jumbo MTU: HA3 forwards data-plane packets encapsulated/ },
  ],
  [
    "jumboFrameMtu, too large",
    jumboFrameMtu("p", 9216),
    { problem: "must be at most 9100: the HA3 VXC drops larger frames", allowed: "1501..9100" },
  ],
  [
    "mtuWithinParent",
    mtuWithinParent("p", 1600, 1500),
    { problem: "is larger than the MTU of the parent interface ethernet1/1 (1500)" },
  ],
  [
    "knownAtSynth",
    knownAtSynth("p", planTime),
    { problem: /^is known only at plan time, but it names PAN-OS objects/ },
  ],
  ["panosName", panosName("p", "a<b"), { problem: "is not a valid PAN-OS name", allowed: /^1\.\.31 characters/ }],
  ["panosName, too long", panosName("p", "a".repeat(32)), { problem: "is not a valid PAN-OS name" }],
  ["connectionName", connectionName("p", "aws cloud"), { problem: "is not a valid connection name" }],
  [
    "unique",
    unique("connections", [100, 200, 100], "VLAN"),
    { prop: "connections[2]", problem: "repeats the VLAN of connections[0]" },
  ],
  ["itemCount", itemCount("p", [], 1, 2, "add one"), { problem: "has 0 item(s)", allowed: "1 to 2" }],
  ["interfaceName", interfaceName("p", "eth1"), { problem: "is not an ethernet interface name" }],
  ["vlanTag, 1", vlanTag("p", 1), { problem: "must be a VLAN tag from 2 to 4093" }],
  ["vlanTag, 4094", vlanTag("p", 4094), { problem: "must be a VLAN tag from 2 to 4093" }],
  ["asNumber, 0", asNumber("p", 0), { problem: "must be an AS number from 1 to 4294967295" }],
  ["asNumber, too large", asNumber("p", 4294967296), { problem: "must be an AS number from 1 to 4294967295" }],
  ["ebgpPeerAsn", ebgpPeerAsn("p", 65010, 65010), { problem: /^equals the local AS 65010; the connections use eBGP/ }],
  ["bfdInterval", bfdInterval("p", 100), { problem: "must be an interval in ms from 200 to 2000" }],
  ["bfdMultiplier", bfdMultiplier("p", 1), { problem: "must be a multiplier from 2 to 50" }],
  [
    "noOverlappingSubnets",
    noOverlappingSubnets([
      { prop: "a", value: "10.0.0.1/24" },
      { prop: "b", value: "10.0.0.129/25" },
    ]),
    { prop: "b", problem: "overlaps the subnet of a (10.0.0.1/24) on the same firewall" },
  ],
  [
    "peerAddressDiffers",
    peerAddressDiffers("p", "10.0.0.1", "10.0.0.1/30"),
    { problem: "is the firewall's own address on the link (10.0.0.1/30)" },
  ],
  [
    "peerAddressOnSubnet",
    peerAddressOnSubnet("p", "10.0.0.5", "10.0.0.1/30"),
    { problem: /^is outside the subnet of the firewall's address 10\.0\.0\.1\/30/ },
  ],
  [
    "gatewayOnSubnet",
    gatewayOnSubnet("p", "198.51.100.1", "203.0.113.10/29"),
    { problem: "is not another address in the management subnet 203.0.113.10/29" },
  ],
  [
    "sameSubnetDifferentAddresses, subnets",
    sameSubnetDifferentAddresses("p", "10.0.0.1/30", "10.0.0.5/30", "HA2"),
    { problem: "puts the two ends of the HA2 link in different subnets (10.0.0.1/30, 10.0.0.5/30)" },
  ],
  [
    "sameSubnetDifferentAddresses, same address",
    sameSubnetDifferentAddresses("p", "10.0.0.1/30", "10.0.0.1/30", "HA2"),
    { problem: "gives both firewalls the same HA2 address" },
  ],
  [
    "peerAddressCrossesOver",
    peerAddressCrossesOver("p", "203.0.113.21", "203.0.113.20", "management IP"),
    { problem: "does not match the other firewall's management IP (203.0.113.20)", fix: "set it to 203.0.113.20" },
  ],
  [
    "cliCommand",
    cliCommand("cli", "mve-ha; rm -rf /"),
    { problem: "is not a plain command: it is written into a shell command line" },
  ],
  [
    "exclusiveTlsOptions",
    exclusiveTlsOptions("api", "/ca.pem", true),
    { problem: "sets both caFile and insecureSkipVerify" },
  ],
  ["deviceIdsPair", deviceIdsPair("p", 0, 0), { problem: "must be 0 on one firewall and 1 on the other" }],
  ["sameGroupId", sameGroupId("p", 10, 11), { problem: "differs between the two firewalls, so they would never pair" }],
  [
    "matchingConnections",
    matchingConnections("p", [{ name: "aws", vlan: 100 }], [{ name: "aws", vlan: 101 }]),
    { problem: "differ between the two firewalls; configuration sync would overwrite one with the other" },
  ],
  ["ha1BackupOnBoth", ha1BackupOnBoth("p", true, false), { problem: "is configured on one firewall only" }],
];

describe("domain rules", () => {
  test.each(cases)("%s reports the problem", (_name, result, expected) => {
    const issues = Array.isArray(result) ? result : [result];
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toBeDefined();
    for (const [key, want] of Object.entries(expected)) {
      const got = (issue as unknown as Record<string, unknown>)[key];
      if (want instanceof RegExp) expect(got).toMatch(want);
      else expect(got).toEqual(want);
    }
    expect(issue?.fix.length).toBeGreaterThan(0);
    expect(issue?.allowed.length).toBeGreaterThan(0);
  });

  test("good values pass", () => {
    const results = [
      dataPlaneMtu("p", 1500),
      dataPlaneMtu("p", 9100),
      managementMtu("p", 1500),
      jumboFrameMtu("p", 9100),
      mtuWithinParent("p", 1500, 1500),
      panosName("p", "data-plane zone.1"),
      connectionName("p", "azure_er-1"),
      interfaceName("p", "ethernet1/1.100"),
      vlanTag("p", 100),
      asNumber("p", 4294967295),
      ebgpPeerAsn("p", 64512, 65010),
      bfdInterval("p", 300),
      bfdMultiplier("p", 3),
      peerAddressDiffers("p", "10.0.0.2", "10.0.0.1/30"),
      peerAddressOnSubnet("p", "10.0.0.2", "10.0.0.1/30"),
      gatewayOnSubnet("p", "203.0.113.9", "203.0.113.10/29"),
      sameSubnetDifferentAddresses("p", "10.0.0.1/30", "10.0.0.2/30", "HA2"),
      peerAddressCrossesOver("p", "203.0.113.20", "203.0.113.20/29", "management IP"),
      peerAddressCrossesOver("p", "203.0.113.20", "fw-b.example.net", "management IP"),
      cliCommand("cli", "npx mve-ha"),
      exclusiveTlsOptions("api", "/ca.pem", false),
      deviceIdsPair("p", 1, 0),
      sameGroupId("p", 10, 10),
      matchingConnections("p", [{ name: "aws", vlan: 100, mtu: 1500 }], [{ name: "aws", vlan: 100 }]),
      ha1BackupOnBoth("p", false, false),
      itemCount("p", [1], 1, 2, "x"),
    ];
    expect(results).toEqual(results.map(() => undefined));
    expect(unique("c", [1, 2, 3], "VLAN")).toEqual([]);
    expect(
      noOverlappingSubnets([
        { prop: "a", value: "10.0.0.1/30" },
        { prop: "b", value: "10.0.0.5/30" },
      ]),
    ).toEqual([]);
  });

  test("plan-time values are left to plan time", () => {
    const results = [
      dataPlaneMtu("p", planTimeNumber),
      vlanTag("p", planTimeNumber),
      asNumber("p", planTimeNumber),
      ebgpPeerAsn("p", planTimeNumber, 65010),
      panosName("p", planTime),
      connectionName("p", planTime),
      peerAddressDiffers("p", planTime, "10.0.0.1/30"),
      peerAddressOnSubnet("p", "10.0.0.9", planTime),
      gatewayOnSubnet("p", planTime, "203.0.113.10/29"),
      sameSubnetDifferentAddresses("p", planTime, "10.0.0.2/30", "HA2"),
      peerAddressCrossesOver("p", "203.0.113.20", planTime, "management IP"),
      sameGroupId("p", planTimeNumber, 10),
    ];
    expect(results).toEqual(results.map(() => undefined));
    expect(
      noOverlappingSubnets([
        { prop: "a", value: planTime },
        { prop: "b", value: "10.0.0.5/30" },
      ]),
    ).toEqual([]);
  });
});
