import { parseXml } from "../../lib/xmlspec/xml";
import { captureFiles, cutPoints, deviceBody } from "./truncation";

/** `name: message` of what `run` throws, or "no error". */
function syntaxErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return "no error";
}

describe("parseXml is strict", () => {
  test.each(captureFiles().map((c) => [c.name, c.text] as const))("the recorded capture %s parses", (_name, text) => {
    const roots = parseXml(text);
    expect(roots.map((r) => r.name)).toEqual(["response"]);
  });

  test.each([
    ["an unclosed root", "<response><result><a>x</a>"],
    ["a cut inside a closing tag", "<response><result/></respo"],
    ["a cut inside an attribute", `<response status="succ`],
    ["a cut after a tag name", "<response"],
    ["a lone ampersand", "<a>&</a>"],
    ["a closing tag never opened", "<a/></b>"],
    ["text after the root element", "<a>x</a>junk"],
    ["text between root elements", "<a/>junk<b/>"],
    ["bare text", "not xml at all"],
  ])("%s is refused with an XmlSyntaxError", (_what, text) => {
    expect(syntaxErrorOf(() => parseXml(text))).toMatch(/^XmlSyntaxError: /);
  });

  test("an empty or blank text is no elements, not an error (an empty element spec)", () => {
    expect(parseXml("")).toEqual([]);
    expect(parseXml("  \n")).toEqual([]);
  });

  test("fragments of several elements, comments, CDATA and a declaration still parse", () => {
    const roots = parseXml(`<?xml version="1.0"?><!-- c --><a x='1'><![CDATA[<b>]]></a>\n<b/>\n`);
    expect(roots).toEqual([
      { name: "a", attributes: { x: "1" }, children: [], text: "<b>" },
      { name: "b", attributes: {}, children: [] },
    ]);
  });

  test("no proper prefix of any recorded capture parses (every cut that loses a character)", () => {
    let accepted = 0;
    let tried = 0;
    for (const { name, text } of captureFiles()) {
      const body = deviceBody(text);
      for (const n of cutPoints(body)) {
        const prefix = body.slice(0, n);
        if (prefix.trim() === "") continue;
        tried++;
        try {
          parseXml(prefix);
          accepted++;
          if (accepted <= 3) console.error(`accepted: ${name} cut at ${n}`);
        } catch (error) {
          expect((error as Error).name).toBe("XmlSyntaxError");
        }
      }
    }
    expect(tried).toBeGreaterThan(5000);
    expect(accepted).toBe(0);
  });
});
