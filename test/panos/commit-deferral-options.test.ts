/**
 * The stack's commit passes `mve-ha commit` the model's subinterfaces (so it can leave the commit to
 * a removal commit that follows in the same apply); the destroy-time commits do not, and so always
 * commit. Read from the synthesized JSON.
 */
import { TerraformStack, Testing } from "cdktf";
import { PaloAltoFirewallConfig } from "../../lib/panos";
import { isOwnSubinterfaceComment } from "../../lib/xmlapi/removal-in-progress";
import { firewallProps } from "./fixtures";
import { type Json, Template } from "../helpers/template";

const stack = new TerraformStack(Testing.app(), "firewall-0");
new PaloAltoFirewallConfig(
  stack,
  "firewall",
  firewallProps(0, {
    internetBreakout: {
      name: "internet",
      vlan: 600,
      address: "100.64.0.2/30",
      gateway: "100.64.0.1",
      outbound: { sourceAddresses: ["10.10.0.0/16"], nat: "source-interface" },
    },
  }),
);
const template = Template.synth(stack);
const provisioner = (resource: Json) => resource.provisioner[0]["local-exec"];

test("the stack's commit passes the data interface and the model's subinterfaces, in model order, through its input", () => {
  const commit = template.resource("terraform_data", "firewall_commit_");
  expect(commit.input).toMatchObject({
    data_interface: "ethernet1/1",
    model_subinterfaces: "ethernet1/1.100,ethernet1/1.200,ethernet1/1.600",
  });
  const run = provisioner(commit);
  expect(run.command).toMatch(
    / --data-interface "\$MVE_HA_DATA_INTERFACE" --model-subinterfaces "\$MVE_HA_MODEL_SUBINTERFACES"$/,
  );
  expect(run.environment).toMatchObject({
    MVE_HA_DATA_INTERFACE: "${self.input.data_interface}",
    MVE_HA_MODEL_SUBINTERFACES: "${self.input.model_subinterfaces}",
  });
});

test("the removal and destroy commits never defer: no deferral options", () => {
  for (const id of ["firewall_commit-on-removal_", "firewall_commit-on-destroy_"]) {
    const resource = template.resource("terraform_data", id);
    expect(provisioner(resource).command).not.toMatch(/--data-interface|--model-subinterfaces/);
    expect(resource.input.model_subinterfaces).toBeUndefined();
  }
});

test("every subinterface the stack creates carries the comment `mve-ha commit` recognises as ours", () => {
  const subinterfaces = template.resourceList("panos_ethernet_layer3_subinterface");
  expect(subinterfaces.map((s: Json) => s.name)).toEqual(["ethernet1/1.100", "ethernet1/1.200", "ethernet1/1.600"]);
  for (const subinterface of subinterfaces) expect(isOwnSubinterfaceComment(subinterface.comment)).toBe(true);
});
