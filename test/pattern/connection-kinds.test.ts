/**
 * Google Partner Interconnect, Oracle FastConnect, an MCR and an internet breakout on a pair: what
 * each orders from Megaport and configures on both firewalls, and the mistakes refused at synth.
 */
import { Testing } from "cdktf";
import {
  PaloAltoHaPair,
  google,
  internetBreakout,
  mcr,
  oracle,
  variable,
  type PairConnection,
} from "../../lib/pattern";
import type { Json } from "../helpers/template";
import { pairTopology } from "../../lib/topology/from-pair";
import { awsConnection, FIREWALL_ASN, pairProps, synthPair, validationErrorOf } from "./fixtures";

const MCR_UID = "4b6f7ae5-1b2c-4d3e-8f90-a1b2c3d4e5f6";
const OCID = (i: number) => `ocid1.virtualcircuit.oc1.ap-sydney-1.aaaaaaaa${i}bcdefg`;

export function googleConnection(overrides: Partial<Parameters<typeof google>[0]> = {}): PairConnection {
  return google({
    name: "gcp",
    vlan: 300,
    rateLimitMbps: 1000,
    firewalls: [
      {
        pairingKey: variable("google_pairing_key_0"),
        partnerPort: { locationId: 3, diversityZone: "red" },
        bgp: { localAddress: "169.254.30.2/29", peerAddress: "169.254.30.1" },
      },
      {
        pairingKey: variable("google_pairing_key_1"),
        partnerPort: { locationId: 4, diversityZone: "blue" },
        bgp: { localAddress: "169.254.31.2/29", peerAddress: "169.254.31.1" },
      },
    ],
    ...overrides,
  });
}

export function oracleConnection(overrides: Partial<Parameters<typeof oracle>[0]> = {}): PairConnection {
  return oracle({
    name: "oci",
    vlan: 400,
    rateLimitMbps: 1000,
    firewalls: [
      {
        virtualCircuitId: OCID(0),
        partnerPort: { locationId: 3 },
        bgp: { localAddress: "10.40.0.1/30", peerAddress: "10.40.0.2" },
      },
      {
        virtualCircuitId: OCID(1),
        partnerPort: { locationId: 4 },
        bgp: { localAddress: "10.40.0.5/30", peerAddress: "10.40.0.6" },
      },
    ],
    ...overrides,
  });
}

export function mcrConnection(overrides: Partial<Parameters<typeof mcr>[0]> = {}): PairConnection {
  return mcr({
    name: "mcr",
    vlan: 500,
    rateLimitMbps: 500,
    mcrProductUid: MCR_UID,
    mcrAsn: 133937,
    firewallAsn: FIREWALL_ASN,
    firewalls: [
      { localAddress: "10.50.0.1/30", mcrAddress: "10.50.0.2" },
      { localAddress: "10.50.0.5/30", mcrAddress: "10.50.0.6" },
    ],
    ...overrides,
  });
}

export function breakoutConnection(overrides: Partial<Parameters<typeof internetBreakout>[0]> = {}): PairConnection {
  return internetBreakout({
    name: "internet",
    vlan: 600,
    rateLimitMbps: 500,
    outbound: { sourceAddresses: ["10.10.0.0/16"], nat: "source-interface" },
    ...overrides,
  });
}

const vxcsOf = (network: { resourceList(type: string): Json[] }, partner: string) =>
  network.resourceList("megaport_vxc").filter((v: Json) => v.b_end_partner_config?.partner === partner);

function peersOf(firewall: { resourceList(type: string): Json[] }) {
  const router = firewall.resourceList("panos_virtual_router")[0];
  return router.protocol.bgp.peer_group.map((group: Json) => {
    const peer = group.peer[0];
    return [group.name, peer.local_address.ip, peer.peer_address.ip, peer.peer_as];
  });
}

function errorOf(connections: PairConnection[]) {
  return validationErrorOf(
    () => new PaloAltoHaPair(Testing.app(), "syd", pairProps({ cloudConnections: connections })),
  );
}

describe("the VXCs each kind orders (snapshot; the properties are asserted below)", () => {
  test("google, oracle, mcr and the breakout", () => {
    const { network } = synthPair(
      pairProps({
        cloudConnections: [
          awsConnection(),
          googleConnection(),
          oracleConnection(),
          mcrConnection(),
          breakoutConnection(),
        ],
      }),
    );
    const ordered = ["google", "oracle", "vrouter", "transit"].map((partner) =>
      vxcsOf(network, partner)
        .filter((v: Json) => v.a_end.vnic_index === 1)
        .map((v: Json) => ({ a_end: v.a_end, b_end_partner_config: v.b_end_partner_config, rate_limit: v.rate_limit })),
    );
    expect(ordered.map((vxcs) => vxcs.length)).toEqual([2, 2, 2, 2]);
    expect(ordered).toMatchSnapshot();
  });
});

describe("google()", () => {
  const { network, firewalls } = synthPair(pairProps({ cloudConnections: [awsConnection(), googleConnection()] }));

  test("orders one VXC per firewall on the data vNIC, VLAN 300, with that firewall's pairing key as a variable", () => {
    const vxcs = vxcsOf(network, "google");
    expect(vxcs).toHaveLength(2);
    expect(vxcs.map((v: Json) => v.a_end.inner_vlan)).toEqual([300, 300]);
    expect(vxcs.map((v: Json) => v.a_end.vnic_index)).toEqual([1, 1]);
    expect(vxcs.map((v: Json) => v.b_end_partner_config.google_config.pairing_key)).toEqual([
      "${var.google_pairing_key_0}",
      "${var.google_pairing_key_1}",
    ]);
    expect(network.variables().google_pairing_key_0.sensitive).toBe(true);
    expect(network.text).not.toMatch(/pairing_key": "[0-9a-f]{8}-/);
  });

  test("pins each VXC to a Google port found by location and zone", () => {
    const lookups = network.dataSourceList("megaport_partner").filter((d: Json) => d.connect_type === "GOOGLE");
    expect(lookups.map((d: Json) => [d.location_id, d.diversity_zone])).toEqual([
      [3, "red"],
      [4, "blue"],
    ]);
    expect(vxcsOf(network, "google")[0].b_end.requested_product_uid).toMatch(/data\.megaport_partner\..*product_uid/);
  });

  test("each firewall peers with its Cloud Router at Google's ASN 16550", () => {
    expect(peersOf(firewalls[0])).toContainEqual(["gcp", "169.254.30.2/29", "169.254.30.1", "16550"]);
    expect(peersOf(firewalls[1])).toContainEqual(["gcp", "169.254.31.2/29", "169.254.31.1", "16550"]);
  });

  test("a literal pairing key is refused, naming the prop and the fix", () => {
    const error = errorOf([
      awsConnection(),
      googleConnection({
        firewalls: [
          {
            pairingKey: "7e51371e-72a3-40b5-b844-2e3efefaee59/us-central1/1" as never,
            partnerPort: { locationId: 3 },
            bgp: { localAddress: "169.254.30.2/29", peerAddress: "169.254.30.1" },
          },
          {
            pairingKey: variable("google_pairing_key_1"),
            partnerPort: { locationId: 4 },
            bgp: { localAddress: "169.254.31.2/29", peerAddress: "169.254.31.1" },
          },
        ],
      }),
    ]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].firewalls[0].pairingKey");
    expect(error.message).toContain('variable("google_pairing_key_0")');
    expect(error.message).not.toContain("7e51371e");
  });

  test("a capacity Google does not sell is refused", () => {
    const error = errorOf([awsConnection(), googleConnection({ rateLimitMbps: 150 })]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].rateLimitMbps");
    expect(error.message).toContain("Google Partner Interconnect");
  });
});

describe("oracle()", () => {
  const { network, firewalls } = synthPair(pairProps({ cloudConnections: [awsConnection(), oracleConnection()] }));

  test("orders each firewall's VXC with its virtual circuit OCID on an Oracle port", () => {
    const vxcs = vxcsOf(network, "oracle");
    expect(vxcs.map((v: Json) => v.b_end_partner_config.oracle_config.virtual_circuit_id)).toEqual([OCID(0), OCID(1)]);
    expect(vxcs.map((v: Json) => v.a_end.inner_vlan)).toEqual([400, 400]);
    const lookups = network.dataSourceList("megaport_partner").filter((d: Json) => d.connect_type === "ORACLE");
    expect(lookups.map((d: Json) => d.location_id)).toEqual([3, 4]);
  });

  test("each firewall peers with Oracle at ASN 31898", () => {
    expect(peersOf(firewalls[0])).toContainEqual(["oci", "10.40.0.1/30", "10.40.0.2", "31898"]);
    expect(peersOf(firewalls[1])).toContainEqual(["oci", "10.40.0.5/30", "10.40.0.6", "31898"]);
  });

  test("a malformed OCID is refused with the prop of that firewall", () => {
    const bgp = { localAddress: "10.40.0.5/30", peerAddress: "10.40.0.6" };
    const error = errorOf([
      awsConnection(),
      oracleConnection({
        firewalls: [
          {
            virtualCircuitId: OCID(0),
            partnerPort: { locationId: 3 },
            bgp: { localAddress: "10.40.0.1/30", peerAddress: "10.40.0.2" },
          },
          { virtualCircuitId: "vc-123", partnerPort: { locationId: 4 }, bgp },
        ],
      }),
    ]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].firewalls[1].virtualCircuitId");
  });
});

describe("mcr()", () => {
  const { network, firewalls } = synthPair(pairProps({ cloudConnections: [awsConnection(), mcrConnection()] }));

  test("orders a VXC to the MCR by UID with the MCR's interface and BGP session per firewall", () => {
    const vxcs = vxcsOf(network, "vrouter");
    expect(vxcs.map((v: Json) => v.b_end.requested_product_uid)).toEqual([MCR_UID, MCR_UID]);
    const sessions = vxcs.map((v: Json) => v.b_end_partner_config.vrouter_config.interfaces[0]);
    expect(sessions.map((s: Json) => s.ip_addresses)).toEqual([["10.50.0.2/30"], ["10.50.0.6/30"]]);
    expect(sessions[0].bgp_connections[0]).toMatchObject({
      local_asn: 133937,
      peer_asn: FIREWALL_ASN,
      local_ip_address: "10.50.0.2",
      peer_ip_address: "10.50.0.1",
      bfd_enabled: true,
    });
  });

  test("each firewall peers with the MCR at its ASN", () => {
    expect(peersOf(firewalls[0])).toContainEqual(["mcr", "10.50.0.1/30", "10.50.0.2", "133937"]);
    expect(peersOf(firewalls[1])).toContainEqual(["mcr", "10.50.0.5/30", "10.50.0.6", "133937"]);
  });

  test("a product UID that is not a UUID is refused", () => {
    const error = errorOf([awsConnection(), mcrConnection({ mcrProductUid: "mcr-syd-1" })]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].mcrProductUid");
    expect(error.message).toContain("Megaport Portal");
  });

  test("an MCR address outside the firewall's subnet is refused", () => {
    const error = errorOf([
      awsConnection(),
      mcrConnection({
        firewalls: [
          { localAddress: "10.50.0.1/30", mcrAddress: "10.50.0.9" },
          { localAddress: "10.50.0.5/30", mcrAddress: "10.50.0.6" },
        ],
      }),
    ]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].firewalls[0].mcrAddress");
  });

  test("an MCR ordered with another firewall ASN than bgp.localAsn is refused", () => {
    const error = errorOf([awsConnection(), mcrConnection({ firewallAsn: 65099 })]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].firewallAsn");
  });
});

describe("internetBreakout()", () => {
  const pair = synthPair(pairProps({ cloudConnections: [awsConnection(), breakoutConnection(), googleConnection()] }));
  const { network, firewalls } = pair;

  test("orders a tagged Megaport Internet VXC per firewall on the data vNIC", () => {
    const vxcs = vxcsOf(network, "transit").filter((v: Json) => v.a_end.vnic_index === 1);
    expect(vxcs).toHaveLength(2);
    expect(vxcs.map((v: Json) => v.a_end.inner_vlan)).toEqual([600, 600]);
    expect(vxcs.map((v: Json) => v.rate_limit)).toEqual([500, 500]);
  });

  test("each firewall gets the breakout subinterface in its own zone, without ping", () => {
    for (const firewall of firewalls) {
      const sub = firewall.resourceList("panos_ethernet_layer3_subinterface").find((s: Json) => s.tag === 600);
      expect(sub.name).toBe("ethernet1/1.600");
      expect(sub.interface_management_profile).toBeUndefined();
      const zones: Json = Object.fromEntries(
        firewall.resourceList("panos_zone").map((z: Json) => [z.name, z.network.layer3]),
      );
      expect(zones.internet).toEqual(["ethernet1/1.600"]);
      expect(zones["data-plane"]).not.toContain("ethernet1/1.600");
    }
  });

  test("each firewall routes 0.0.0.0/0 to the gateway Megaport returns on its own VXC", () => {
    for (const firewall of firewalls) {
      const [route] = firewall.resourceList("panos_virtual_router_static_route_ipv4");
      expect(route).toMatchObject({
        destination: "0.0.0.0/0",
        interface: "ethernet1/1.600",
        virtual_router: "default",
      });
      expect(route.nexthop.ip_address).toMatch(/internet-1-\d|gateway/);
    }
    const [a, b] = firewalls.map((f) => f.resourceList("panos_virtual_router_static_route_ipv4")[0].nexthop.ip_address);
    expect(a).not.toBe(b);
  });

  test("the outbound rule allows only the stated sources from the data-plane zone to the internet zone", () => {
    const rules = firewalls[0].resourceList("panos_security_policy_rules")[0].rules;
    const outbound = rules.find((r: Json) => r.name === "allow-outbound-internet");
    expect(outbound).toMatchObject({
      source_zones: ["data-plane"],
      destination_zones: ["internet"],
      source_addresses: ["10.10.0.0/16"],
      action: "allow",
    });
    // The breakout's BGP-less connection is no BGP peer.
    expect(peersOf(firewalls[0]).map((p: string[]) => p[0])).toEqual(["aws", "gcp"]);
  });

  test("source NAT to the interface is written by the XML bridge, and none with nat: none", () => {
    const nat = firewalls[0]
      .resourceList("terraform_data")
      .filter((d: Json) => JSON.stringify(d).includes("rulebase/nat"));
    expect(nat.length).toBeGreaterThan(0);
    expect(JSON.stringify(nat)).toContain("dynamic-ip-and-port");
    const none = synthPair(
      pairProps({
        cloudConnections: [
          awsConnection(),
          breakoutConnection({ outbound: { sourceAddresses: ["any"], nat: "none" } }),
        ],
      }),
    );
    const bridged = none.firewalls[0]
      .resourceList("terraform_data")
      .filter((d: Json) => JSON.stringify(d).includes("rulebase/nat"));
    expect(bridged).toHaveLength(0);
  });

  test("megaport-products lists the new kinds' VXCs by connection name", () => {
    const products = network.outputs()["megaport-products"].value;
    expect(Object.keys(products.cloudConnections).sort()).toEqual(["aws", "gcp", "internet"]);
    expect(products.cloudConnections.internet).toHaveLength(2);
  });

  test("the topology shows the breakout and the Google connection with their kinds", () => {
    const topology = pairTopology({
      ...pair.pair.network,
      pair: "syd",
      sites: [{ location: { id: 3 } }, { location: { id: 4 } }],
      image: { version: "11.1.2-h3" },
      models: [pair.pair.firewalls[0].model, pair.pair.firewalls[1].model],
    });
    expect(topology.connections.map((c) => [c.name, c.kind, c.vlan])).toEqual([
      ["aws", "AWS hosted-vif", 100],
      ["internet", "Megaport Internet breakout", 600],
      ["gcp", "Google Partner Interconnect", 300],
    ]);
    // The Google peering after the breakout is the firewall's second BGP connection, not its third.
    expect(topology.connections[2].peerings[0]).toMatchObject({ subinterface: "ethernet1/1.300", peerAsn: 16550 });
    expect(topology.connections[1].peerings[1].subinterface).toBe("ethernet1/1.600");
  });

  test("outbound is required: there is no silent allow-all", () => {
    const error = errorOf([
      awsConnection(),
      internetBreakout({ name: "internet", vlan: 600, rateLimitMbps: 500 } as never),
    ]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].outbound");
  });

  test("an empty source list is refused", () => {
    const error = errorOf([awsConnection(), breakoutConnection({ outbound: { sourceAddresses: [], nat: "none" } })]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].outbound.sourceAddresses");
  });

  test("a second breakout is refused, naming it", () => {
    const error = errorOf([
      awsConnection(),
      breakoutConnection(),
      breakoutConnection({ name: "internet2", vlan: 601 }),
    ]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[2]");
    expect(error.message).toContain("second internet breakout");
  });

  test("the data-plane zone as breakout zone is refused (its intrazone rule would allow everything out)", () => {
    const error = errorOf([awsConnection(), breakoutConnection({ zone: "data-plane" })]);
    expect(error.issues.map((i) => i.prop)).toContain("cloudConnections[1].zone");
  });
});
