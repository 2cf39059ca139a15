/**
 * `npm run images`: the README's pictures, made the way users make them.
 *
 * - docs/images/guide-topology.svg: the diagram `cdktf synth` writes for the guide's example.
 * - docs/images/verify-report.png: the page `mve-ha verify --report` writes, for the example's
 *   topology and a verify run against the simulated pair (firewall 1's BFD session to Azure down,
 *   so both colours show), screenshotted in Debian's Chromium at 1400 px wide.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { guideExample } from "../examples/guide-example";
import { reportPage } from "../lib/report";
import type { PairTopology } from "../lib/topology";
import { verifyPair } from "../lib/verify";
import { cloudNeighbours } from "../test/e2e/pair-fixture";
import { chromiumPath, launchChromium, openFile } from "../test/report/browser";
import { healthyPair, pairTargets } from "../test/simulator/operational/pair-fixture";
import { ensureCliBundle } from "./bundle-cli";

const IMAGES = path.resolve(__dirname, "..", "docs", "images");
/** A fixed time, so that an unchanged picture is an unchanged file. */
const CHECKED_AT = new Date("2026-12-01T09:00:00Z");

async function main(): Promise<void> {
  fs.mkdirSync(IMAGES, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "render-images-"));
  try {
    ensureCliBundle();
    const app = new App({ outdir: work, stackTraces: false });
    guideExample(app);
    app.synth();
    fs.copyFileSync(path.join(work, "guide.topology.svg"), path.join(IMAGES, "guide-topology.svg"));
    console.log(`wrote ${path.join(IMAGES, "guide-topology.svg")}`);

    const topology = JSON.parse(fs.readFileSync(path.join(work, "guide.topology.json"), "utf8")) as PairTopology;
    const report = await verifyPair(
      pairTargets(
        healthyPair([
          { host: "203.0.113.10", routing: cloudNeighbours(0) },
          { host: "203.0.113.20", routing: cloudNeighbours(1), health: { bfdDown: ["192.168.200.6"] } },
        ]),
      ),
    );
    const html = path.join(work, "report.html");
    fs.writeFileSync(
      html,
      await reportPage(report, {
        topology,
        topologySource: "cdktf.out/guide.topology.json",
        generatedAt: CHECKED_AT,
      }),
    );
    const chromium = chromiumPath();
    if (!chromium) throw new Error("Debian's chromium is needed for the report picture: apt-get install chromium");
    const browser = await launchChromium(chromium);
    try {
      const { page, requested } = await openFile(
        () => browser.newPage({ viewport: { width: 1400, height: 900 } }),
        html,
      );
      if (requested.length > 0) throw new Error(`the report asked for ${requested.join(", ")}`);
      const png = path.join(IMAGES, "verify-report.png");
      await page.screenshot({ path: png, fullPage: true });
      console.log(`wrote ${png}`);
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
