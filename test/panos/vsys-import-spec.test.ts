import { buildFirewallModel, renderVsysImportRemovalSpec, renderVsysImportSpec, vsysImports } from "../../lib/panos";
import { isSatisfied, parseXml } from "../../lib/xmlspec";
import { firewallProps } from "./fixtures";
import { leavesOf } from "./xml-leaves";

const IMPORT_XPATH = "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/import/network";

describe("vsys1 import specs", () => {
  const model = buildFirewallModel(firewallProps(0), "test");

  test("the firewall imports ethernet1/1, one subinterface per connection, and its virtual router", () => {
    expect(vsysImports(model)).toEqual({
      interfaces: [
        { kind: "interface", name: "ethernet1/1" },
        { kind: "interface", name: "ethernet1/1.100" },
        { kind: "interface", name: "ethernet1/1.200" },
      ],
      virtualRouter: { kind: "virtual-router", name: "default" },
    });
  });

  test("an import merges the members into vsys1/import/network and nothing else", () => {
    const spec = renderVsysImportSpec(vsysImports(model).interfaces);
    expect(spec.requiresReboot).toBe(false);
    expect(spec.operations).toHaveLength(1);
    const [op] = spec.operations;
    expect(op.action).toBe("set");
    expect(op.xpath).toBe(IMPORT_XPATH);
    expect(leavesOf(op.element as string)).toEqual([
      "interface/member=ethernet1/1",
      "interface/member=ethernet1/1.100",
      "interface/member=ethernet1/1.200",
    ]);
    expect(leavesOf(renderVsysImportSpec([vsysImports(model).virtualRouter]).operations[0].element as string)).toEqual([
      "virtual-router/member=default",
    ]);
  });

  test("an import is satisfied by a vsys that already imports the members among others, and not otherwise", () => {
    const [op] = renderVsysImportSpec([
      { kind: "interface", name: "ethernet1/1.100" },
      { kind: "interface", name: "ethernet1/1.200" },
    ]).operations;
    const has = (xml: string) => parseXml(xml)[0];
    const members = (names: string[]) =>
      `<network><interface>${names.map((n) => `<member>${n}</member>`).join("")}</interface></network>`;
    expect(isSatisfied(op, has(members(["ethernet1/5", "ethernet1/1.200", "ethernet1/1.100"])))).toBe(true);
    expect(isSatisfied(op, has(members(["ethernet1/5", "ethernet1/1.100"])))).toBe(false);
    expect(isSatisfied(op, undefined)).toBe(false);
  });

  test("the removal deletes exactly that member, quoted in the XPath", () => {
    expect(renderVsysImportRemovalSpec({ kind: "interface", name: "ethernet1/1.200" }).operations).toEqual([
      { action: "delete", xpath: `${IMPORT_XPATH}/interface/member[text()='ethernet1/1.200']` },
    ]);
    expect(renderVsysImportRemovalSpec({ kind: "virtual-router", name: "it's" }).operations[0].xpath).toBe(
      `${IMPORT_XPATH}/virtual-router/member[text()="it's"]`,
    );
  });
});
