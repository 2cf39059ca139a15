/**
 * Synth-time validation of the whole pair, one test per rule: each bad prop throws a
 * ValidationError whose message names the prop as the user wrote it, the value, what is allowed
 * and the fix.
 */
import { Testing } from "cdktf";
import type { ValidationIssue } from "../../lib/core/validation-error";
import { PaloAltoHaPair, type PaloAltoHaPairProps } from "../../lib/pattern";
import { awsConnection, azureConnection, pairProps, validationErrorOf } from "./fixtures";

/** Builds a pair from the fixture props with `overrides` and returns the ValidationError it throws. */
function errorOf(overrides: Partial<PaloAltoHaPairProps>) {
  return validationErrorOf(() => new PaloAltoHaPair(Testing.app(), "syd", pairProps(overrides)));
}

/** The issues without their construct path, for comparing what the user is told. */
function reported(issues: readonly ValidationIssue[]) {
  return issues.map(({ prop, value, problem }) => ({ prop, value, problem }));
}

const PEERING = { peerAsn: 65010, primarySubnet: "192.168.200.0/30", secondarySubnet: "192.168.200.4/30" };

describe("pair rules on the connections", () => {
  test("connection names are distinct", () => {
    const error = errorOf({ cloudConnections: [awsConnection(), azureConnection({ name: "aws" })] });
    expect(error.message).toBe(
      'syd: cloudConnections[1].name = "aws": is also the name of cloudConnections[0]. Allowed: a distinct name per connection (it names the BGP peer group, subinterface and VXCs). Fix: rename one of them.',
    );
  });

  test("connection VLANs are distinct", () => {
    const error = errorOf({ cloudConnections: [awsConnection(), azureConnection({ vlan: 100 })] });
    expect(error.message).toBe(
      "syd: cloudConnections[1].vlan = 100: is also the VLAN of cloudConnections[0] (aws). Allowed: a distinct VLAN per connection, the same on both firewalls. Fix: give each connection its own VLAN.",
    );
  });

  test("there is at least one connection", () => {
    expect(errorOf({ cloudConnections: [] }).message).toBe(
      "syd: cloudConnections = []: is empty; the pair has nothing to route between. Allowed: one or more connections built with aws(), azure() or partnerPort(). Fix: add the connections the firewalls route between (the guide uses AWS on VLAN 100 and Azure on VLAN 200).",
    );
  });

  test("a connection is ordered with the firewalls' ASN (bgp.localAsn)", () => {
    expect(errorOf({ bgp: { localAsn: 65020 }, cloudConnections: [awsConnection()] }).message).toBe(
      "syd: cloudConnections[0].vif.asn = 65010: differs from bgp.localAsn (65020), so the aws BGP sessions would not come up. Allowed: 65020, the firewalls' ASN. Fix: order the connection with the firewalls' ASN, or change bgp.localAsn.",
    );
    const azure = azureConnection({ privatePeering: { ...PEERING, peerAsn: 65099 } });
    expect(errorOf({ cloudConnections: [awsConnection(), azure] }).message).toBe(
      "syd: cloudConnections[1].privatePeering.peerAsn = 65099: differs from bgp.localAsn (65010), so the azure BGP sessions would not come up. Allowed: 65010, the firewalls' ASN. Fix: order the connection with the firewalls' ASN, or change bgp.localAsn.",
    );
  });

  test("every connection gives both firewalls BGP addressing (Azure without private peering does not)", () => {
    const error = errorOf({ cloudConnections: [awsConnection(), azureConnection({ privatePeering: undefined })] });
    expect(error.message).toBe(
      [
        "2 problems:",
        "  syd: cloudConnections[1].firewalls[0].bgp = undefined: is not set, so firewall 0 has no BGP session on azure. Allowed: an AWS hosted VIF's addressing, Azure private peering subnets, or per-firewall bgp settings. Fix: give firewall 0's BGP addressing on azure, e.g. firewalls[0].bgp = { localAddress, peerAddress, peerAsn }.",
        "  syd: cloudConnections[1].firewalls[1].bgp = undefined: is not set, so firewall 1 has no BGP session on azure. Allowed: an AWS hosted VIF's addressing, Azure private peering subnets, or per-firewall bgp settings. Fix: give firewall 1's BGP addressing on azure, e.g. firewalls[1].bgp = { localAddress, peerAddress, peerAsn }.",
      ].join("\n"),
    );
    const hosted = errorOf({ cloudConnections: [awsConnection({ type: "hosted-connection", vif: undefined })] });
    expect(reported(hosted.issues).map((i) => [i.prop, i.value])).toEqual([
      ["cloudConnections[0].firewalls[0].bgp", undefined],
      ["cloudConnections[0].firewalls[1].bgp", undefined],
    ]);
  });

  test("a BGP peer's ASN differs from bgp.localAsn, reported on a prop of the pair", () => {
    const error = errorOf({
      bgp: { localAsn: 64512 },
      cloudConnections: [awsConnection({ vif: { asn: 64512, amazonAsn: 64512 } })],
    });
    expect(error.message).toContain("equals the local AS 64512");
    // Either prop is what the user wrote; the firewall-level `connections[0].bgp.peerAsn` is not.
    expect(error.issues.map((i) => i.prop)).toEqual([
      expect.stringMatching(/^(bgp\.localAsn|cloudConnections\[0\]\.vif\.amazonAsn)$/),
    ]);
  });

  test("a connection object belongs to one pair", () => {
    const app = Testing.app();
    const shared = awsConnection();
    new PaloAltoHaPair(app, "syd", pairProps({ stackPrefix: "syd-", cloudConnections: [shared] }));
    const error = validationErrorOf(
      () => new PaloAltoHaPair(app, "mel", pairProps({ stackPrefix: "mel-", cloudConnections: [shared] })),
    );
    expect(error.issues.map((i) => i.prop)).toEqual([expect.stringMatching(/^cloudConnections\[0\]/)]);
    expect(error.message).toContain("syd");
  });
});

describe("pair rules on the sites", () => {
  test("the two firewalls are in two data centres", () => {
    expect(errorOf({ sites: [{ location: { id: 3 } }, { location: { id: 3 } }] }).message).toBe(
      'syd: sites[1].location = {"id":3}: is the same data centre as sites[0]; one facility failure would take both firewalls down. Allowed: another data centre in the same metro. Fix: place the second firewall in another location of the metro.',
    );
    const byName = errorOf({ sites: [{ location: { name: "Equinix SY1" } }, { location: { name: "Equinix SY1" } }] });
    expect(reported(byName.issues)).toEqual([
      {
        prop: "sites[1].location",
        value: { name: "Equinix SY1" },
        problem: "is the same data centre as sites[0]; one facility failure would take both firewalls down",
      },
    ]);
  });

  test("the two firewalls' management addresses differ", () => {
    const address = { ip: "203.0.113.10", prefixLength: 29, gateway: "203.0.113.9" };
    const error = errorOf({
      sites: [
        { location: { id: 3 }, managementAddress: address },
        { location: { id: 4 }, managementAddress: address },
      ],
    });
    expect(error.issues.map((i) => i.prop)).toEqual([expect.stringMatching(/^sites\[1\]\.managementAddress(\.ip)?$/)]);
    expect(error.message).toContain("203.0.113.10");
  });

  test("a given management gateway lies in the management subnet", () => {
    const error = errorOf({
      sites: [
        { location: { id: 3 }, managementAddress: { ip: "203.0.113.10", prefixLength: 29, gateway: "198.51.100.1" } },
        { location: { id: 4 } },
      ],
    });
    expect(error.issues.map((i) => [i.prop, i.value])).toEqual([
      ["sites[0].managementAddress.gateway", "198.51.100.1"],
    ]);
  });

  test("DNS servers are reported under management.dnsServers", () => {
    const error = errorOf({ management: { dnsServers: [] } });
    expect(error.message).toContain("has 0 item(s)");
    expect(error.issues.map((i) => i.prop)).toEqual(["management.dnsServers"]);
  });
});

describe("pair rules on HA addressing", () => {
  test("HA2 addresses are interface addresses with a prefix length", () => {
    const error = errorOf({ ha: { ha2Addresses: ["10.255.2.1", "10.255.2.2/30"] } });
    expect(error.message).toContain("is not an IPv4 interface address with prefix length");
    expect(reported(error.issues)).toEqual([
      {
        prop: "ha.ha2Addresses[0]",
        value: "10.255.2.1",
        problem: "is not an IPv4 interface address with prefix length",
      },
    ]);
  });

  test("HA2 addresses differ", () => {
    const error = errorOf({ ha: { ha2Addresses: ["10.255.2.1/30", "10.255.2.1/30"] } });
    expect(error.message).toContain(
      "gives both firewalls the same HA2 address. Allowed: two different addresses in one subnet, e.g. 10.255.2.1/30 and 10.255.2.2/30. Fix: give each firewall its own address in the HA2 subnet.",
    );
    expect(reported(error.issues)).toEqual([
      {
        prop: "ha.ha2Addresses",
        value: ["10.255.2.1/30", "10.255.2.1/30"],
        problem: "gives both firewalls the same HA2 address",
      },
    ]);
  });

  test("HA2 addresses share one subnet", () => {
    const error = errorOf({ ha: { ha2Addresses: ["10.255.2.1/30", "10.255.3.2/30"] } });
    expect(error.message).toContain(
      "puts the two ends of the HA2 link in different subnets (10.255.2.1/30, 10.255.3.2/30)",
    );
    expect(error.issues.map((i) => i.prop)).toEqual(["ha.ha2Addresses"]);
  });

  test("HA1-backup addresses are interface addresses, reported on the address that is wrong", () => {
    const error = errorOf({ ha: { ha1BackupAddresses: ["10.255.1.1/30", "10.255.1.300/30"] } });
    expect(error.message).toContain("10.255.1.300");
    expect(error.issues.map((i) => [i.prop, i.value])).toEqual([["ha.ha1BackupAddresses[1]", "10.255.1.300/30"]]);
  });

  test("HA1-backup addresses differ", () => {
    const error = errorOf({ ha: { ha1BackupAddresses: ["10.255.1.1/30", "10.255.1.1/30"] } });
    expect(error.message).toContain("gives both firewalls the same HA1-backup address");
    expect(error.issues.map((i) => i.prop)).toEqual(["ha.ha1BackupAddresses"]);
  });

  test("HA1-backup addresses share one subnet", () => {
    const error = errorOf({ ha: { ha1BackupAddresses: ["10.255.1.1/30", "10.255.3.2/30"] } });
    expect(error.message).toContain(
      "puts the two ends of the HA1-backup link in different subnets (10.255.1.1/30, 10.255.3.2/30)",
    );
    expect(error.issues.map((i) => i.prop)).toEqual(["ha.ha1BackupAddresses"]);
  });

  test("HA2 and HA1-backup subnets do not overlap", () => {
    const error = errorOf({ ha: { ha2Addresses: ["10.255.1.1/30", "10.255.1.2/30"] } });
    expect(error.message).toContain("overlaps the subnet of");
    expect(error.issues.map((i) => i.prop)).toEqual([
      expect.stringMatching(/^ha\.(ha2Addresses|ha1BackupAddresses)(\[[01]\])?$/),
    ]);
  });
});

describe("pair rules on BGP router IDs", () => {
  test("router IDs are IPv4 addresses", () => {
    const error = errorOf({ bgp: { localAsn: 65010, routerIds: ["10.0.0.1", "router-b"] } });
    expect(error.message).toContain('"router-b": is not an IPv4 address');
    expect(error.issues.map((i) => [i.prop, i.value])).toEqual([["bgp.routerIds[1]", "router-b"]]);
  });

  test("the two firewalls' router IDs differ", () => {
    const error = errorOf({ bgp: { localAsn: 65010, routerIds: ["10.0.0.1", "10.0.0.1"] } });
    expect(error.issues.map((i) => i.prop)).toEqual([expect.stringMatching(/^bgp\.routerIds(\[1\])?$/)]);
    expect(error.message).toContain("10.0.0.1");
  });
});

describe("pair rules on the stack names", () => {
  test("a stackPrefix that cannot be part of a stack name is refused as a ValidationError", () => {
    for (const stackPrefix of ["syd fw-", "syd/"]) {
      const error = errorOf({ stackPrefix });
      expect(error.issues.map((i) => [i.prop, i.value])).toEqual([["stackPrefix", stackPrefix]]);
    }
  });
});
