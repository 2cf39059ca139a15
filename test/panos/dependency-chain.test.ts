/**
 * The order Terraform must follow, read from the synthesized `depends_on`:
 * interfaces → vsys import → zone / router → HA → rules → commit, everything after
 * commit-on-destroy (so a destroy ends with a commit), and one mve-ha at a time.
 */
import { TerraformResource, TerraformStack, Testing } from "cdktf";
import { PaloAltoFirewallConfig, XmlBridge } from "../../lib/panos";
import { firewallProps } from "./fixtures";
import { Template } from "../helpers/template";

const stack = new TerraformStack(Testing.app(), "firewall-1");
const firewall = new PaloAltoFirewallConfig(stack, "firewall", firewallProps(1));
const template = Template.synth(stack);

/** The resource construct with this construct ID under the firewall. */
function r(id: string): TerraformResource {
  return firewall.node.findChild(id) as TerraformResource;
}

const address = (id: string) => template.address(r(id));

describe("dependency chain", () => {
  test("subinterfaces come after their parent, the management profile and the per-connection removal commits", () => {
    for (const name of ["aws", "azure"]) {
      expect(template.dependsOn(r(`subinterface-${name}`))).toEqual([
        address("data-interface"),
        address("management-profile"),
        address("commit-on-removal"),
      ]);
    }
    expect(template.dependsOn(r("commit-on-removal"))).toEqual([address("commit-on-destroy")]);
  });

  test("the interfaces are imported into vsys1 after they exist; the cleanup sits between import and use", () => {
    const interfaces = [address("data-interface"), address("subinterface-aws"), address("subinterface-azure")];
    expect(template.dependsOn(r("vsys-import-interfaces"))).toEqual(interfaces);
    expect(template.dependsOn(r("vsys-import-cleanup"))).toEqual([address("vsys-import-interfaces"), ...interfaces]);
  });

  test("the zone comes after the import and its cleanup (so a removed interface leaves the zone first)", () => {
    expect(template.dependsOn(r("zone"))).toEqual([address("vsys-import-interfaces"), address("vsys-import-cleanup")]);
  });

  test("the router comes after the subinterfaces, their import and the BFD profile, and is then imported", () => {
    expect(template.dependsOn(r("virtual-router"))).toEqual([
      address("subinterface-aws"),
      address("subinterface-azure"),
      address("vsys-import-interfaces"),
      address("vsys-import-cleanup"),
      address("bfd-profile"),
    ]);
    expect(template.dependsOn(r("vsys-import-virtual-router"))).toEqual([
      address("virtual-router"),
      address("vsys-import-interfaces"),
    ]);
  });

  test("the router import's cleanup comes after the router and its import, so on destroy it runs before both", () => {
    expect(template.dependsOn(r("vsys-import-virtual-router-cleanup"))).toEqual([
      address("virtual-router"),
      address("vsys-import-virtual-router"),
    ]);
  });

  test("HA comes after the HA ports, the zone, the router, its import and both cleanups", () => {
    const named = [
      address("ha1-backup-interface"),
      address("ha2-interface"),
      address("ha3-interface"),
      address("zone"),
      address("virtual-router"),
      address("vsys-import-virtual-router"),
      address("vsys-import-virtual-router-cleanup"),
    ];
    expect(template.dependsOn(r("high-availability-cleanup"))).toEqual(named);
    expect(template.dependsOn(r("high-availability"))).toEqual([...named, address("high-availability-cleanup")]);
  });

  test("the security rule comes after HA and the zone", () => {
    expect(template.dependsOn(r("security-rules"))).toEqual([address("high-availability"), address("zone")]);
  });

  test("the commit comes after every other resource of the stack", () => {
    const others = template.addresses().filter((a) => a !== address("commit"));
    expect(template.dependsOn(firewall.commit).sort()).toEqual(others);
  });

  test("the end-to-end order holds transitively", () => {
    const order = [
      "subinterface-aws",
      "vsys-import-interfaces",
      "zone",
      "high-availability",
      "security-rules",
      "commit",
    ];
    for (let i = 1; i < order.length; i++) expect(template.reaches(r(order[i]), r(order[i - 1]))).toBe(true);
    expect(template.reaches(r("high-availability"), r("virtual-router"))).toBe(true);
    expect(template.reaches(r("zone"), r("high-availability"))).toBe(false);
  });

  test("every resource comes after commit-on-destroy, so a destroy ends with its commit", () => {
    const root = r("commit-on-destroy");
    expect(template.dependsOn(root)).toEqual([]);
    const resources = firewall.node.children.filter(
      (c): c is TerraformResource => TerraformResource.isTerraformResource(c) && c !== root,
    );
    expect(resources).toHaveLength(20);
    const unreached = resources.filter((c) => !template.reaches(c, root)).map((c) => template.address(c));
    expect(unreached).toEqual([]);
  });

  test("the bridges that apply form one chain, so only one mve-ha talks to the firewall at a time", () => {
    const bridges = firewall.node.children.filter((c): c is XmlBridge => c instanceof XmlBridge);
    expect(bridges.map((b) => b.node.id)).toEqual([
      "vsys-import-interfaces",
      "vsys-import-virtual-router",
      "high-availability",
    ]);
    for (let i = 1; i < bridges.length; i++) expect(template.reaches(bridges[i], bridges[i - 1])).toBe(true);
  });
});
