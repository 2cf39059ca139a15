/**
 * A pair with many connections stays legible: with 12 connections no two texts of the diagram
 * overlap. Text boxes are Graphviz's own (its JSON output gives each text's position, alignment,
 * width and font size, the numbers the SVG is drawn from); the browser test measures the
 * rendered SVG as well.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { PaloAltoHaPair, partnerPort, type PairConnection } from "../../lib/pattern";
import { topologyDot, type PairTopology } from "../../lib/topology";
import { pairProps } from "../pattern/fixtures";
import { overlaps, textBoxes, type TextBox } from "./text-boxes";
import { byId, parseSvg } from "./svg";

/** `count` partner-port connections on VLANs 100.., each with its own BGP neighbour per firewall. */
export function manyConnections(count: number): PairConnection[] {
  return Array.from({ length: count }, (_, k) =>
    partnerPort({
      name: `dc-${String(k + 1).padStart(2, "0")}`,
      vlan: 100 + k,
      rateLimitMbps: 500,
      firewalls: [0, 1].map((i) => ({
        productUid: `${String(k).padStart(8, "0")}-1111-4111-8111-11111111111${i}`,
        bgp: { localAddress: `10.20.${k}.${1 + 4 * i}/30`, peerAddress: `10.20.${k}.${2 + 4 * i}`, peerAsn: 65100 + k },
      })) as [never, never],
    }),
  );
}

let dir: string;
let topology: PairTopology;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "layout-"));
  const app = new App({ outdir: dir, stackTraces: false });
  new PaloAltoHaPair(
    app,
    "many",
    pairProps({ cloudConnections: manyConnections(12), haLinks: { ha3RateLimitMbps: 10000 } }),
  );
  app.synth();
  topology = JSON.parse(fs.readFileSync(path.join(dir, "many.topology.json"), "utf8")) as PairTopology;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the synthesized diagram of 12 connections draws all 12 on both firewalls", () => {
  expect(topology.connections).toHaveLength(12);
  const root = parseSvg(fs.readFileSync(path.join(dir, "many.topology.svg"), "utf8"));
  for (let k = 0; k < 12; k++) {
    expect(byId(root, `cloud-${k}`)).toBeDefined();
    for (const i of [0, 1]) {
      expect(byId(root, `vxc-${k}-${i}`)).toBeDefined();
      expect(byId(root, `a_bgp-${k}-${i}`)).toBeDefined();
    }
  }
});

test("12 connections: no two texts overlap", async () => {
  const boxes = await textBoxes(topologyDot(topology));
  // Every label is there: 12 connections × 2 firewalls × (2 VXC label lines + 2 BGP lines + BFD).
  expect(boxes.filter((b) => b.text.startsWith("BGP 10.20."))).toHaveLength(24);
  expect(boxes.filter((b) => /^ethernet1\/1\.1\d\d · VLAN 1\d\d · 500 Mbps$/.test(b.text))).toHaveLength(24);
  const clashes: string[] = [];
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      if (overlaps(boxes[a], boxes[b])) clashes.push(`${describe(boxes[a])} overlaps ${describe(boxes[b])}`);
    }
  }
  expect(clashes).toEqual([]);
});

test("the overlap measure: boxes that share any area overlap, boxes side by side do not", () => {
  const box: TextBox = { text: "VLAN 100", x0: 0, y0: 0, x1: 40, y1: 10 };
  expect(overlaps(box, { ...box, text: "VLAN 101", x0: 39, x1: 79 })).toBe(true);
  expect(overlaps(box, { ...box, text: "VLAN 101", y0: 9, y1: 19 })).toBe(true);
  expect(overlaps(box, { ...box, text: "VLAN 101", x0: 40, x1: 80 })).toBe(false);
  expect(overlaps(box, { ...box, text: "VLAN 101", y0: 10, y1: 20 })).toBe(false);
});

function describe(box: TextBox): string {
  return `"${box.text}" [${box.x0.toFixed(1)},${box.y0.toFixed(1)} – ${box.x1.toFixed(1)},${box.y1.toFixed(1)}]`;
}
