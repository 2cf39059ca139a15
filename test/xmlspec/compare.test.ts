import { canonical, contains, isSatisfied } from "../../lib/xmlspec/compare";
import { parseXml } from "../../lib/xmlspec/xml";

const one = (xml: string) => parseXml(xml)[0];

describe("canonical comparison", () => {
  test("ignores PAN-OS bookkeeping attributes, sibling order and surrounding whitespace", () => {
    const sent = one("<ha><enabled>yes</enabled><group><group-id>10</group-id></group></ha>");
    const readBack = one(
      `<ha admin="admin" dirtyId="3" time="2026/11/25"><group><group-id> 10 </group-id></group>\n <enabled>yes</enabled></ha>`,
    );
    expect(canonical(readBack)).toBe(canonical(sent));
  });

  test("a different value or an extra node is a difference", () => {
    const sent = one("<ha><enabled>yes</enabled></ha>");
    expect(canonical(one("<ha><enabled>no</enabled></ha>"))).not.toBe(canonical(sent));
    expect(canonical(one("<ha><enabled>yes</enabled><x/></ha>"))).not.toBe(canonical(sent));
  });
});

describe("contains (set semantics)", () => {
  test("entries match by name, leaves by value, empty elements by presence", () => {
    const have = one(
      `<import><network><interface><member>ethernet1/1.100</member><member>ethernet1/1.200</member></interface></network></import>`,
    );
    expect(
      contains(
        have,
        one("<import><network><interface><member>ethernet1/1.200</member></interface></network></import>"),
      ),
    ).toBe(true);
    expect(
      contains(
        have,
        one("<import><network><interface><member>ethernet1/1.300</member></interface></network></import>"),
      ),
    ).toBe(false);
    expect(
      contains(one(`<x><entry name="a"><v>1</v></entry></x>`), one(`<x><entry name="b"><v>1</v></entry></x>`)),
    ).toBe(false);
    expect(contains(one("<type><static/></type>"), one("<type><static/></type>"))).toBe(true);
  });
});

describe("isSatisfied", () => {
  const xpath = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig/system";

  test("set is satisfied only when every child is present with the same value", () => {
    const op = { action: "set" as const, xpath, element: "<mtu>1500</mtu><ip-address>192.0.2.10</ip-address>" };
    expect(isSatisfied(op, undefined)).toBe(false);
    expect(
      isSatisfied(op, one("<system><mtu>1500</mtu><ip-address>192.0.2.10</ip-address><hostname>x</hostname></system>")),
    ).toBe(true);
    expect(isSatisfied(op, one("<system><mtu>9000</mtu><ip-address>192.0.2.10</ip-address></system>"))).toBe(false);
  });

  test("edit is satisfied only by an identical node", () => {
    const op = { action: "edit" as const, xpath: `${xpath}/type`, element: "<type><static/></type>" };
    expect(isSatisfied(op, one("<type><static/></type>"))).toBe(true);
    expect(isSatisfied(op, one("<type><dhcp-client><send-hostname>yes</send-hostname></dhcp-client></type>"))).toBe(
      false,
    );
    expect(isSatisfied(op, one("<type><static/><dhcp-client/></type>"))).toBe(false);
  });

  test("delete is satisfied when the node is absent", () => {
    expect(isSatisfied({ action: "delete", xpath }, undefined)).toBe(true);
    expect(isSatisfied({ action: "delete", xpath }, one("<system/>"))).toBe(false);
  });
});
