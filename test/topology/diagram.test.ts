/**
 * `cdktf synth` of the guide's example writes, per pair, `<pair>.topology.svg` with its DOT and JSON:
 * every element of the pair present, labelled from the model the stacks are built from; a user
 * can turn it off; a drawing failure warns and keeps the DOT, never failing the synth.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { guideExample, type GuideExampleOptions } from "../../examples/guide-example";
import { PaloAltoHaPair } from "../../lib/pattern";
import {
  DiagramRenderer,
  ELEMENT_IDS,
  TopologyDiagram,
  renderSvgSync,
  sharedRenderer,
  type PairTopology,
  type TopologyDiagramProps,
} from "../../lib/topology";
import { pairProps } from "../pattern/fixtures";
import { byId, ids, parseSvg, texts } from "./svg";

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function outdir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-"));
  temporary.push(dir);
  return dir;
}

/** Synthesizes the guide's example (with `options`) into a fresh directory, as `cdktf synth` does. */
function synthGuide(options: GuideExampleOptions = {}): string {
  const dir = outdir();
  const app = new App({ outdir: dir, stackTraces: false });
  guideExample(app, options);
  app.synth();
  return dir;
}

describe("the guide's example synthesized", () => {
  let dir: string;
  let svg: string;
  beforeAll(() => {
    dir = synthGuide();
    svg = fs.readFileSync(path.join(dir, "guide.topology.svg"), "utf8");
  });

  test("writes guide.topology.svg, .dot and .json beside the stacks", () => {
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f.startsWith("guide.topology"))
        .sort(),
    ).toEqual(["guide.topology.dot", "guide.topology.json", "guide.topology.svg"]);
    expect(fs.readFileSync(path.join(dir, "guide.topology.dot"), "utf8")).toMatch(/^digraph "guide" \{/);
    expect(svg).toMatch(/<svg[\s>]/);
  });

  test("every element of the pair is in the SVG", () => {
    const root = parseSvg(svg);
    const expected = [
      ELEMENT_IDS.internet(),
      ...[0, 1].flatMap((i) => [ELEMENT_IDS.firewall(i), ELEMENT_IDS.management(i)]),
      "ha-links",
      `a_${ELEMENT_IDS.ha1Management()}`,
      ...["ha1", "ha2", "ha3"].map((role) => `a_${ELEMENT_IDS.haLink(role)}`),
      ...[0, 1].flatMap((k) => [
        ELEMENT_IDS.cloud(k),
        ...[0, 1].flatMap((i) => [ELEMENT_IDS.vxc(k, i), `a_${ELEMENT_IDS.bgp(k, i)}`, `a_${ELEMENT_IDS.bfd(k, i)}`]),
      ]),
    ];
    expect(ids(root)).toEqual(expect.arrayContaining(expected));
  });

  test("labels: MVEs with size, image, location; vNICs by role; HA links with rates; management; connections with VLAN, rate, BGP", () => {
    const root = parseSvg(svg);
    const firewall0 = texts(byId(root, "firewall-0")!).join(" | ");
    expect(firewall0).toContain("HA device ID 0");
    expect(firewall0).toContain("MVE guide-fw-0");
    expect(firewall0).toContain("MEDIUM · PAN-OS 10.2.9-h1");
    expect(firewall0).toContain("location 3 · red");
    expect(firewall0).toContain("management IP from Megaport");
    expect(firewall0).toContain("AS 65010 · router ID 169.254.100.1");
    for (const row of [
      "vNIC 0 mgmt | management | management, HA1",
      "vNIC 1 data | ethernet1/1 | VLAN 100 aws, VLAN 200 azure",
      "vNIC 2 ha1 | ethernet1/2 | HA1 backup 10.255.1.1/30",
      "vNIC 3 ha2 | ethernet1/3 | HA2 10.255.2.1/30",
      "vNIC 4 ha3 | ethernet1/4 | HA3 packet forwarding",
    ]) {
      expect(firewall0).toContain(row);
    }
    expect(texts(byId(root, "firewall-1")!).join(" | ")).toContain("location 4 · blue");
    const ha = texts(byId(root, "ha-links")!).join(" ");
    expect(ha).toContain("ethernet1/2 ↔ ethernet1/2 · guide-fw-0 HA1 · 1000 Mbps · 10.255.1.1/30 ↔ 10.255.1.2/30");
    expect(ha).toContain("ethernet1/3 ↔ ethernet1/3 · guide-fw-0 HA2 · 1000 Mbps · 10.255.2.1/30 ↔ 10.255.2.2/30");
    expect(ha).toContain("ethernet1/4 ↔ ethernet1/4 · guide-fw-0 HA3 · 10000 Mbps");
    expect(texts(byId(root, "management-1")!)).toEqual([
      "guide-fw-1 management Internet",
      "100 Mbps · IP from Megaport",
    ]);
    expect(texts(byId(root, "vxc-0-1")!)).toEqual(["guide-fw-1 aws", "ethernet1/1.100 · VLAN 100 · 1000 Mbps"]);
    expect(texts(byId(root, "a_bgp-0-1")!).join(" ")).toBe("BGP 169.254.100.5/30 → 169.254.100.6 peer AS 64512");
    expect(texts(byId(root, "a_bgp-1-0")!).join(" ")).toBe("BGP 192.168.200.1/30 → 192.168.200.2 peer AS 12076");
    expect(texts(byId(root, "cloud-1")!)).toEqual(["azure", "Azure ExpressRoute", "VLAN 200"]);
  });

  test("the JSON is the topology the SVG was drawn from", () => {
    const topology = JSON.parse(fs.readFileSync(path.join(dir, "guide.topology.json"), "utf8")) as PairTopology;
    expect(topology.pair).toBe("guide");
    expect(topology.haLinks.map((l) => [l.role, l.rateLimitMbps])).toEqual([
      ["ha1", 1000],
      ["ha2", 1000],
      ["ha3", 10000],
    ]);
    expect(topology.connections.map((c) => [c.name, c.vlan, c.peerings.map((p) => p.peerAddress)])).toEqual([
      ["aws", 100, ["169.254.100.2", "169.254.100.6"]],
      ["azure", 200, ["192.168.200.2", "192.168.200.6"]],
    ]);
  });
});

test("the picture follows the props through the model: HA3 rate, HA addresses, connections, stack prefix", () => {
  const dir = synthGuide({
    stackPrefix: "syd-",
    ha3RateLimitMbps: 5000,
    ha: { ha2Addresses: ["10.9.9.1/30", "10.9.9.2/30"], ha1BackupAddresses: false },
    connections: ["aws"],
  });
  const root = parseSvg(fs.readFileSync(path.join(dir, "syd-guide.topology.svg"), "utf8"));
  const ha = texts(byId(root, "ha-links")!).join(" ");
  expect(ha).toContain("syd-guide-fw-0 HA3 · 5000 Mbps");
  expect(ha).toContain("10.9.9.1/30 ↔ 10.9.9.2/30");
  expect(ha).not.toContain("10.255.1.1/30");
  expect(texts(byId(root, "firewall-0")!).join(" | ")).toContain("HA1 VXC (no HA1 backup address)");
  expect(byId(root, "cloud-0")).toBeDefined();
  expect(byId(root, "cloud-1")).toBeUndefined();
});

test.each([
  [undefined, ["syd.topology.dot", "syd.topology.json", "syd.topology.svg"]],
  [false, []],
])("topologyDiagram: %s writes %j", (topologyDiagram, files) => {
  const dir = outdir();
  const app = new App({ outdir: dir, stackTraces: false });
  new PaloAltoHaPair(app, "syd", pairProps({ topologyDiagram }));
  app.synth();
  expect(
    fs
      .readdirSync(dir)
      .filter((f) => f.includes("topology"))
      .sort(),
  ).toEqual(files);
  expect(fs.existsSync(path.join(dir, "manifest.json"))).toBe(true);
});

/**
 * Counts the renderers started while `use` runs: child processes (`spawnSync` of a Node program)
 * and worker threads, whichever the code uses.
 */
function countRendererStarts<T>(use: () => T): { value: T; starts: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const childProcess = require("node:child_process") as typeof import("node:child_process");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const workerThreads = require("node:worker_threads") as typeof import("node:worker_threads");
  const RealWorker = workerThreads.Worker;
  const spawns = jest.spyOn(childProcess, "spawnSync");
  const workers = jest
    .spyOn(workerThreads, "Worker")
    .mockImplementation((...args: ConstructorParameters<typeof RealWorker>) => new RealWorker(...args));
  try {
    const value = use();
    const children = spawns.mock.calls.filter(([, args]) => args?.[0] === "-e").length;
    return { value, starts: children + workers.mock.calls.length };
  } finally {
    spawns.mockRestore();
    workers.mockRestore();
  }
}

test("two pairs in one app: both drawn by one renderer (the WebAssembly loads once per process)", () => {
  const { value: dir, starts } = countRendererStarts(() => {
    const dir = outdir();
    const app = new App({ outdir: dir, stackTraces: false });
    new PaloAltoHaPair(app, "syd", pairProps({ stackPrefix: "syd-" }));
    new PaloAltoHaPair(app, "mel", pairProps({ stackPrefix: "mel-" }));
    app.synth();
    return dir;
  });
  const svgs = fs.readdirSync(dir).filter((f) => f.endsWith(".topology.svg"));
  expect(svgs.sort()).toEqual(["mel.topology.svg", "syd.topology.svg"]);
  expect(starts).toBeLessThanOrEqual(1);
  const mel = parseSvg(fs.readFileSync(path.join(dir, "mel.topology.svg"), "utf8"));
  expect(texts(byId(mel, "firewall-0")!)).toContain("MVE mel-fw-0");
});

test("the same pair synthesized again in one process starts no renderer and writes the same SVG", () => {
  const first = synthGuide();
  const { value: second, starts } = countRendererStarts(() => synthGuide());
  expect(starts).toBe(0);
  const svg = (dir: string) => fs.readFileSync(path.join(dir, "guide.topology.svg"), "utf8");
  expect(svg(second)).toBe(svg(first));
});

test("the drawing starts in cdktf's prepare pass, before any stack is synthesized (it overlaps the synth)", () => {
  const app = new App({ outdir: outdir(), stackTraces: false });
  guideExample(app, { stackPrefix: "prepared-" });
  const requests = () => sharedRenderer().stats.rendered + sharedRenderer().stats.remembered;
  const before = requests();
  app.node
    .findAll()
    .filter(TerraformStack.isStack)
    .forEach((stack) => stack.prepareStack());
  expect(requests() - before).toBe(1);
  expect(sharedRenderer().stats.workersStarted).toBeGreaterThanOrEqual(1);
});

test("building an app, or Testing.synth of its stacks, draws nothing: the drawing starts with App.synth", () => {
  const { starts } = countRendererStarts(() => {
    const app = Testing.app({ stackTraces: false });
    const pair = guideExample(app, { stackPrefix: "built-only-" });
    Testing.synth(pair.networkStack);
  });
  expect(starts).toBe(0);
});

test("a synth that fails after the drawing started: the process ends with the error, without waiting for the renderer", () => {
  const dir = outdir();
  const topologyFile = path.join(synthGuide(), "guide.topology.json");
  // If the process waited for the renderer (which never answers), it would not end before the kill.
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "fixtures", "throwing-app.ts"), dir, topologyFile],
    { encoding: "utf8", timeout: 240_000, killSignal: "SIGKILL" },
  );
  expect(run.signal).toBeNull();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("this stack is broken on purpose");
  expect(run.stderr).toContain("workers started: 1");
});

describe("a drawing failure never fails the synth", () => {
  const topology = (): PairTopology =>
    JSON.parse(fs.readFileSync(path.join(synthDir, "guide.topology.json"), "utf8")) as PairTopology;
  let synthDir: string;
  beforeAll(() => {
    synthDir = synthGuide();
  });

  function synthWith(drawing: Pick<TopologyDiagramProps, "render" | "renderer">) {
    const dir = outdir();
    fs.writeFileSync(path.join(dir, "p.topology.svg"), "<svg>stale</svg>");
    const app = new App({ outdir: dir, stackTraces: false });
    const stack = new TerraformStack(app, "network");
    new TopologyDiagram(stack, "topology", { topology: topology(), fileName: "p", ...drawing });
    expect(() => app.synth()).not.toThrow();
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
      stacks: Record<string, { annotations: { level: string; message: string }[] }>;
    };
    return { dir, annotations: manifest.stacks.network.annotations };
  }

  test.each([
    ["the renderer reports an error", () => ({ ok: false as const, reason: "syntax error in line 3" })],
    [
      "the renderer throws",
      () => {
        throw new Error("out of memory");
      },
    ],
    ["the renderer module is missing", (dot: string) => renderSvgSync(dot, { renderer: "/nonexistent/viz.cjs" })],
  ])("%s: a warning names the DOT, which is written; no stale SVG is left", (_name, render) => {
    expectWarningAndDot(synthWith({ render }));
  });

  const workerRenderers: DiagramRenderer[] = [];
  afterAll(() => workerRenderers.forEach((renderer) => renderer.close()));
  test.each([
    ["the worker's renderer fails to load", { renderer: path.join(__dirname, "fixtures", "broken-renderer.cjs") }],
    [
      "the worker never answers (timeout)",
      { renderer: path.join(__dirname, "fixtures", "hanging-renderer.cjs"), timeoutMs: 200 },
    ],
  ])("%s: a warning names the DOT, which is written; no stale SVG is left", (_name, options) => {
    const renderer = new DiagramRenderer(options);
    workerRenderers.push(renderer);
    expectWarningAndDot(synthWith({ renderer }));
  });

  function expectWarningAndDot({ dir, annotations }: ReturnType<typeof synthWith>): void {
    expect(fs.readFileSync(path.join(dir, "p.topology.dot"), "utf8")).toMatch(/^digraph/);
    expect(fs.existsSync(path.join(dir, "p.topology.json"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "p.topology.svg"))).toBe(false);
    expect(annotations).toEqual([
      expect.objectContaining({
        level: "@cdktf/warn",
        message: expect.stringMatching(
          /^topology diagram p\.topology\.svg not drawn \(.+\); its Graphviz source is in p\.topology\.dot/,
        ),
      }),
    ]);
  }

  test("the DOT alone redraws the same SVG (renderSvgSync of the written .dot equals the written .svg)", () => {
    const dot = fs.readFileSync(path.join(synthDir, "guide.topology.dot"), "utf8");
    const result = renderSvgSync(dot);
    expect(result.ok).toBe(true);
    expect(result.ok && result.svg).toBe(fs.readFileSync(path.join(synthDir, "guide.topology.svg"), "utf8"));
  });
});
