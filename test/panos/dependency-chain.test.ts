/**
 * The order Terraform must follow, read from the synthesized `depends_on`:
 * interfaces → vsys import → zone / router → HA → rules → commit, everything after
 * commit-on-destroy (so a destroy ends with a commit), and one mve-ha at a time.
 */
import { TerraformResource, TerraformStack, Testing } from "cdktf";
import { PaloAltoFirewallConfig, XmlBridge } from "../../lib/panos";
import { firewallProps } from "./fixtures";
import { Template } from "./template";

const stack = new TerraformStack(Testing.app(), "firewall-1");
const firewall = new PaloAltoFirewallConfig(stack, "firewall", firewallProps(1));
const template = Template.fromStack(stack);

/** The resource construct with this construct ID under the firewall. */
function r(id: string): TerraformResource {
  return firewall.node.findChild(id) as TerraformResource;
}

const address = (id: string) => template.address(r(id));

describe("dependency chain", () => {
  test("subinterfaces come after their parent and the management profile", () => {
    for (const sub of ["subinterface-aws", "subinterface-azure"]) {
      expect(template.dependsOn(r(sub))).toEqual([address("data-interface"), address("management-profile")]);
    }
  });

  test("each interface is imported into vsys1 after it exists", () => {
    expect(template.dependsOn(r("vsys-import-data-interface"))).toEqual([address("data-interface")]);
    expect(template.dependsOn(r("vsys-import-aws"))).toContain(address("subinterface-aws"));
    expect(template.dependsOn(r("vsys-import-azure"))).toContain(address("subinterface-azure"));
  });

  test("the zone comes after every interface import", () => {
    expect(template.dependsOn(r("zone"))).toEqual([
      address("vsys-import-data-interface"),
      address("vsys-import-aws"),
      address("vsys-import-azure"),
    ]);
  });

  test("the router comes after the subinterfaces, their imports and the BFD profile, and is then imported", () => {
    expect(template.dependsOn(r("virtual-router")).sort()).toEqual(
      [
        address("subinterface-aws"),
        address("subinterface-azure"),
        address("vsys-import-data-interface"),
        address("vsys-import-aws"),
        address("vsys-import-azure"),
        address("bfd-profile"),
      ].sort(),
    );
    expect(template.dependsOn(r("vsys-import-virtual-router"))).toContain(address("virtual-router"));
  });

  test("HA comes after the HA ports, the zone, the router and its import", () => {
    expect(template.dependsOn(r("high-availability"))).toEqual([
      address("ha1-backup-interface"),
      address("ha2-interface"),
      address("ha3-interface"),
      address("zone"),
      address("virtual-router"),
      address("vsys-import-virtual-router"),
    ]);
  });

  test("the security rule comes after HA and the zone", () => {
    expect(template.dependsOn(r("security-rules"))).toEqual([address("high-availability"), address("zone")]);
  });

  test("the commit comes after every other resource of the stack", () => {
    const others = template.addresses().filter((a) => a !== address("commit"));
    expect(template.dependsOn(firewall.commit).sort()).toEqual(others);
  });

  test("the end-to-end order holds transitively", () => {
    const order = ["subinterface-aws", "vsys-import-aws", "zone", "high-availability", "security-rules", "commit"];
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
    expect(resources).toHaveLength(17);
    const unreached = resources.filter((c) => !template.reaches(c, root)).map((c) => template.address(c));
    expect(unreached).toEqual([]);
  });

  test("the XML bridges form one chain, so only one mve-ha talks to the firewall at a time", () => {
    const bridges = firewall.node.children.filter((c): c is XmlBridge => c instanceof XmlBridge);
    expect(bridges).toHaveLength(5);
    for (let i = 0; i < bridges.length; i++) {
      for (let j = i + 1; j < bridges.length; j++) {
        const ordered = template.reaches(bridges[i], bridges[j]) || template.reaches(bridges[j], bridges[i]);
        expect([bridges[i].node.id, bridges[j].node.id, ordered]).toEqual([
          bridges[i].node.id,
          bridges[j].node.id,
          true,
        ]);
      }
    }
  });
});
