/**
 * Given a pair's props, when synthesized, then the network stack holds the guide's Megaport side:
 * two identical Palo Alto MVEs with five vNICs, three untagged HA VXCs, Megaport Internet per
 * MVE, and each connection on one VLAN on both MVEs.
 */
import "../helpers/cdktf-matchers";
import { dataMegaportMveImages, mve, vxc } from "../../.gen/providers/megaport";
import type { Json, Template } from "../helpers/template";
import { awsConnection, azureConnection, pairProps, synthNetwork } from "./fixtures";

/** The logical id of the one block of `type` whose id starts with `prefix`. */
function idOf(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.resources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} starting with ${prefix}, found ${ids.join(", ")}`);
  return ids[0];
}

describe("the network stack of a pair with default settings", () => {
  const network = synthNetwork();
  const mveIds = [0, 1].map((i) => idOf(network, "megaport_mve", `mve-${i}_`));
  const productUidOf = (i: number) => `\${megaport_mve.${mveIds[i]}.product_uid}`;
  const mves = mveIds.map((id) => network.resources("megaport_mve")[id]);
  const vxcs = network.resources("megaport_vxc");

  test("has exactly two Palo Alto MVEs, firewall 0 and firewall 1, in the two sites", () => {
    expect(mveIds).toHaveLength(2);
    expect(network.resourceList("megaport_mve")).toHaveLength(2);
    expect(mves.map((m) => [m.product_name, m.location_id])).toEqual([
      ["syd-fw-0", 3],
      ["syd-fw-1", 4],
    ]);
    for (const m of mves) expect(m.vendor_config.vendor).toBe("palo_alto");
  });

  test("gives both MVEs the same size and the same PAN-OS image lookup", () => {
    expect(mves.map((m) => m.vendor_config.product_size)).toEqual(["LARGE", "LARGE"]);
    const lookups = network.dataSourceList("megaport_mve_images");
    expect(lookups).toHaveLength(2);
    for (const lookup of lookups) {
      expect(lookup).toEqual({ vendor_filter: "Palo Alto", product_filter: "VM-Series", version_filter: "11.1.2-h3" });
    }
    // Each MVE takes the id its own lookup found.
    mves.forEach((m, i) => {
      expect(m.vendor_config.image_id).toMatch(new RegExp(`^\\$\\{data\\.megaport_mve_images\\.mve-${i}_image_\\w+`));
    });
  });

  test("gives each MVE five vNICs in the order mgmt, data, ha1, ha2, ha3", () => {
    for (const m of mves) {
      expect(m.vnics.map((v: Json) => v.description)).toEqual([
        "Management",
        "Data plane (ethernet1/1)",
        "HA1 (ethernet1/2)",
        "HA2 (ethernet1/3)",
        "HA3 (ethernet1/4)",
      ]);
    }
  });

  test("puts the two MVEs in diversity zones red and blue", () => {
    expect(mves.map((m) => m.diversity_zone)).toEqual(["red", "blue"]);
  });

  test("protects the MVEs, HA links and management VXCs from destroy, not the connections' VXCs; one-month terms", () => {
    const isConnection = (id: string) => /^(aws|azure)-[01]_/.test(id);
    const connectionIds = Object.keys(vxcs).filter(isConnection);
    expect(connectionIds).toHaveLength(4);
    for (const block of [
      ...mves,
      ...Object.entries(vxcs)
        .filter(([id]) => !isConnection(id))
        .map(([, b]) => b),
    ]) {
      expect(block.lifecycle.prevent_destroy).toBe(true);
      expect(block.contract_term_months).toBe(1);
    }
    // A VLAN or partner-config change replaces a connection's VXCs on purpose (test/terraform/vlan-change.test.ts).
    for (const id of connectionIds) {
      expect(vxcs[id].lifecycle.prevent_destroy).toBe(false);
      expect(vxcs[id].contract_term_months).toBe(1);
    }
  });

  test("joins the same HA vNIC of both MVEs with an untagged VXC: HA1 and HA2 at 1000 Mbps, HA3 at the given rate", () => {
    const links = ["ha1", "ha2", "ha3"].map((role) => vxcs[idOf(network, "megaport_vxc", `${role}_`)]);
    expect(links.map((l) => l.rate_limit)).toEqual([1000, 1000, 5000]);
    expect(links.map((l) => l.product_name)).toEqual(["syd-fw-0 HA1", "syd-fw-0 HA2", "syd-fw-0 HA3"]);
    links.forEach((link, k) => {
      expect(link.a_end).toEqual({ requested_product_uid: productUidOf(0), vnic_index: 2 + k, inner_vlan: -1 });
      expect(link.b_end).toEqual({ requested_product_uid: productUidOf(1), vnic_index: 2 + k, inner_vlan: -1 });
      expect(link.b_end_partner_config).toBeUndefined();
    });
  });

  test("connects vNIC 0 of each MVE to Megaport Internet in its own location", () => {
    [0, 1].forEach((i) => {
      const internet = vxcs[idOf(network, "megaport_vxc", `management-${i}_`)];
      expect(internet.a_end).toEqual({ requested_product_uid: productUidOf(i), vnic_index: 0 });
      expect(internet.b_end_partner_config).toEqual({ partner: "transit" });
      expect(internet.rate_limit).toBe(100);
      const [port] = Object.entries(network.dataSources("megaport_partner")).filter(([id]) =>
        id.startsWith(`management-${i}_`),
      );
      expect(internet.b_end.requested_product_uid).toBe(`\${data.megaport_partner.${port[0]}.product_uid}`);
      expect(port[1]).toMatchObject({ connect_type: "TRANSIT", product_name: "Megaport Internet", location_id: 3 + i });
    });
  });

  test("delivers each connection tagged on the data vNIC of both MVEs, on one VLAN", () => {
    for (const [name, vlan] of [
      ["aws", 100],
      ["azure", 200],
    ] as const) {
      [0, 1].forEach((i) => {
        const attachment = vxcs[idOf(network, "megaport_vxc", `${name}-${i}_`)];
        expect(attachment.a_end).toEqual({ requested_product_uid: productUidOf(i), vnic_index: 1, inner_vlan: vlan });
        expect(attachment.product_name).toBe(`syd-fw-${i} ${name}`);
      });
    }
    // Nothing else lands on the data vNIC, and every HA or management VXC is untagged or on vNIC 0.
    const tagged = Object.values(vxcs).filter((v) => v.a_end.inner_vlan !== undefined && v.a_end.inner_vlan !== -1);
    expect(tagged.map((v) => [v.a_end.vnic_index, v.a_end.inner_vlan]).sort()).toEqual([
      [1, 100],
      [1, 100],
      [1, 200],
      [1, 200],
    ]);
  });

  test("orders each AWS hosted VIF with the firewall's addressing and ASN, on the AWS port of its site", () => {
    [0, 1].forEach((i) => {
      const attachment = vxcs[idOf(network, "megaport_vxc", `aws-${i}_`)];
      expect(attachment.b_end_partner_config.aws_config).toMatchObject({
        connect_type: "AWS",
        type: "private",
        asn: 65010,
        amazon_asn: 64512,
        customer_ip_address: ["169.254.100.1/30", "169.254.100.5/30"][i],
        amazon_ip_address: ["169.254.100.2/30", "169.254.100.6/30"][i],
      });
    });
    expect(network.text).toHaveDataSourceWithProperties(dataMegaportMveImages.DataMegaportMveImages, {
      version_filter: "11.1.2-h3",
    });
  });

  test("puts firewall 0 on the primary ExpressRoute port and firewall 1 on the secondary", () => {
    const ports = [0, 1].map(
      (i) => vxcs[idOf(network, "megaport_vxc", `azure-${i}_`)].b_end_partner_config.azure_config.port_choice,
    );
    expect(ports).toEqual(["primary", "secondary"]);
  });

  test("configures the megaport provider once, waiting 30 minutes for products", () => {
    expect(network.json.provider).toEqual({ megaport: [{ wait_time: 30 }] });
  });
});

describe("the network stack follows the props", () => {
  const network = synthNetwork(
    pairProps({
      sites: [
        { location: { id: 3 }, diversityZone: "blue", productName: "edge-a" },
        { location: { id: 4 }, diversityZone: "red", productName: "edge-b" },
      ],
      haLinks: { ha3RateLimitMbps: 20000, ha1RateLimitMbps: 500, ha2RateLimitMbps: 2000 },
      management: { dnsServers: ["9.9.9.9"], internetRateLimitMbps: 50 },
      preventDestroy: false,
      contractTermMonths: 12,
      resourceTags: { team: "network" },
      megaport: { environment: "production", waitTimeMinutes: 45 },
      cloudConnections: [
        awsConnection(),
        azureConnection(),
        azureConnection({
          name: "azure-dr",
          vlan: 300,
          privatePeering: { peerAsn: 65010, primarySubnet: "192.168.201.0/30", secondarySubnet: "192.168.201.4/30" },
        }),
      ],
    }),
  );
  const isCloudVxc = (block: Json) => / (aws|azure|azure-dr)$/.test(block.product_name);

  test("site diversity zones, product names, HA1/HA2 rates, Internet bandwidth and provider settings", () => {
    expect(network.text).toHaveResourceWithProperties(mve.Mve, { product_name: "edge-a", diversity_zone: "blue" });
    expect(network.text).toHaveResourceWithProperties(mve.Mve, { product_name: "edge-b", diversity_zone: "red" });
    const rates = Object.fromEntries(network.resourceList("megaport_vxc").map((v) => [v.product_name, v.rate_limit]));
    expect(rates).toMatchObject({
      "edge-a HA1": 500,
      "edge-a HA2": 2000,
      "edge-a HA3": 20000,
      "edge-a management Internet": 50,
      "edge-b management Internet": 50,
    });
    expect(network.json.provider).toEqual({ megaport: [{ environment: "production", wait_time: 45 }] });
  });

  test("preventDestroy, contractTermMonths and resourceTags reach the MVEs, HA links and management VXCs", () => {
    const pairOwned = [...network.resourceList("megaport_mve"), ...network.resourceList("megaport_vxc")].filter(
      (block) => !isCloudVxc(block),
    );
    expect(pairOwned).toHaveLength(7);
    for (const block of pairOwned) {
      expect(block.lifecycle.prevent_destroy).toBe(false);
      expect(block.contract_term_months).toBe(12);
      expect(block.resource_tags).toEqual({ team: "network" });
    }
  });

  // The props say "every MVE and VXC"; the cloud VXCs take these options only from their own connection props.
  test("preventDestroy, contractTermMonths and resourceTags reach the cloud-connection VXCs too", () => {
    const cloud = network.resourceList("megaport_vxc").filter(isCloudVxc);
    expect(cloud.map((block) => block.product_name).sort()).toEqual([
      "edge-a aws",
      "edge-a azure",
      "edge-a azure-dr",
      "edge-b aws",
      "edge-b azure",
      "edge-b azure-dr",
    ]);
    for (const block of cloud) {
      expect({
        name: block.product_name,
        preventDestroy: block.lifecycle.prevent_destroy,
        term: block.contract_term_months,
        tags: block.resource_tags,
      }).toEqual({ name: block.product_name, preventDestroy: false, term: 12, tags: { team: "network" } });
    }
  });

  test("a third connection gets its own VLAN on both MVEs", () => {
    const azureDr = network.resourceList("megaport_vxc").filter((v) => v.product_name.endsWith(" azure-dr"));
    expect(azureDr.map((v) => [v.product_name, v.a_end.vnic_index, v.a_end.inner_vlan])).toEqual([
      ["edge-a azure-dr", 1, 300],
      ["edge-b azure-dr", 1, 300],
    ]);
    expect(network.text).toHaveResourceWithProperties(vxc.Vxc, { product_name: "edge-b azure-dr" });
  });
});
