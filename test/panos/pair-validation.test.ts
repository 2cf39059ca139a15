import { validateFirewallPair, type PaloAltoFirewallConfigProps } from "../../lib/panos";
import { firewallProps } from "./fixtures";

const [zero, one] = [firewallProps(0), firewallProps(1)];

function withHa(props: PaloAltoFirewallConfigProps, ha: Partial<PaloAltoFirewallConfigProps["ha"]>) {
  return { ...props, ha: { ...props.ha, ...ha } };
}

function problems(first: PaloAltoFirewallConfigProps, second: PaloAltoFirewallConfigProps): [string, string][] {
  return validateFirewallPair(first, second).map((i) => [i.prop, i.problem]);
}

describe("validateFirewallPair", () => {
  test("the guide's pair is consistent", () => {
    expect(validateFirewallPair(zero, one)).toEqual([]);
    expect(validateFirewallPair(one, zero)).toEqual([]);
  });

  test("device IDs 0 and 1", () => {
    expect(problems(zero, withHa(one, { deviceId: 0 }))).toEqual([
      ["firewalls[*].ha.deviceId", "must be 0 on one firewall and 1 on the other"],
    ]);
  });

  test("one HA group", () => {
    expect(problems(zero, withHa(one, { groupId: 11 }))).toEqual([
      ["firewalls[*].ha.groupId", "differs between the two firewalls, so they would never pair"],
    ]);
  });

  test("HA2 addresses in one subnet", () => {
    expect(problems(zero, withHa(one, { ha2: { address: "10.255.3.2/30" } }))).toEqual([
      [
        "firewalls[*].ha.ha2.address",
        "puts the two ends of the HA2 link in different subnets (10.255.2.1/30, 10.255.3.2/30)",
      ],
    ]);
  });

  test("HA2 addresses different", () => {
    expect(problems(zero, withHa(one, { ha2: { address: "10.255.2.1/30" } }))).toEqual([
      ["firewalls[*].ha.ha2.address", "gives both firewalls the same HA2 address"],
    ]);
  });

  test("peer management IPs cross over", () => {
    expect(problems(withHa(zero, { peerManagementIp: "203.0.113.21" }), one)).toEqual([
      ["firewalls[0].ha.peerManagementIp", "does not match the other firewall's management IP (203.0.113.20)"],
    ]);
  });

  test("HA1 backup on both or neither", () => {
    expect(problems(zero, withHa(one, { ha1Backup: undefined }))).toEqual([
      ["firewalls[*].ha.ha1Backup", "is configured on one firewall only"],
    ]);
    expect(problems(withHa(zero, { ha1Backup: undefined }), withHa(one, { ha1Backup: undefined }))).toEqual([]);
  });

  test("HA1-backup addresses in one subnet, different, and crossing over", () => {
    const wrongPeer = withHa(one, { ha1Backup: { address: "10.255.1.2/30", peerAddress: "10.255.1.3" } });
    expect(problems(zero, wrongPeer)).toEqual([
      ["firewalls[1].ha.ha1Backup.peerAddress", "does not match the other firewall's HA1-backup address (10.255.1.1)"],
    ]);
    const sameAddress = withHa(one, { ha1Backup: { address: "10.255.1.1/30", peerAddress: "10.255.1.1" } });
    expect(problems(zero, sameAddress).map(([prop]) => prop)).toEqual([
      "firewalls[*].ha.ha1Backup.address",
      "firewalls[0].ha.ha1Backup.peerAddress",
    ]);
  });

  test("the same connections on both firewalls, because config sync copies them", () => {
    const missing = { ...one, connections: [one.connections[0]] };
    expect(problems(zero, missing)).toEqual([
      [
        "firewalls[*].connections",
        "differ between the two firewalls; configuration sync would overwrite one with the other",
      ],
    ]);
  });

  test("plan-time management addresses are left to plan time", () => {
    const tokenHost = { ...one, api: { host: "${var.peer}" } };
    expect(validateFirewallPair(zero, tokenHost)).toEqual([]);
  });
});
