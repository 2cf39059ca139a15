import * as path from "node:path";
import { PaloAltoHaPair } from "../../lib";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, synthesize } from "../../tools/tf/stacks";
import { pairProps } from "../pattern/fixtures";
import { describeWithTerraform, expectSuccess, scratchDir } from "./support";

/**
 * The offline provider's default image list is a realistic Megaport catalogue, not an image
 * invented for any version: a valid pair with a mistyped (but well-shaped) PAN-OS version
 * fails the network stack's plan with our precondition message on each MVE, and nothing else
 * (no `Invalid index` from expressions that read the missing image). No fixture file.
 */
describeWithTerraform("a mistyped image version under real Terraform and the default image list", () => {
  const TYPO = "10.2.19-h1";
  const NO_IMAGE = `Palo Alto VM-Series image version ${TYPO} must match exactly one Megaport MVE image; check the version against the megaport_mve_images data source.`;

  let scratch: ReturnType<typeof scratchDir>;
  let terraform: OfflineTerraform;
  let network: string;

  beforeAll(async () => {
    scratch = scratchDir("image-typo");
    const outdir = path.join(scratch.dir, "cdktf.out");
    synthesize(
      (app) => new PaloAltoHaPair(app, "syd", pairProps({ image: { version: TYPO } })),
      outdir,
      path.join(scratch.dir, "state"),
    );
    network = stackLevels(outdir)[0][0].workingDirectory;
    terraform = await prepareOfflineTerraform({});
    Object.assign(terraform.env, placeholderVariables(network, terraform.env));
    expectSuccess(await terraform.run(network, ["init", "-input=false", "-no-color"]), "terraform init");
  }, 60_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  test("the plan fails with only the no-image precondition, once per MVE", async () => {
    const run = await terraform.run(network, ["plan", "-input=false", "-no-color", "-lock=false", "-json"]);
    const errors = run.stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { diagnostic?: { severity: string; summary: string; detail: string } })
      .map((m) => m.diagnostic)
      .filter((d) => d?.severity === "error")
      .map((d) => `${d?.summary}: ${d?.detail}`);
    expect(run.code).toBe(1);
    expect(errors).toEqual([`Resource precondition failed: ${NO_IMAGE}`, `Resource precondition failed: ${NO_IMAGE}`]);
  });
});
