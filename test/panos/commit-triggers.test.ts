/**
 * What makes the firewall stack's commit run, read from the synthesized JSON. Terraform replaces
 * the commit (and so runs its provisioner once) when:
 * - the model's fingerprint changes (`triggers_replace.sha256`): any change of configuration,
 *   deletions included (a deleted resource cannot be referenced, but removing it is a model change);
 * - any panos resource or bridge is planned for an update or a replacement, drift included
 *   (`lifecycle.replace_triggered_by`; Terraform ignores creates and deletes there);
 * - any of them has a planned change of any kind, creates included (a resource deleted by hand,
 *   which Terraform re-creates): the change witness in `triggers_replace.configuration` is then
 *   unknown.
 */
import { TerraformStack, Testing } from "cdktf";
import { PaloAltoFirewallConfig } from "../../lib/panos";
import { firewallProps } from "./fixtures";
import { type Json, Template } from "../helpers/template";

const stack = new TerraformStack(Testing.app(), "firewall-0");
const firewall = new PaloAltoFirewallConfig(stack, "firewall", firewallProps(0));
const template = Template.synth(stack);
const commit: Json = template.resource("terraform_data", "firewall_commit_");

/** Every resource address of the stack whose planned change must lead to a commit. */
function configurationAddresses(): string[] {
  const commits = ["firewall_commit_", "firewall_commit-on-destroy_", "firewall_commit-on-removal_"];
  // The connections' VLAN record writes nothing to the device: a VLAN change replaces the
  // subinterface it triggers, and that replacement is what commits.
  const records = ["firewall_connection-vlan_"];
  return template
    .addresses()
    .filter((a) => a.startsWith("panos_") || a.startsWith("terraform_data."))
    .filter((a) => ![...commits, ...records].some((c) => a.startsWith(`terraform_data.${c}`)));
}

describe("the firewall commit's triggers", () => {
  test("the stack has panos resources and bridges to watch (guards the tests below)", () => {
    const addresses = configurationAddresses();
    expect(addresses.filter((a) => a.startsWith("panos_")).length).toBeGreaterThanOrEqual(10);
    expect(addresses.filter((a) => a.startsWith("terraform_data.")).sort()).toEqual(
      [
        "high-availability",
        "high-availability-cleanup",
        "vsys-import-cleanup",
        "vsys-import-interfaces",
        "vsys-import-virtual-router",
        "vsys-import-virtual-router-cleanup",
      ]
        .map((id) => template.address(firewall.node.findChild(id) as never))
        .sort(),
    );
  });

  test("an update or replacement of any panos resource or bridge replaces the commit (drift included)", () => {
    expect([...(commit.lifecycle?.replace_triggered_by ?? [])].sort()).toEqual(configurationAddresses());
  });

  test("the commits themselves do not trigger it (a removal commit is not a configuration change)", () => {
    const triggers: string[] = commit.lifecycle?.replace_triggered_by ?? [];
    expect(triggers.some((t) => t.includes("commit"))).toBe(false);
  });

  test("a planned change of any kind, creates included, changes triggers_replace through the change witness", () => {
    const witnesses = Object.entries(template.dataSources("panos_zone"));
    expect(witnesses).toHaveLength(1);
    const [witnessId, witness] = witnesses[0];
    // Terraform defers a data source with depends_on to apply time when any dependency has a
    // planned change: its computed attributes, and so the digest, are then unknown.
    expect([...witness.depends_on].sort()).toEqual(configurationAddresses());
    expect(commit.triggers_replace.configuration).toBe(`\${sha256(jsonencode(data.panos_zone.${witnessId}))}`);
  });

  test("the witness reads back the zone the stack manages (so it exists whenever no change is pending)", () => {
    const [witness] = template.dataSourceList("panos_zone");
    const zone = template.resource("panos_zone", "firewall_zone_");
    expect(witness.name).toBe(zone.name);
    expect(witness.location).toEqual(zone.location);
    expect(witness.provider).toBe(zone.provider);
  });

  test("the model's fingerprint still triggers it (a deletion is a model change)", () => {
    expect(commit.triggers_replace.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the commit still runs after every one of them", () => {
    const dependsOn: string[] = commit.depends_on;
    for (const address of configurationAddresses()) expect(dependsOn).toContain(address);
  });
});
