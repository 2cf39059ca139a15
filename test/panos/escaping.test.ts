/**
 * Hostile values through the pure renderers (validation would refuse most of them earlier; the
 * renderers must be safe on their own): every value comes back out of the XML exactly as it went
 * in, and the XML always parses to the one expected root.
 */
import {
  buildDeviceSettingsModel,
  buildFirewallModel,
  renderHaSpec,
  renderDeviceSettingsSpec,
  renderVsysImportRemovalSpec,
  renderVsysImportSpec,
  type HaModel,
} from "../../lib/panos";
import { parseXml, xpathLiteral } from "../../lib/xmlspec";
import { firewallProps, preparationProps } from "./fixtures";
import { leavesOf } from "./xml-leaves";

/** Deterministic generator (mulberry32), so a failure is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "]",
  "[",
  "]]>",
  "<!--",
  "-->",
  "&amp;",
  "&#60;",
  "<![CDATA[",
  "/",
  "=",
  " ",
  "\t",
  ";",
  "$",
  "`",
  "{",
  "}",
  "a",
  "Z",
  "9",
  "é",
  "漢",
  "<entry name='x'>",
  "</group>",
];

function hostileValues(count: number, seed: number): string[] {
  const next = random(seed);
  const values: string[] = [];
  while (values.length < count) {
    const length = 1 + Math.floor(next() * 8);
    const value = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)])
      .join("")
      .trim();
    // The XML parser trims text, and PAN-OS names never start or end with blanks.
    if (value.length > 0) values.push(`x${value}x`);
  }
  return values;
}

const baseHa = buildFirewallModel(firewallProps(0), "test").ha;

function hostileHa(value: string): HaModel {
  return {
    ...baseHa,
    description: value,
    pathMonitoring: {
      ...baseHa.pathMonitoring,
      virtualRouter: value,
      groups: [{ name: value, failureCondition: "any", members: [value] }],
    },
    linkMonitoring: { failureCondition: "all", groups: [{ name: value, failureCondition: "any", members: [value] }] },
  };
}

describe("escaping of hostile values", () => {
  const values = hostileValues(300, 20240611);

  test("the fuzz set holds every dangerous character", () => {
    const all = values.join("");
    for (const c of ["<", ">", "&", '"', "'", "]"]) expect(all).toContain(c);
  });

  test.each(values.map((v) => [v]))("HA spec round-trips %j as text and as entry names", (value) => {
    const element = renderHaSpec(hostileHa(value)).operations[0].element as string;
    const roots = parseXml(element);
    expect(roots.map((r) => r.name)).toEqual(["high-availability"]);
    const lines = leavesOf(element);
    const g = "high-availability/group";
    const vr = `${g}/monitoring/path-monitoring/path-group/virtual-router/entry[${value}]`;
    expect(lines).toContain(`${g}/description=${value}`);
    expect(lines).toContain(`${vr}/destination-ip-group/entry[${value}]/destination-ip/member=${value}`);
    expect(lines).toContain(`${g}/monitoring/link-monitoring/link-group/entry[${value}]/interface/member=${value}`);
  });

  test.each(values.slice(0, 100).map((v) => [v]))("vsys import round-trips %j", (value) => {
    const element = renderVsysImportSpec([{ kind: "interface", name: value }]).operations[0].element as string;
    expect(leavesOf(element)).toEqual([`interface/member=${value}`]);
    const hasBothQuotes = value.includes("'") && value.includes('"');
    const removal = () => renderVsysImportRemovalSpec({ kind: "interface", name: value });
    if (hasBothQuotes) {
      expect(removal).toThrow(/cannot be quoted in an XPath predicate/);
    } else {
      expect(removal().operations[0].xpath.endsWith(`/interface/member[text()=${xpathLiteral(value)}]`)).toBe(true);
    }
  });

  test.each(values.slice(0, 100).map((v) => [v]))("management settings round-trip %j", (value) => {
    const base = buildDeviceSettingsModel(preparationProps(0), "test");
    const model = { ...base, management: { ...base.management, gateway: value, dnsServers: [value] } };
    const [, , management, dns] = renderDeviceSettingsSpec(model).operations;
    expect(leavesOf(management.element as string)).toContain(`default-gateway=${value}`);
    expect(leavesOf(dns.element as string)).toEqual([`servers/primary=${value}`]);
  });
});
