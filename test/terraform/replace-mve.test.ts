import * as path from "node:path";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { provider as megaportProvider } from "../../.gen/providers/megaport";
import { PaloAltoHaPair, PaloAltoMve, type PaloAltoHaPairProps, type PaloAltoMveProps } from "../../lib";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, synthesize } from "../../tools/tf/stacks";
import { sshRsaKey } from "../helpers/ssh-keys";
import { pairProps } from "../pattern/fixtures";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir } from "./support";

interface Diagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail: string;
  readonly address?: string;
}

/** The diagnostics of a `terraform plan -json`, in the order Terraform printed them. */
function diagnosticsOf(stdout: string): Diagnostic[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { diagnostic?: Diagnostic & { address?: string } })
    .flatMap((message) => (message.diagnostic ? [message.diagnostic] : []));
}

const GENERIC = "Instance cannot be destroyed";

/**
 * A change that the real megaport provider answers with a replacement of an MVE, judged by real
 * Terraform and the offline providers (which now know the providers' RequiresReplace facts): the
 * pair's network stack is applied, re-synthesized with one prop changed, and planned again.
 */
describeWithTerraform("an MVE replacement under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let synths = 0;

  /** Synthesizes the pair's network stack (state shared across synths) and inits it. */
  async function network(overrides: Partial<PaloAltoHaPairProps>): Promise<string> {
    const outdir = path.join(scratch.dir, `synth-${synths++}`);
    synthesize(
      (app) => new PaloAltoHaPair(app, "syd", pairProps({ cli: "mve-ha", ...overrides })),
      outdir,
      path.join(scratch.dir, "state"),
    );
    const dir = stackLevels(outdir)[0][0].workingDirectory;
    Object.assign(terraform.env, placeholderVariables(dir, terraform.env));
    expectSuccess(await terraform.run(dir, ["init", "-input=false", "-no-color"]), "terraform init");
    return dir;
  }

  async function plan(dir: string, json: boolean) {
    return terraform.run(dir, ["plan", "-input=false", "-no-color", "-lock=false", ...(json ? ["-json"] : [])]);
  }

  beforeAll(async () => {
    scratch = scratchDir("replace-mve");
    terraform = await prepareOfflineTerraform({
      fixturesFile: fixtureFile("guide-example.json"),
      cli: { kind: "record" },
    });
    const first = await network({});
    expectSuccess(await terraform.run(first, ["apply", "-input=false", "-no-color", "-auto-approve"]), "apply");
    const again = await plan(first, false);
    expect(again.stdout).toContain("No changes.");
  }, 180_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  test.each([
    ["size", { size: "X_LARGE_16" }, /size changes from "LARGE" to "X_LARGE_16".*vendor_config \(product_size\)/s, 2],
    ["image", { image: { version: "11.1.4" } }, /image changes from 57 to 60.*vendor_config \(image_id\)/s, 2],
    [
      "location",
      { sites: [{ location: { id: 4 } }, { location: { id: 3 } }] },
      /location changes from 3 to 4.*location_id/s,
      2,
    ],
  ] as const)(
    "with preventDestroy on, a %s change stops the plan with our message first, naming the MVE and its VXCs",
    async (_what, overrides, change, count) => {
      const run = await plan(await network(overrides as Partial<PaloAltoHaPairProps>), true);
      expect(run.code).toBe(1);
      const errors = diagnosticsOf(run.stdout).filter((d) => d.severity === "error");
      expect(errors.length).toBeGreaterThanOrEqual(count);
      expect(errors[0].summary).toBe("Resource precondition failed");
      const ours = errors.filter((d) => d.summary === "Resource precondition failed");
      expect(ours).toHaveLength(count);
      const mve0 = ours.find((d) => d.detail.includes("MVE syd-fw-0 (syd/network/mve-0)"))!;
      expect(mve0.detail).toMatch(change);
      // What it costs: the HA links and the management Internet VXC go with the MVE.
      for (const vxc of ["syd/network/ha1", "syd/network/ha2", "syd/network/ha3", "syd/network/management-0"])
        expect(mve0.detail).toContain(vxc);
      expect(mve0.detail).toContain("preventDestroy: false");
      // Terraform's generic refusal never comes before ours (the precondition stops the MVE's plan).
      expect(errors.findIndex((d) => d.summary === GENERIC)).not.toBe(0);
    },
    120_000,
  );

  test("with preventDestroy off, a size change plans the MVEs' replacement", async () => {
    const run = expectSuccess(await plan(await network({ size: "X_LARGE_16", preventDestroy: false }), false), "plan");
    for (const i of [0, 1]) expect(run.stdout).toMatch(new RegExp(`megaport_mve\\.mve-${i}_mve_\\w+ must be replaced`));
    expect(run.stdout).toMatch(/~ product_size += "LARGE" -> "X_LARGE_16"/);
    expect(run.stdout).toContain("# forces replacement");
  }, 120_000);

  test("an unchanged configuration still plans no changes (the record and the checks are quiet)", async () => {
    const run = expectSuccess(await plan(await network({}), false), "plan");
    expect(run.stdout).toContain("No changes.");
  }, 120_000);
});

/** A lone PaloAltoMve: a vNIC description is no pair prop, but it replaces the MVE too. */
describeWithTerraform("a vNIC description change under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let synths = 0;

  async function stack(overrides: Partial<PaloAltoMveProps>): Promise<string> {
    const outdir = path.join(scratch.dir, `synth-${synths++}`);
    const state = path.join(scratch.dir, "terraform.mve.tfstate");
    const app = new App({ outdir });
    const s = new TerraformStack(app, "mve");
    new LocalBackend(s, { path: state });
    new megaportProvider.MegaportProvider(s, "megaport", {});
    new PaloAltoMve(s, "fw", {
      productName: "fw-0",
      location: { id: 3 },
      size: "MEDIUM",
      image: { id: 57 },
      sshPublicKey: sshRsaKey(),
      adminPasswordHash: `$5$salt$${"a".repeat(43)}`,
      ...overrides,
    });
    app.synth();
    const dir = stackLevels(outdir)[0][0].workingDirectory;
    expectSuccess(await terraform.run(dir, ["init", "-input=false", "-no-color"]), "terraform init");
    return dir;
  }

  beforeAll(async () => {
    scratch = scratchDir("replace-vnic");
    terraform = await prepareOfflineTerraform({});
    const first = await stack({});
    expectSuccess(await terraform.run(first, ["apply", "-input=false", "-no-color", "-auto-approve"]), "apply");
  }, 120_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  test("with preventDestroy on, the plan stops with our message naming vnicDescriptions", async () => {
    const run = await terraform.run(await stack({ vnicDescriptions: { ha1: "HA1 to fw-1" } }), [
      "plan",
      "-input=false",
      "-no-color",
      "-lock=false",
      "-json",
    ]);
    expect(run.code).toBe(1);
    const errors = diagnosticsOf(run.stdout).filter((d) => d.severity === "error");
    expect(errors[0].summary).toBe("Resource precondition failed");
    expect(errors[0].detail).toContain("MVE fw-0 (mve/fw) would be REPLACED: vnicDescriptions changes from");
    expect(errors[0].detail).toContain("HA1 to fw-1");
  }, 120_000);

  test("with preventDestroy off, the plan replaces the MVE because of vnics", async () => {
    const run = expectSuccess(
      await terraform.run(await stack({ vnicDescriptions: { ha1: "HA1 to fw-1" }, preventDestroy: false }), [
        "plan",
        "-input=false",
        "-no-color",
        "-lock=false",
      ]),
      "plan",
    );
    expect(run.stdout).toMatch(/megaport_mve\.fw_mve_\w+ must be replaced/);
    expect(run.stdout).toMatch(/~ vnics += \[ # forces replacement/);
  }, 120_000);
});
