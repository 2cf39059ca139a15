/**
 * The decision behind `mve-ha commit --data-interface … --model-subinterfaces …`, on configuration
 * facts given directly: which evidence defers, which does not, and answers of an unknown shape.
 */
import { UnexpectedAnswerError } from "../../lib/xmlapi/errors";
import { isOwnSubinterfaceComment, removalsIn, type RemovalFacts } from "../../lib/xmlapi/removal-in-progress";
import { parseXml, type XmlElement } from "../../lib/xmlspec/xml";

const xml = (text: string): XmlElement => parseXml(text)[0];

const unit = (name: string, comment?: string) =>
  `<entry name="${name}"><tag>1</tag>${comment === undefined ? "" : `<comment>${comment}</comment>`}</entry>`;
const zones = (...names: string[]) =>
  xml(
    `<zone><entry name="megaport"><network><zone-protection-profile>p</zone-protection-profile><layer3>` +
      `${names.map((n) => `<member>${n}</member>`).join("")}</layer3></network></entry></zone>`,
  );
const routers = (...names: string[]) =>
  xml(
    `<virtual-router><entry name="megaport"><interface>${names.map((n) => `<member>${n}</member>`).join("")}` +
      `</interface></entry></virtual-router>`,
  );

const MODEL = { dataInterface: "ethernet1/1", subinterfaces: ["ethernet1/1.150"] };

/** .100 (ours, committed in zone and router) being replaced by .150. */
function vlanChange(overrides: Partial<RemovalFacts> = {}): RemovalFacts {
  return {
    candidateUnits: xml(
      `<units>${unit("ethernet1/1.100", "Megaport VXC aws")}${unit("ethernet1/1.150", "Megaport VXC aws")}</units>`,
    ),
    candidateZones: zones("ethernet1/1.150"),
    candidateRouters: routers("ethernet1/1.150"),
    runningZones: zones("ethernet1/1.100"),
    runningRouters: routers("ethernet1/1.100"),
    ...overrides,
  };
}

describe("removalsIn", () => {
  test("our committed subinterface, outside the model, that the candidate let go of: being removed", () => {
    expect(removalsIn(vlanChange(), MODEL)).toEqual(["ethernet1/1.100"]);
  });

  test("named by the running router only (not the zone) is enough evidence of being ours", () => {
    expect(removalsIn(vlanChange({ runningZones: zones() }), MODEL)).toEqual(["ethernet1/1.100"]);
  });

  test("in the model: not removed", () => {
    expect(removalsIn(vlanChange(), { ...MODEL, subinterfaces: ["ethernet1/1.100", "ethernet1/1.150"] })).toEqual([]);
  });

  test("without our comment, or with another comment: not ours", () => {
    for (const comment of [undefined, "uplink", "Megaport VXC", "megaport vxc aws"]) {
      const facts = vlanChange({ candidateUnits: xml(`<units>${unit("ethernet1/1.100", comment)}</units>`) });
      expect(removalsIn(facts, MODEL)).toEqual([]);
    }
  });

  test("never in the running zone or router: never committed as ours", () => {
    expect(removalsIn(vlanChange({ runningZones: zones(), runningRouters: routers() }), MODEL)).toEqual([]);
    expect(removalsIn(vlanChange({ runningZones: undefined, runningRouters: undefined }), MODEL)).toEqual([]);
  });

  test("still named by the candidate's zone or router: nothing is being removed", () => {
    expect(removalsIn(vlanChange({ candidateZones: zones("ethernet1/1.100") }), MODEL)).toEqual([]);
    expect(removalsIn(vlanChange({ candidateRouters: routers("ethernet1/1.100") }), MODEL)).toEqual([]);
  });

  test("no units at all (a fresh firewall): nothing", () => {
    expect(removalsIn(vlanChange({ candidateUnits: undefined }), MODEL)).toEqual([]);
  });

  test("answers of an unknown shape are errors, never a decision", () => {
    const cases: Partial<RemovalFacts>[] = [
      { candidateUnits: xml("<layer3><units/></layer3>") },
      {
        candidateUnits: xml(
          `<units><unit name="ethernet1/1.100"/>${unit("ethernet1/1.100", "Megaport VXC aws")}</units>`,
        ),
      },
      { runningZones: xml("<zone><entry><network/></entry></zone>") },
      {
        runningZones: xml(
          "<zone><entry name='z'><network><layer3><iface>ethernet1/1.100</iface></layer3></network></entry></zone>",
        ),
      },
      {
        candidateRouters: xml(
          "<virtual-router><entry name='r'><interface><member/></interface></entry></virtual-router>",
        ),
      },
      { runningRouters: xml("<routers/>") },
    ];
    for (const overrides of cases) {
      expect(() => removalsIn(vlanChange(overrides), MODEL)).toThrow(UnexpectedAnswerError);
    }
  });
});

test("isOwnSubinterfaceComment recognises `Megaport VXC <connection>` only", () => {
  expect(isOwnSubinterfaceComment("Megaport VXC aws")).toBe(true);
  expect(isOwnSubinterfaceComment("Megaport VXC internet")).toBe(true);
  expect(isOwnSubinterfaceComment("Megaport HA2 VXC")).toBe(false);
  expect(isOwnSubinterfaceComment(undefined)).toBe(false);
});
