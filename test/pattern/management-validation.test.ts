/**
 * Bad management input is a ValidationError at construction naming the prop and the fix: private
 * management without an address, address and gateway in different subnets, a management subnet
 * overlapping the HA subnets, the same address twice (each is the other's HA1 peer), props that
 * only Megaport Internet uses, a bad VLAN or kind, and a malformed IPv6 address or gateway.
 */
import type { ValidationIssue } from "../../lib/core/validation-error";
import type { PaloAltoHaPairProps } from "../../lib/pattern";
import { pairProps, synthPair, validationErrorOf } from "./fixtures";
import { privateFirewalls, privatePairProps } from "./management-fixtures";

function issuesOf(props: PaloAltoHaPairProps): ValidationIssue[] {
  return [...validationErrorOf(() => synthPair(props)).issues];
}

function withFirewall0(change: Record<string, unknown>): PaloAltoHaPairProps {
  const [first, second] = privateFirewalls();
  return privatePairProps({ firewalls: [{ ...first, ...change } as typeof first, second] });
}

describe("private management validation", () => {
  test("no address: required, naming the prop and an example", () => {
    const issues = issuesOf(withFirewall0({ address: undefined }));
    expect(issues).toEqual([
      expect.objectContaining({
        path: "syd",
        prop: "management.path.firewalls[0].address",
        problem: expect.stringContaining("required for private management"),
        fix: expect.stringContaining("give management.path.firewalls[0].address"),
      }),
    ]);
  });

  test("a gateway outside the address's subnet", () => {
    const issues = issuesOf(withFirewall0({ address: { ip: "10.20.0.10", prefixLength: 24, gateway: "10.21.0.1" } }));
    expect(issues).toEqual([
      expect.objectContaining({
        prop: "management.path.firewalls[0].address.gateway",
        value: "10.21.0.1",
        problem: "is not another address in the management subnet 10.20.0.10/24",
      }),
    ]);
  });

  test("the gateway is the firewall's own address", () => {
    const issues = issuesOf(withFirewall0({ address: { ip: "10.20.0.10", prefixLength: 24, gateway: "10.20.0.10" } }));
    expect(issues.map((i) => i.prop)).toEqual(["management.path.firewalls[0].address.gateway"]);
  });

  test("the address is the subnet's network address", () => {
    const issues = issuesOf(withFirewall0({ address: { ip: "10.20.0.0", prefixLength: 24, gateway: "10.20.0.1" } }));
    expect(issues).toEqual([
      expect.objectContaining({
        prop: "management.path.firewalls[0].address.ip",
        fix: expect.stringContaining("host"),
      }),
    ]);
  });

  test("a management subnet overlapping the HA2 subnet (HA1 runs on management)", () => {
    const issues = issuesOf(
      withFirewall0({ address: { ip: "10.255.2.9", prefixLength: 24, gateway: "10.255.2.254" } }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        prop: "management.path.firewalls[0].address",
        problem: expect.stringContaining("overlaps the subnet of ha.ha2Addresses[0] (10.255.2.1/30)"),
      }),
    ]);
    // A /16 holds the HA1-backup subnet as well: both are named.
    const wide = issuesOf(withFirewall0({ address: { ip: "10.255.9.9", prefixLength: 16, gateway: "10.255.9.1" } }));
    expect(wide.map((i) => i.problem.slice(0, 52))).toEqual([
      "overlaps the subnet of ha.ha2Addresses[0] (10.255.2.",
      "overlaps the subnet of ha.ha1BackupAddresses[0] (10.",
    ]);
  });

  test("a given HA1-backup subnet inside the management subnet, with Megaport Internet and a known address", () => {
    const base = pairProps();
    const props = pairProps({
      sites: [
        { ...base.sites[0], managementAddress: { ip: "203.0.113.10", prefixLength: 29, gateway: "203.0.113.9" } },
        base.sites[1],
      ],
      ha: { ha1BackupAddresses: ["203.0.113.13/30", "203.0.113.14/30"] },
    });
    const issues = issuesOf(props);
    expect(issues).toEqual([
      expect.objectContaining({
        prop: "sites[0].managementAddress",
        problem: expect.stringContaining("overlaps the subnet of ha.ha1BackupAddresses[0]"),
        fix: expect.stringContaining("move ha.ha1BackupAddresses to another subnet"),
      }),
    ]);
  });

  test("both firewalls given one address: each is the other's HA1 peer", () => {
    const [first, second] = privateFirewalls();
    const issues = issuesOf(privatePairProps({ firewalls: [first, { ...second, address: first.address }] }));
    expect(issues).toEqual([
      expect.objectContaining({
        prop: "management.path.firewalls[1].address.ip",
        problem: expect.stringContaining("HA1 peer"),
      }),
    ]);
  });

  test("sites[i].managementAddress and internetRateLimitMbps are Megaport Internet props", () => {
    const base = privatePairProps();
    const props = privatePairProps(
      {},
      {
        sites: [
          { ...base.sites[0], managementAddress: { ip: "203.0.113.10", prefixLength: 29, gateway: "203.0.113.9" } },
          base.sites[1],
        ],
        management: { ...base.management, internetRateLimitMbps: 200 },
      },
    );
    expect(issuesOf(props).map((i) => [i.prop, i.fix])).toEqual([
      [
        "sites[0].managementAddress",
        "remove sites[0].managementAddress and give the address in management.path.firewalls[0].address",
      ],
      ["management.internetRateLimitMbps", "remove it, and set management.path.rateLimitMbps for the private VXCs"],
    ]);
  });

  test("a VLAN out of range, a word other than untagged, an unknown kind, one firewall only", () => {
    expect(issuesOf(withFirewall0({ vlan: 4094 })).map((i) => i.prop)).toEqual(["management.path.firewalls[0].vlan"]);
    expect(issuesOf(withFirewall0({ vlan: "tagged" }))).toEqual([
      expect.objectContaining({ prop: "management.path.firewalls[0].vlan", allowed: '"untagged"' }),
    ]);
    const base = pairProps();
    const unknownKind = pairProps({
      management: {
        ...base.management,
        path: { kind: "private" } as unknown as PaloAltoHaPairProps["management"]["path"],
      },
    });
    expect(issuesOf(unknownKind)).toEqual([
      expect.objectContaining({
        prop: "management.path.kind",
        value: "private",
        fix: expect.stringContaining("private-vxc"),
      }),
    ]);
    const [first] = privateFirewalls();
    const one = privatePairProps({ firewalls: [first] as unknown as ReturnType<typeof privateFirewalls> });
    expect(issuesOf(one).map((i) => i.prop)).toEqual(["management.path.firewalls"]);
  });

  test("an empty product UID", () => {
    expect(issuesOf(withFirewall0({ productUid: " " })).map((i) => i.prop)).toEqual([
      "management.path.firewalls[0].productUid",
    ]);
  });
});

describe("IPv6 management validation", () => {
  const withIpv6 = (address: string, gateway: string): PaloAltoHaPairProps => {
    const base = pairProps();
    return pairProps({
      management: {
        ...base.management,
        ipv6: [
          { address, gateway },
          { address: "2001:db8:10::11/64", gateway: "fe80::1" },
        ],
      },
    });
  };

  test.each([
    ["2001:db8:10::10", "fe80::1", "management.ipv6[0].address", "is not an IPv6 address with prefix length"],
    ["2001:db8:10::10/129", "fe80::1", "management.ipv6[0].address", "is not an IPv6 address with prefix length"],
    ["2001:db8:10:::10/64", "fe80::1", "management.ipv6[0].address", "is not an IPv6 address with prefix length"],
    ["10.20.0.10/24", "fe80::1", "management.ipv6[0].address", "is not an IPv6 address with prefix length"],
    ["fe80::10/64", "fe80::1", "management.ipv6[0].address", "is a link-local address"],
    ["ff02::1/64", "fe80::1", "management.ipv6[0].address", "is a multicast address"],
    ["2001:db8:10::10/64", "2001:db8:99::1", "management.ipv6[0].gateway", "is outside the management subnet"],
    ["2001:db8:10::10/64", "2001:db8:10:0::10", "management.ipv6[0].gateway", "is the firewall's own address"],
    ["2001:db8:10::10/64", "10.20.0.1", "management.ipv6[0].gateway", "is not an IPv6 address"],
  ])("address %s, gateway %s: %s %s", (address, gateway, prop, problem) => {
    expect(issuesOf(withIpv6(address, gateway))).toEqual([
      expect.objectContaining({ prop, problem: expect.stringContaining(problem) }),
    ]);
  });

  test("text that could break the XML is refused by its shape", () => {
    expect(issuesOf(withIpv6("2001:db8::10/64<x/>", "fe80::1")).map((i) => i.prop)).toEqual([
      "management.ipv6[0].address",
    ]);
  });

  test("a global address with an in-subnet or link-local gateway is accepted", () => {
    expect(() => synthPair(withIpv6("2001:db8:10::10/64", "2001:db8:10::1"))).not.toThrow();
  });
});
