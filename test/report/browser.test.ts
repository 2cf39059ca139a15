/**
 * The report as a person sees it, in Debian's Chromium (installed by .ci/run): the page written by
 * the bundled `mve-ha verify --report` against two simulated firewalls is loaded from disk; the
 * rendered text and the colours of the diagram's elements follow the checks; it fetches nothing;
 * a screenshot is saved in the test's temporary directory. And a 12-connection diagram, as the
 * browser lays out its text, has no two texts overlapping.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { topologyDot, renderSvg, STATUS_COLOURS } from "../../lib/topology";
import type { Simulator } from "../simulator";
import { chromiumPath, launchChromium, openFile } from "./browser";
import { manyConnectionsTopology, simulatedTopology, startSimulatedPair } from "./fixtures";

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = chromiumPath();
if (!CHROMIUM) {
  // Loud on purpose: this is the only reason these tests skip.
  console.warn(
    "\n*** BROWSER TESTS SKIPPED: Debian's chromium is not installed (/usr/bin/chromium). " +
      ".ci/run installs it (apt-get install chromium); set CHROMIUM_PATH to use another. ***\n",
  );
}
const describeWithChromium = CHROMIUM ? describe : describe.skip;

/** The page's window, as far as these tests use it (this project compiles without the DOM types). */
type PageWindow = { getComputedStyle(e: unknown): { fill: string; backgroundColor: string } };

/** `rgb(r, g, b)` of a `#rrggbb` colour, as the browser reports computed colours. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Runs the bundled CLI (bin/mve-ha.js) without blocking the simulators on this event loop. */
function bundledMveHa(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "bin", "mve-ha.js"), ...args],
      { env: { PATH: process.env.PATH ?? "", ...env, MVE_HA_LOOPBACK_ONLY: "1" }, encoding: "utf8" },
      (error, _stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stderr });
      },
    );
  });
}

describeWithChromium("in Chromium", () => {
  let dir: string;
  let browser: Browser;
  let sims: Simulator[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-browser-"));
    browser = await launchChromium(CHROMIUM as string);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(sims.map((s) => s.stop()));
    console.log(`browser test screenshots: ${dir}`);
  });

  test("the report page: text, element colours, nothing fetched; screenshot saved", async () => {
    sims = await startSimulatedPair();
    const [a, b] = sims;
    b.setHealth({ bgpPeersDown: ["169.254.201.1"] });
    const topology = path.join(dir, "sim.topology.json");
    fs.writeFileSync(topology, JSON.stringify(simulatedTopology(["127.0.0.2", "127.0.0.3"])));
    const file = path.join(dir, "report.html");
    const hosts = ["--host", "127.0.0.2", "--host", "127.0.0.3", "--port", String(a.port), "--ca-file", a.caFile ?? ""];
    const run = await bundledMveHa(["verify", ...hosts, "--report", file, "--topology", topology], {
      PANOS_USERNAME: a.username,
      PANOS_PASSWORD: a.password,
    });
    expect([run.code, run.stderr]).toEqual([1, expect.stringContaining(`report written to ${file}`)]);

    const { page, requested } = await openFile(() => browser.newPage({ viewport: { width: 1400, height: 900 } }), file);
    expect(await page.title()).toBe("mve-ha verify: NOT OK");
    const body = await page.innerText("body");
    for (const shown of [
      "mve-ha verify: NOT OK",
      "HA links",
      "BGP 169.254.101.2/30 → 169.254.101.1",
      "HA device ID 1",
      "bgp.peers",
      "azure (169.254.201.1",
    ]) {
      expect(body).toContain(shown);
    }
    // Runs in the page (serialized): the page's own getComputedStyle.
    const style = (selector: string) =>
      page.$eval(selector, (element) => {
        const { fill, backgroundColor } = (globalThis as unknown as PageWindow).getComputedStyle(element);
        return { fill, backgroundColor };
      });
    const fill = async (selector: string) => (await style(selector)).fill;
    const background = async (selector: string) => (await style(selector)).backgroundColor;
    expect(await background("#verdict")).toBe(rgb(STATUS_COLOURS.fail.fill));
    expect(await fill("#a_bgp-1-1 polygon")).toBe(rgb(STATUS_COLOURS.fail.fill));
    expect(await fill("#a_firewall-1-status polygon")).toBe(rgb(STATUS_COLOURS.fail.fill));
    expect(await fill("#a_bgp-0-0 polygon")).toBe(rgb(STATUS_COLOURS.pass.fill));
    expect(await fill("#a_ha-ha3 polygon")).toBe(rgb(STATUS_COLOURS.pass.fill));
    expect(await fill("#a_firewall-0-status polygon")).toBe(rgb(STATUS_COLOURS.pass.fill));
    expect(await background('#checks-1 tr[data-check="bgp.peers"] td.status')).toBe(rgb(STATUS_COLOURS.fail.fill));
    expect(await background('#checks-0 tr[data-check="bgp.peers"] td.status')).toBe(rgb(STATUS_COLOURS.pass.fill));
    // The diagram is drawn: it has a size on the page.
    const box = await page.$eval("#topology svg", (svg) => svg.getBoundingClientRect().width);
    expect(box).toBeGreaterThan(400);
    expect(requested).toEqual([]);
    const screenshot = path.join(dir, "report.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(fs.readFileSync(screenshot).subarray(1, 4).toString()).toBe("PNG");
    await page.close();
  }, 120_000);

  test("12 connections: no two texts overlap as Chromium lays them out", async () => {
    const rendered = await renderSvg(topologyDot(manyConnectionsTopology(12)));
    if (!rendered.ok) throw new Error(rendered.reason);
    const file = path.join(dir, "twelve.svg");
    fs.writeFileSync(file, rendered.svg);
    const { page, requested } = await openFile(() => browser.newPage(), file);
    const boxes = await page.$$eval("text", (texts) =>
      texts.map((t) => {
        const b = (t as unknown as { getBBox(): { x: number; y: number; width: number; height: number } }).getBBox();
        return { text: t.textContent ?? "", x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      }),
    );
    expect(boxes.filter((b) => b.text.startsWith("BGP 10.20."))).toHaveLength(24);
    // A fraction of a unit is font rounding between Graphviz's estimate and the font drawn.
    const SLACK = 0.5;
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 - SLACK && b.x0 < a.x1 - SLACK && a.y0 < b.y1 - SLACK && b.y0 < a.y1 - SLACK)
        .map((b) => `"${a.text}" overlaps "${b.text}"`),
    );
    expect(clashes).toEqual([]);
    expect(requested).toEqual([]);
    // The visible part only: a full-page shot of a diagram this tall outlasts the machine's patience.
    await page.screenshot({ path: path.join(dir, "twelve.png"), timeout: 60_000 });
    await page.close();
  }, 120_000);
});
