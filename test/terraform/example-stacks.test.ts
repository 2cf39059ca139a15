import * as fs from "node:fs";
import * as path from "node:path";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { guideExample } from "./example-under-test";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir } from "./support";

/**
 * Real Terraform judges every stack of the example: init, validate, plan, apply, then a plan
 * that must report no changes, stack by stack in dependency order, with cross-stack references
 * read from the applied upstream state.
 */
describeWithTerraform("the example's stacks under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let levels: SynthesizedStack[][];
  const timings: string[] = [];

  beforeAll(async () => {
    scratch = scratchDir("example-stacks");
    terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile("offline-fixtures.json") });
    const outdir = path.join(scratch.dir, "cdktf.out");
    synthesize(guideExample, outdir, path.join(scratch.dir, "state"));
    levels = stackLevels(outdir);
  }, 60_000);

  afterAll(async () => {
    if (timings.length > 0) console.info(`offline Terraform timings (ms):\n${timings.join("\n")}`);
    await terraform?.dispose();
    scratch?.remove();
  });

  async function step(stack: SynthesizedStack, what: string, args: string[]) {
    const run = expectSuccess(
      await terraform.run(stack.workingDirectory, args),
      `terraform ${what} in stack ${stack.name}`,
    );
    timings.push(`${stack.name.padEnd(12)} ${what.padEnd(10)} ${run.ms}`);
    return run;
  }

  async function deploy(stack: SynthesizedStack) {
    await step(stack, "init", ["init", "-input=false", "-no-color"]);
    await step(stack, "validate", ["validate", "-no-color"]);
    await step(stack, "plan", ["plan", "-input=false", "-no-color", "-out=tfplan"]);
    await step(stack, "apply", ["apply", "-input=false", "-no-color", "-auto-approve"]);
    // Exit code 0 with -detailed-exitcode means "no changes"; 2 would mean a diff.
    const replan = await step(stack, "re-plan", ["plan", "-input=false", "-no-color", "-detailed-exitcode"]);
    expect(replan.stdout).toContain("No changes.");
  }

  test("every stack inits, validates, plans, applies and then plans no changes, in dependency order", async () => {
    expect(levels.map((level) => level.map((stack) => stack.name))).toEqual([
      ["network"],
      ["firewall-0", "firewall-1"],
    ]);
    for (const level of levels) await Promise.all(level.map(deploy));
  }, 180_000);

  test("cross-stack references resolve through the applied network state", async () => {
    const network = levels[0][0];
    const outputs = JSON.parse(
      expectSuccess(await terraform.run(network.workingDirectory, ["output", "-json"]), "output").stdout,
    );
    expect(outputs["management-hosts"].value).toEqual(["127.0.0.2", "127.0.0.3"]);
    for (const [index, host] of ["127.0.0.2", "127.0.0.3"].entries()) {
      const firewall = levels[1][index];
      const state = JSON.parse(
        expectSuccess(await terraform.run(firewall.workingDirectory, ["show", "-json"]), "show").stdout,
      );
      const haSettings = state.values.root_module.resources.find(
        (r: { address: string }) => r.address === "terraform_data.ha-settings",
      );
      expect(haSettings.values.input).toEqual({ host, deviceId: index });
    }
  });

  test("the local-exec provisioners ran the mve-ha shim against loopback, recording variable names only", () => {
    const lines = fs
      .readFileSync(terraform.cliLog, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { argv: string[]; cwd: string; envNames: string[]; refused?: string });
    const hosts = lines.map((line) => line.argv[line.argv.indexOf("--host") + 1]).sort();
    expect(hosts).toEqual(["127.0.0.2", "127.0.0.3"]);
    for (const line of lines) {
      expect(line.refused).toBeUndefined();
      expect(line.argv.slice(0, 1)).toEqual(["apply"]);
      expect(line.envNames).toEqual(
        expect.arrayContaining(["MVE_HA_HOST", "MVE_HA_PORT", "MVE_HA_PROTOCOL", "MVE_HA_SPEC"]),
      );
      expect(JSON.stringify(line)).not.toContain("operations");
    }
  });
});
