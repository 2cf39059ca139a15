import "../helpers/cdktf-matchers";
import { TerraformOutput, Testing } from "cdktf";
import { dataMegaportPartner, vxc } from "../../.gen/providers/megaport";
import { HaLink, ManagementInternet } from "../../lib/megaport";
import { Template } from "../helpers/template";
import { mvePair, newStack } from "./fixtures";

describe("HaLink", () => {
  test.each([
    ["ha1", 2, 1000],
    ["ha2", 3, 1000],
    ["ha3", 4, 10000],
  ] as const)("%s is untagged with vnic_index %i on both ends at %i Mbps", (role, index, rate) => {
    const stack = newStack();
    const mves = mvePair(stack);
    new HaLink(stack, role, { role, mves, rateLimitMbps: role === "ha3" ? 10000 : undefined });
    const link = Template.synth(stack).resourceList("megaport_vxc")[0];
    expect(link.rate_limit).toBe(rate);
    expect(link.a_end).toEqual({
      requested_product_uid: expect.stringMatching(/^\$\{megaport_mve\.mve-0_mve_[0-9A-F]+\.product_uid\}$/),
      vnic_index: index,
      inner_vlan: -1,
    });
    expect(link.b_end).toEqual({
      requested_product_uid: expect.stringMatching(/^\$\{megaport_mve\.mve-1_mve_[0-9A-F]+\.product_uid\}$/),
      vnic_index: index,
      inner_vlan: -1,
    });
    expect(link.a_end.ordered_vlan).toBeUndefined();
    expect(link.lifecycle.prevent_destroy).toBe(true);
    expect(link.product_name).toBe(`fw-0 ${role.toUpperCase()}`);
  });
});

describe("ManagementInternet", () => {
  test("connects vNIC 0 to the Megaport Internet port of the MVE's location", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    new ManagementInternet(stack, "mgmt", { mve });
    const synth = Testing.synth(stack);
    expect(synth).toHaveDataSourceWithProperties(dataMegaportPartner.DataMegaportPartner, {
      connect_type: "TRANSIT",
      company_name: "Networks",
      product_name: "Megaport Internet",
      location_id: 3,
    });
    const link = Template.synth(stack).resourceList("megaport_vxc")[0];
    expect(link.a_end).toEqual({ requested_product_uid: expect.stringContaining("megaport_mve.mve-0"), vnic_index: 0 });
    expect(link.b_end.requested_product_uid).toMatch(
      /^\$\{data\.megaport_partner\.mgmt_internet-port_[0-9A-F]+\.product_uid\}$/,
    );
    expect(link.b_end_partner_config).toEqual({ partner: "transit" });
    expect(link.rate_limit).toBe(100);
    expect(synth).toHaveResourceWithProperties(vxc.Vxc, { product_name: "fw-0 management Internet" });
  });

  test("derives the management address from the TRANSIT csp_connections entry and checks it after apply", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    const mgmt = new ManagementInternet(stack, "mgmt", { mve });
    const link = Template.synth(stack).resourceList("megaport_vxc")[0];
    const conditions = link.lifecycle.postcondition.map((p: { condition: string }) => p.condition);
    expect(conditions[0]).toBe(
      '${length(matchkeys(self.csp_connections[*].customer_ip4_address, self.csp_connections[*].connect_type, ["TRANSIT"])) == 1}',
    );
    expect(link.lifecycle.postcondition.map((p: { error_message: string }) => p.error_message)).toEqual([
      expect.stringContaining("no single TRANSIT connection"),
      expect.stringContaining("not an IPv4 address"),
      expect.stringContaining("network or broadcast address"),
    ]);
    new TerraformOutput(stack, "ip", { value: mgmt.managementIp });
    new TerraformOutput(stack, "gateway", { value: mgmt.managementGateway });
    const synthesized = Template.synth(stack);
    const outputs = synthesized.outputs();
    // Each derived value is a local, written once: the output names it, the local holds the expression.
    const localName = /^\$\{local\.([\w-]+)\}$/.exec(outputs.ip.value)?.[1] ?? "";
    expect(synthesized.json.locals[localName]).toMatch(
      /^\$\{element\(split\("\/", one\(matchkeys\(megaport_vxc\.mgmt_vxc_[0-9A-F]+\.csp_connections\[\*\]\.customer_ip4_address, megaport_vxc\.mgmt_vxc_[0-9A-F]+\.csp_connections\[\*\]\.connect_type, \["TRANSIT"\]\)\)\), 0\)\}$/,
    );
    const gatewayLocal = /^\$\{local\.([\w-]+)\}$/.exec(outputs.gateway.value)?.[1] ?? "";
    expect(synthesized.json.locals[gatewayLocal]).toContain("csp_connections[*].ipv4_gateway_address");
  });

  test("an explicit management address replaces the derivation and its checks", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    const mgmt = new ManagementInternet(stack, "mgmt", {
      mve,
      managementAddress: { ip: "203.0.113.10", prefixLength: 29, gateway: "203.0.113.9" },
    });
    expect([mgmt.managementIp, mgmt.managementPrefixLength, mgmt.managementGateway]).toEqual([
      "203.0.113.10",
      29,
      "203.0.113.9",
    ]);
    expect(Template.synth(stack).resourceList("megaport_vxc")[0].lifecycle.postcondition).toBeUndefined();
  });
});
