import { el, entry, members, parseXml, renderXml, path, textOf } from "../../lib/xmlspec/xml";
import { entryXpath, xpathLiteral, DEVICE_ROOT } from "../../lib/xmlspec/xpath";

describe("XML rendering", () => {
  test("escapes text and attribute values and round-trips them", () => {
    const hostile = `a<b>&c'd"e]f`;
    const xml = renderXml(entry(hostile, [el("description", hostile), el("ha")]));
    expect(xml).not.toContain("<b>");
    expect(xml).toContain("&lt;b&gt;&amp;c");
    const [back] = parseXml(xml);
    expect(back.attributes.name).toBe(hostile);
    expect(textOf(path(back, "description"))).toBe(hostile);
    expect(path(back, "ha")).toEqual({ name: "ha", attributes: {}, children: [] });
  });

  test("drops undefined and false children, renders empty elements self-closed", () => {
    expect(renderXml(el("a", [undefined, false, el("static"), members(["x", "y"])[1]]))).toBe(
      "<a><static/><member>y</member></a>",
    );
  });

  test("parses several top-level elements as a fragment", () => {
    expect(parseXml("<a>1</a><b><c/></b>").map((e) => e.name)).toEqual(["a", "b"]);
  });
});

describe("XPath quoting", () => {
  test("uses single quotes, falls back to double, refuses both", () => {
    expect(xpathLiteral("ethernet1/1.100")).toBe("'ethernet1/1.100'");
    expect(xpathLiteral("it's")).toBe(`"it's"`);
    expect(() => xpathLiteral(`it's "x"`)).toThrow(/both ' and "/);
  });

  test("entryXpath appends a quoted entry predicate", () => {
    expect(entryXpath(`${DEVICE_ROOT}/network/virtual-router`, "default")).toBe(
      "/config/devices/entry[@name='localhost.localdomain']/network/virtual-router/entry[@name='default']",
    );
    expect(entryXpath("/config/x", "a]b")).toBe("/config/x/entry[@name='a]b']");
  });
});
