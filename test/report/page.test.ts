/**
 * The report page: one self-contained HTML file with the diagram coloured by the checks (every
 * element present, colours following the statuses) and every check with its detail.
 */
import { reportPage, topologyFromReport, type ReportInput } from "../../lib/report";
import { STATUS_COLOURS } from "../../lib/topology";
import { verifyPair } from "../../lib/verify";
import { healthyPair, pairTargets } from "../simulator/operational/pair-fixture";
import { byId, colourOf, parseSvg, texts } from "../topology/svg";
import { simulatedTopology } from "./fixtures";

const FILL = { pass: STATUS_COLOURS.pass.fill, fail: STATUS_COLOURS.fail.fill, unknown: STATUS_COLOURS.unknown.fill };
const LINE = { pass: STATUS_COLOURS.pass.line, fail: STATUS_COLOURS.fail.line, unknown: STATUS_COLOURS.unknown.line };
const AT = new Date("2026-12-03T12:00:00Z");

let report: ReportInput;
let html: string;
beforeAll(async () => {
  // Firewall 0's BGP peer to AWS is down; Megaport reports firewall 1's Azure VXC down.
  const checked = await verifyPair(pairTargets(healthyPair([{ health: { bgpPeersDown: ["169.254.100.1"] } }])));
  report = {
    ...checked,
    megaport: {
      checks: [
        { id: "megaport.vxcs", status: "fail", detail: "sim-fw-1 azure (uid 7) is DECOMMISSIONED; 8 of 9 LIVE" },
      ],
    },
  };
  html = await reportPage(report, {
    topology: simulatedTopology(),
    topologySource: "sim.topology.json",
    generatedAt: AT,
  });
});

test("one self-contained page: inline SVG and CSS, nothing it could fetch", () => {
  expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  expect(html).toMatch(/<style>[^<]+<\/style>/);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
  // The only URLs are XML namespace names, which nothing loads.
  const urls = html.match(/https?:\/\/[^\s"']+/g) ?? [];
  expect([...new Set(urls)].sort()).toEqual(["http://www.w3.org/1999/xlink", "http://www.w3.org/2000/svg"]);
  expect(html).not.toMatch(/<\?xml|<!DOCTYPE svg|<!--/);
});

test("every element of the pair is in the diagram, coloured by its check", () => {
  const svg = parseSvg(html);
  const expected: Record<string, keyof typeof FILL> = {
    "firewall-0-status": "fail", // bgp.peers failed on it
    "firewall-1-status": "pass", // a Megaport VXC is not the firewall
    "ha-ha1-management": "pass",
    "ha-ha1": "pass", // no HA1-backup link reported, but megaport.vxcs judged its VXC (naming another)
    "ha-ha2": "pass",
    "ha-ha3": "pass",
    "bgp-0-0": "fail",
    "bgp-1-0": "pass",
    "bgp-0-1": "pass",
    "bgp-1-1": "pass",
    "bfd-0-0": "pass",
    "bfd-1-1": "pass",
  };
  for (const [id, status] of Object.entries(expected)) expect([id, colourOf(svg, id)]).toEqual([id, FILL[status]]);
  const lines: Record<string, keyof typeof LINE> = {
    "vxc-1-1": "fail",
    "vxc-0-1": "pass",
    "vxc-0-0": "pass",
    "management-0": "pass",
  };
  for (const [id, status] of Object.entries(lines)) expect([id, colourOf(svg, id)]).toEqual([id, LINE[status]]);
  expect(texts(byId(svg, "a_bgp-0-0")!).join(" ")).toBe("BGP 169.254.100.2/30 → 169.254.100.1 peer AS 64512");
});

test("each coloured element says why (tooltip and the list of elements)", () => {
  const svg = parseSvg(html);
  const link = byId(svg, "a_bgp-0-0")!.children.find((c) => c.name === "a")!;
  expect(link.attributes["xlink:title"]).toMatch(
    /^FAIL: fw-0\.example\.net bgp\.peers fail: aws \(169\.254\.100\.1, vr default\) is/,
  );
  expect(html).toMatch(
    /<tr data-element="bgp-0-0"><td>BGP firewall 0 → aws \(169\.254\.100\.1, AS 64512\)<\/td><td class="status fail">fail<\/td>/,
  );
  expect(html).toMatch(
    /<tr data-element="vxc-1-1"><td>azure VXC of firewall 1 \(sim-fw-1 azure\)<\/td><td class="status fail">fail/,
  );
});

test("the full check table: every check of every firewall with its status and detail", () => {
  for (const [index, firewall] of report.firewalls.entries()) {
    const table = new RegExp(
      `<table class="checks" id="checks-${index}" data-host="${firewall.host}">([\\s\\S]*?)</table>`,
    ).exec(html);
    expect(table).not.toBeNull();
    const rows = [
      ...table![1].matchAll(
        /<tr data-check="([^"]+)"><td><code>[^<]+<\/code><\/td><td class="status (\w+)">(\w+)<\/td><td>([^<]*)<\/td><\/tr>/g,
      ),
    ];
    expect(rows.map((r) => [r[1], r[3]])).toEqual(firewall.checks.map((c) => [c.id, c.status.toUpperCase()]));
    expect(rows.map((r) => r[4])).toEqual(
      firewall.checks.map((c) => c.detail.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")),
    );
  }
  expect(html).toContain('<span id="verdict" class="fail">NOT OK</span>');
  expect(html).toContain("checked 2026-12-03T12:00:00.000Z · topology from sim.topology.json");
});

test("device text cannot inject markup or control characters", async () => {
  const hostile: ReportInput = {
    ok: false,
    firewalls: [
      {
        host: "fw<b>",
        checks: [{ id: "bgp.peers", status: "fail", detail: '<script>alert(1)</script> "x" \u001b[31m\u202e' }],
      },
      { host: "fw-1", checks: [] },
    ],
  };
  const page = await reportPage(hostile, { generatedAt: AT });
  expect(page).not.toContain("<script>");
  expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(page).toContain("\\u001b[31m\\u202e");
  expect(page.includes("\u001b") || page.includes("\u202e")).toBe(false);
  expect(page).toContain("fw&lt;b&gt;");
});

test("without --topology: the firewalls by host and their HA links, coloured by the checks", async () => {
  const checked = await verifyPair(pairTargets(healthyPair([{ health: { haLinksDown: ["ha2"] } }])));
  const page = await reportPage(checked, { generatedAt: AT });
  const svg = parseSvg(page);
  expect(texts(byId(svg, "firewall-0")!).join(" | ")).toContain("management IP fw-0.example.net");
  expect(colourOf(svg, "ha-ha2")).toBe(FILL.fail);
  expect(colourOf(svg, "ha-ha3")).toBe(FILL.pass);
  // No HA1-backup link reported and no Megaport check: nothing judged the HA1 VXC.
  expect(colourOf(svg, "ha-ha1")).toBe(FILL.unknown);
  expect(page).toMatch(/<tr data-element="ha-ha1"><td>[^<]+<\/td><td class="status unknown">not judged<\/td>/);
  expect(byId(svg, "cloud-0")).toBeUndefined();
  expect(page).toContain("topology from the checks (no --topology given)");
  expect(topologyFromReport(checked).connections).toEqual([]);
});
