import { parseXml, renderXml, type XmlElement } from "../../lib/xmlspec/xml";
import { deleteAt, editAt, findNodes, setAt } from "./config-tree";
import { parseXpath, XpathError } from "./xpath";

const one = (xml: string): XmlElement => parseXml(xml)[0];
const STAMP = { admin: "admin" };
const ROOT = one(
  `<config><devices><entry name="localhost.localdomain"><network><interface><ethernet>` +
    `<entry name="ethernet1/1"><layer3><mtu>1500</mtu><units><member>a</member></units></layer3></entry>` +
    `</ethernet></interface></network></entry></devices></config>`,
);
const ETH = "/config/devices/entry[@name='localhost.localdomain']/network/interface/ethernet";

describe("XPath subset", () => {
  test("names containing / ] and the other quote character are read whole", () => {
    expect(parseXpath(`/config/x/entry[@name='ethernet1/1.100']/y`)).toEqual([
      { name: "config" },
      { name: "x" },
      { name: "entry", entryName: "ethernet1/1.100" },
      { name: "y" },
    ]);
    expect(parseXpath(`/config/entry[@name="it's a]b"]`)[1]).toEqual({ name: "entry", entryName: "it's a]b" });
  });

  test.each(["config/x", "/config//x", "/config/entry[@name='x'", "/config/entry[position()=1]"])(
    "refuses %s",
    (xpath) => {
      expect(() => parseXpath(xpath)).toThrow(XpathError);
    },
  );
});

describe("configuration tree writes", () => {
  test("set merges: leaves replaced, new children added, members added, nothing removed", () => {
    const steps = parseXpath(`${ETH}/entry[@name='ethernet1/1']/layer3`);
    const after = setAt(ROOT, steps, parseXml("<mtu>9000</mtu><units><member>b</member></units><ndp/>"), STAMP);
    const layer3 = findNodes(after, steps)[0];
    expect(renderXml(layer3)).toBe(
      `<layer3 admin="admin"><mtu>9000</mtu><units><member>a</member><member>b</member></units><ndp/></layer3>`,
    );
    expect(findNodes(ROOT, steps)[0].attributes).toEqual({}); // the original tree is untouched
  });

  test("set creates missing parents and entries", () => {
    const steps = parseXpath(`${ETH}/entry[@name='ethernet1/2']`);
    const after = setAt(ROOT, steps, parseXml("<ha/>"), STAMP);
    expect(findNodes(after, parseXpath(`${ETH}/entry`)).map((e) => e.attributes.name)).toEqual([
      "ethernet1/1",
      "ethernet1/2",
    ]);
  });

  test("edit replaces the whole node; delete removes it", () => {
    const steps = parseXpath(`${ETH}/entry[@name='ethernet1/1']/layer3`);
    const edited = editAt(ROOT, steps, one("<layer3><mtu>1400</mtu></layer3>"), STAMP);
    expect(renderXml(findNodes(edited, steps)[0])).toBe(`<layer3 admin="admin"><mtu>1400</mtu></layer3>`);
    const deleted = deleteAt(edited, steps);
    expect(deleted && findNodes(deleted, steps)).toEqual([]);
    expect(deleteAt(ROOT, parseXpath(`${ETH}/entry[@name='ethernet1/9']`))).toBeUndefined();
  });

  test("a member is addressed by its text, as the vsys import removal deletes one (member[text()='…'])", () => {
    const units = `${ETH}/entry[@name='ethernet1/1']/layer3/units`;
    const two = setAt(ROOT, parseXpath(units), parseXml("<member>b</member>"), STAMP);
    expect(parseXpath(`${units}/member[text()='b']`).at(-1)).toEqual({ name: "member", text: "b" });
    expect(findNodes(two, parseXpath(`${units}/member[text()="a"]`)).map((m) => m.text)).toEqual(["a"]);
    const deleted = deleteAt(two, parseXpath(`${units}/member[text()='a']`));
    expect(deleted && findNodes(deleted, parseXpath(`${units}/member`)).map((m) => m.text)).toEqual(["b"]);
    expect(deleteAt(two, parseXpath(`${units}/member[text()='c']`))).toBeUndefined();
  });
});
