/**
 * Given a pair managed over private VXCs (`management.path.kind: "private-vxc"`), when
 * synthesized, then no Megaport Internet is ordered; each firewall's `mgmt` vNIC carries a VXC to
 * the given product (tagged or untagged at the far end); the device preparation, the HA1 peers,
 * the API hosts, the `megaport-products` output and the diagram all use the given addressing.
 */
import { pairOutputsFrom } from "../../lib/cli/stack-outputs";
import { topologyDot } from "../../lib/topology/dot";
import { leavesOf } from "../panos/xml-leaves";
import type { Json, Template } from "../helpers/template";
import { addressesIn, pairProps, synthPair } from "./fixtures";
import { MCR_UID, PORT_UID, privateFirewalls, privatePairProps } from "./management-fixtures";
import { pairTopology } from "../../lib/topology";

const MGMT_VNIC = 0;

function managementVxcs(network: Template): Json[] {
  return Object.entries(network.resources("megaport_vxc"))
    .filter(([id]) => id.startsWith("management"))
    .map(([, block]) => block);
}

function preparationLeaves(network: Template, i: number): string[] {
  const preparation = network.resource("terraform_data", `prepare-${i}_device-settings_`);
  return preparation.input.spec.operations.flatMap((op: Json) => (op.element ? leavesOf(op.element) : []));
}

describe("a pair managed over private VXCs", () => {
  const { pair, network, firewalls } = synthPair(privatePairProps());

  test("orders no Megaport Internet: no partner lookup of it, no transit VXC", () => {
    const lookups = network.dataSourceList("megaport_partner");
    expect(lookups.filter((p: Json) => p.product_name === "Megaport Internet")).toEqual([]);
    const vxcs = network.resourceList("megaport_vxc");
    expect(vxcs.filter((v: Json) => v.b_end_partner_config?.partner === "transit")).toEqual([]);
    expect(network.text).not.toContain("Megaport Internet");
  });

  test("each firewall's mgmt vNIC carries one VXC, untagged on the MVE, to the given product and VLAN", () => {
    const vxcs = managementVxcs(network);
    expect(vxcs).toHaveLength(2);
    expect(vxcs.map((v) => v.a_end.vnic_index)).toEqual([MGMT_VNIC, MGMT_VNIC]);
    expect(vxcs.map((v) => v.a_end.inner_vlan)).toEqual([-1, -1]);
    expect(vxcs.map((v) => addressesIn(v.a_end.requested_product_uid))).toEqual([
      [expect.stringMatching(/^megaport_mve\.mve-0_/)],
      [expect.stringMatching(/^megaport_mve\.mve-1_/)],
    ]);
    // Tagged 300 at firewall 0's far end (a port), untagged at firewall 1's (an MCR); no vNIC there.
    expect(vxcs.map((v) => v.b_end)).toEqual([
      { requested_product_uid: PORT_UID, ordered_vlan: 300 },
      { requested_product_uid: MCR_UID, ordered_vlan: -1 },
    ]);
    expect(vxcs.map((v) => v.rate_limit)).toEqual([100, 100]);
    expect(vxcs.map((v) => v.product_name)).toEqual(["syd-fw-0 management", "syd-fw-1 management"]);
    // No apply-time check of a derived address: the address is given.
    expect(vxcs.map((v) => v.lifecycle.postcondition)).toEqual([undefined, undefined]);
  });

  test("the device preparation sets the given address, netmask and gateway, reached at that address", () => {
    [0, 1].forEach((i) => {
      const preparation = network.resource("terraform_data", `prepare-${i}_device-settings_`);
      expect(preparation.input.host).toBe(`10.20.0.${10 + i}`);
      expect(preparationLeaves(network, i)).toEqual(
        expect.arrayContaining([
          `ip-address=10.20.0.${10 + i}`,
          "netmask=255.255.255.0",
          "default-gateway=10.20.0.1",
          "servers/primary=9.9.9.9",
        ]),
      );
      expect(preparationLeaves(network, i).some((leaf) => leaf.startsWith("ipv6-"))).toBe(false);
    });
  });

  test("HA1 still runs on management, with each firewall's HA peer the other's private address", () => {
    firewalls.forEach((firewall, i) => {
      const ha = firewall.resource("terraform_data", "firewall_high-availability_");
      const leaves = leavesOf(ha.input.spec.operations[0].element);
      expect(leaves).toContain("high-availability/interface/ha1/port=management");
      expect(leaves).toContain(`high-availability/group/peer-ip=10.20.0.${11 - i}`);
      expect(firewall.json.provider.panos[0].hostname).toBe(`10.20.0.${10 + i}`);
    });
    expect(pair.managementIps).toEqual(["10.20.0.10", "10.20.0.11"]);
  });

  test("megaport-products lists the private management VXCs, which verify checks in their place", () => {
    const products = network.outputs()["megaport-products"].value;
    expect(products.managementInternet).toBeUndefined();
    expect(products.managementPrivate).toHaveLength(2);
    products.managementPrivate.forEach((uid: string, i: number) =>
      expect(addressesIn(uid)).toEqual([expect.stringMatching(new RegExp(`^megaport_vxc\\.management-private-${i}_`))]),
    );
    // What verify reads from the deployed outputs: the same shape with real UIDs.
    const deployed = {
      "firewall-0-management-ip": "10.20.0.10",
      "firewall-1-management-ip": "10.20.0.11",
      "megaport-products": {
        mves: ["mve-0", "mve-1"],
        haLinks: { ha1: "h1", ha2: "h2", ha3: "h3" },
        managementPrivate: ["pm-0", "pm-1"],
        cloudConnections: {},
      },
    };
    const { products: read } = pairOutputsFrom(deployed, "outputs.json");
    expect(read.vxcs.filter((p) => p.uid.startsWith("pm-"))).toEqual([
      { label: "firewall 0 private management VXC", uid: "pm-0" },
      { label: "firewall 1 private management VXC", uid: "pm-1" },
    ]);
    expect(read.vxcs.some((p) => p.label.includes("Internet"))).toBe(false);
  });

  test("the diagram draws each firewall's management network instead of Megaport Internet", () => {
    const topology = pairTopology({
      ...pair.network,
      pair: "syd",
      sites: pairProps().sites,
      image: pairProps().image,
      models: [pair.firewalls[0].model, pair.firewalls[1].model],
    });
    expect(topology.firewalls.map((f) => f.managementVia)).toEqual([
      `private VXC to ${PORT_UID}, VLAN 300`,
      `private VXC to ${MCR_UID}, untagged`,
    ]);
    expect(topology.firewalls.map((f) => f.managementIp)).toEqual(["10.20.0.10", "10.20.0.11"]);
    const dot = topologyDot(topology);
    expect(dot).not.toContain("Megaport Internet");
    expect(dot).toContain('"management-peer-0" -> "firewall-0":mgmt:w');
    expect(dot).toContain("over the private management VXCs");
  });
});

describe("private management variants", () => {
  test("a far end that is an MVE: vnic_index and the tag as inner_vlan on b_end", () => {
    const [first, second] = privateFirewalls();
    const { network } = synthPair(
      privatePairProps({ firewalls: [{ ...first, vnicIndex: 2, vlan: 42 }, second], rateLimitMbps: 50 }),
    );
    const vxcs = managementVxcs(network);
    expect(vxcs[0].b_end).toEqual({ requested_product_uid: PORT_UID, vnic_index: 2, inner_vlan: 42 });
    expect(vxcs.map((v) => v.rate_limit)).toEqual([50, 50]);
  });

  test("per-firewall DNS servers replace management.dnsServers for that firewall only", () => {
    const [first, second] = privateFirewalls();
    const { network } = synthPair(privatePairProps({ firewalls: [{ ...first, dnsServers: ["10.20.0.53"] }, second] }));
    expect(preparationLeaves(network, 0).filter((l) => l.startsWith("servers/"))).toEqual([
      "servers/primary=10.20.0.53",
    ]);
    expect(preparationLeaves(network, 1).filter((l) => l.startsWith("servers/"))).toEqual([
      "servers/primary=9.9.9.9",
      "servers/secondary=149.112.112.112",
    ]);
  });

  test('`{ kind: "megaport-internet" }` synthesizes exactly what leaving path out does', () => {
    const internet = pairProps();
    const explicit = pairProps({ management: { ...internet.management, path: { kind: "megaport-internet" } } });
    expect(synthPair(explicit).network.text).toBe(synthPair(internet).network.text);
  });
});

describe("IPv6 on management", () => {
  const base = pairProps();
  const { network } = synthPair(
    pairProps({
      management: {
        ...base.management,
        ipv6: [
          { address: "2001:db8:10::10/64", gateway: "fe80::1" },
          { address: "2001:db8:10::11/64", gateway: "2001:db8:10::1" },
        ],
      },
    }),
  );

  test("each firewall's device settings carry its static IPv6 address and default gateway", () => {
    expect(preparationLeaves(network, 0)).toEqual(
      expect.arrayContaining(["ipv6-address=2001:db8:10::10/64", "ipv6-default-gateway=fe80::1"]),
    );
    expect(preparationLeaves(network, 1)).toEqual(
      expect.arrayContaining(["ipv6-address=2001:db8:10::11/64", "ipv6-default-gateway=2001:db8:10::1"]),
    );
  });

  test("they are merged into deviceconfig/system with the IPv4 settings", () => {
    const preparation = network.resource("terraform_data", "prepare-0_device-settings_");
    const system = preparation.input.spec.operations.find(
      (op: Json) => op.action === "set" && op.xpath.endsWith("/deviceconfig/system"),
    );
    expect(leavesOf(system.element).slice(-2)).toEqual([
      "ipv6-address=2001:db8:10::10/64",
      "ipv6-default-gateway=fe80::1",
    ]);
  });
});
