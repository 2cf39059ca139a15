import "../helpers/cdktf-matchers";
import { Testing } from "cdktf";
import { dataMegaportPartner } from "../../.gen/providers/megaport";
import { AwsConnection, AzureExpressRouteConnection, MICROSOFT_ASN, PartnerPortConnection } from "../../lib/megaport";
import { Template } from "../helpers/template";
import { mvePair, newStack, secret } from "./fixtures";

describe("AwsConnection", () => {
  test("a hosted VIF attached to both MVEs: same VLAN on vNIC 1, partner lookup, aws_config per firewall", () => {
    const stack = newStack();
    const mves = mvePair(stack);
    const aws = new AwsConnection({
      name: "aws",
      vlan: 100,
      rateLimitMbps: 500,
      type: "hosted-vif",
      region: "Asia Pacific (Sydney) (ap-southeast-2)",
      ownerAccount: "123456789012",
      vif: { asn: 65010, amazonAsn: 64512, authKey: secret(stack, "bgp_key") },
    });
    const attachments = mves.map((mve, i) =>
      aws.attach(stack, `aws-${i}`, {
        mve,
        partnerPort: { locationId: 3 + i, diversityZone: i ? "blue" : "red" },
        addressing: { customerAddress: `169.254.100.${1 + 4 * i}/30`, amazonAddress: `169.254.100.${2 + 4 * i}/30` },
      }),
    );
    const t = Template.synth(stack);
    const vxcs = t.resourceList("megaport_vxc");
    expect(vxcs.map((v) => [v.a_end.vnic_index, v.a_end.inner_vlan, v.rate_limit])).toEqual([
      [1, 100, 500],
      [1, 100, 500],
    ]);
    expect(vxcs[1].b_end_partner_config).toEqual({
      partner: "aws",
      aws_config: {
        connect_type: "AWS",
        name: "aws",
        owner_account: "123456789012",
        type: "private",
        asn: 65010,
        amazon_asn: 64512,
        auth_key: "${var.bgp_key}",
        customer_ip_address: "169.254.100.5/30",
        amazon_ip_address: "169.254.100.6/30",
      },
    });
    expect(Testing.synth(stack)).toHaveDataSourceWithProperties(dataMegaportPartner.DataMegaportPartner, {
      connect_type: "AWS",
      company_name: "AWS",
      product_name: "Asia Pacific (Sydney) (ap-southeast-2)",
      location_id: 4,
      diversity_zone: "blue",
    });
    expect(attachments[1].bgp).toEqual({
      localAddress: "169.254.100.5/30",
      peerAddress: "169.254.100.6",
      peerAsn: 64512,
    });
    expect(aws.attachments).toEqual(attachments);
  });

  test("a hosted connection sends no VIF settings and can use a port by product UID", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    const aws = new AwsConnection({
      name: "aws-hc",
      vlan: 300,
      rateLimitMbps: 1000,
      type: "hosted-connection",
      region: "Asia Pacific (Sydney) (ap-southeast-2)",
      ownerAccount: "123456789012",
    });
    aws.attach(stack, "hc", { mve, partnerPort: { productUid: "port-uid-1" } });
    const v = Template.synth(stack).resourceList("megaport_vxc")[0];
    expect(v.b_end).toEqual({ requested_product_uid: "port-uid-1" });
    expect(v.b_end_partner_config.aws_config).toEqual({
      connect_type: "AWSHC",
      name: "aws-hc",
      owner_account: "123456789012",
    });
    expect(Template.synth(stack).dataSourceList("megaport_partner")).toHaveLength(0);
  });
});

describe("AzureExpressRouteConnection", () => {
  test("primary on one MVE, secondary on the other, same VLAN, service key from a sensitive variable", () => {
    const stack = newStack();
    const mves = mvePair(stack);
    const azure = new AzureExpressRouteConnection({
      name: "azure",
      vlan: 200,
      rateLimitMbps: 1000,
      serviceKey: secret(stack, "azure_service_key"),
      privatePeering: { peerAsn: 65010, primarySubnet: "192.168.200.0/30", secondarySubnet: "192.168.200.4/30" },
    });
    const [primary, secondary] = mves.map((mve, i) =>
      azure.attach(stack, `azure-${i}`, { mve, port: i === 0 ? "primary" : "secondary" }),
    );
    const vxcs = Template.synth(stack).resourceList("megaport_vxc");
    expect(vxcs.map((v) => [v.a_end.vnic_index, v.a_end.inner_vlan])).toEqual([
      [1, 200],
      [1, 200],
    ]);
    expect(vxcs[0].b_end).toEqual({});
    expect(vxcs[1].b_end_partner_config).toEqual({
      partner: "azure",
      azure_config: {
        service_key: "${var.azure_service_key}",
        port_choice: "secondary",
        peers: [
          {
            type: "private",
            peer_asn: "65010",
            primary_subnet: "192.168.200.0/30",
            secondary_subnet: "192.168.200.4/30",
            vlan: 200,
          },
        ],
      },
    });
    expect(primary.bgp).toEqual({
      localAddress: "192.168.200.1/30",
      peerAddress: "192.168.200.2",
      peerAsn: MICROSOFT_ASN,
    });
    expect(secondary.bgp).toEqual({
      localAddress: "192.168.200.5/30",
      peerAddress: "192.168.200.6",
      peerAsn: MICROSOFT_ASN,
    });
  });
});

describe("PartnerPortConnection", () => {
  test("ends on the given port UID, tagged on vNIC 1, with the BGP addressing given", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    const dc = new PartnerPortConnection({ name: "dc", vlan: 400, rateLimitMbps: 200, partnerVlan: 40 });
    const attachment = dc.attach(stack, "dc", {
      mve,
      productUid: "uid-9",
      bgp: { localAddress: "10.9.0.1/30", peerAddress: "10.9.0.2", peerAsn: 65099 },
    });
    const v = Template.synth(stack).resourceList("megaport_vxc")[0];
    expect(v.a_end).toMatchObject({ vnic_index: 1, inner_vlan: 400 });
    expect(v.b_end).toEqual({ requested_product_uid: "uid-9", ordered_vlan: 40 });
    expect(v.b_end_partner_config).toBeUndefined();
    expect(attachment.bgp.peerAsn).toBe(65099);
  });
});
