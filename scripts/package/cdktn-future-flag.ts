/**
 * Run inside the CDK Terrain copy by scripts/cdktn-test.ts: CDK Terrain's future flag
 * `failOnConstructsOutsideOfStacks` (which `cdktn init` writes into a new project's cdktf.json
 * and `Testing.app()` turns on) refuses PaloAltoHaPair, a construct scoped to the App that holds
 * the pair's three stacks. Prints what synth says with the flag on, and proves it synthesizes
 * with the flag off (cdktf 0.21's behaviour, and CDK Terrain's default).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { guideExample } from "../../examples/guide-example";

function synth(flag: boolean): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "cdktn-flag-"));
  try {
    const app = new App({ outdir, context: { failOnConstructsOutsideOfStacks: flag } });
    guideExample(app);
    app.synth();
    return "synthesized";
  } catch (error) {
    return `failed: ${(error as Error).message.split("\n").join(" ")}`;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const on = synth(true);
const off = synth(false);
console.log(`failOnConstructsOutsideOfStacks=true: ${on}`);
console.log(`failOnConstructsOutsideOfStacks=false: ${off}`);
process.exitCode = off === "synthesized" && /outside of a TerraformStack/.test(on) ? 0 : 1;
