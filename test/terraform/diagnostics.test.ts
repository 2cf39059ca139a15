import { App, DataResource, LocalBackend, Op, TerraformStack } from "cdktf";
import * as fs from "node:fs";
import * as path from "node:path";
import { DataMegaportLocation } from "../../.gen/providers/megaport/data-megaport-location";
import { Mve } from "../../.gen/providers/megaport/mve";
import { MegaportProvider } from "../../.gen/providers/megaport/provider";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { describeWithTerraform, expectSuccess, fixtureFile, recordedCliRuns, scratchDir } from "./support";

/**
 * What real Terraform rejects, it must reject offline too, with its own diagnostics: schema
 * violations at validate, a precondition fed by a fixture value at plan (and the same stack
 * passing with another fixture), a provisioner aimed off loopback at apply. Also write-only
 * secrets through a real apply, and the AutoMTLS transport.
 */
describeWithTerraform("Terraform's own diagnostics through the offline providers", () => {
  const SAME_METRO = "The two sites must be in the same metro.";
  let scratch: ReturnType<typeof scratchDir>;
  let terraform: OfflineTerraform;
  let caseNumber = 0;

  beforeAll(async () => {
    scratch = scratchDir("tf-diagnostics");
    terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile("offline-fixtures.json") });
  }, 60_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  /** Synthesizes one stack built by `build` into a fresh directory and runs `terraform init` there. */
  async function stack(build: (stack: TerraformStack) => void, runner = terraform): Promise<string> {
    const outdir = path.join(scratch.dir, `case-${++caseNumber}`);
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "case");
    new LocalBackend(stack, { path: path.join(outdir, "case.tfstate") });
    new MegaportProvider(stack, "megaport", { environment: "staging" });
    build(stack);
    app.synth();
    const dir = path.join(outdir, "stacks", "case");
    expectSuccess(await runner.run(dir, ["init", "-input=false", "-no-color"]), "terraform init");
    return dir;
  }

  function mve(scope: TerraformStack, extra: Partial<ConstructorParameters<typeof Mve>[2]> = {}): Mve {
    return new Mve(scope, "mve", {
      productName: "fw-0",
      locationId: 1,
      contractTermMonths: 1,
      vendorConfig: { vendor: "palo_alto", productSize: "MEDIUM", imageId: 101 },
      ...extra,
    });
  }

  async function failingValidate(dir: string): Promise<string> {
    const run = await terraform.run(dir, ["validate", "-no-color"]);
    expect(run.code).toBe(1);
    // Terraform wraps long lines; compare the text, not the layout.
    return `${run.stderr}${run.stdout}`.replace(/\s+/g, " ");
  }

  test("an unknown attribute fails validate with Terraform's diagnostic", async () => {
    const dir = await stack((s) => mve(s).addOverride("bogus_attribute", 1));
    const output = await failingValidate(dir);
    expect(output).toContain("Extraneous JSON object property");
    expect(output).toContain('No argument or block type is named "bogus_attribute".');
  });

  test("a wrong type fails validate with Terraform's diagnostic", async () => {
    const dir = await stack((s) => mve(s).addOverride("contract_term_months", "twelve"));
    const output = await failingValidate(dir);
    expect(output).toContain("Incorrect attribute value type");
    expect(output).toContain('Inappropriate value for attribute "contract_term_months": a number is required.');
  });

  test("a missing required attribute fails validate with Terraform's diagnostic", async () => {
    const dir = await stack((s) => mve(s).addOverride("product_name", undefined));
    const output = await failingValidate(dir);
    expect(output).toContain("Missing required argument");
    expect(output).toContain('The argument "product_name" is required, but no definition was found.');
  });

  function sameMetroStack(s: TerraformStack): void {
    const [a, b] = [1, 2].map((id) => new DataMegaportLocation(s, `site-${id}`, { id }));
    mve(s, { lifecycle: { precondition: [{ condition: Op.eq(a.metro, b.metro), errorMessage: SAME_METRO }] } });
  }

  test("a precondition fed by a fixture value fails plan with its message", async () => {
    const mismatched = await prepareOfflineTerraform({ fixturesFile: fixtureFile("metro-mismatch.json") });
    try {
      const dir = await stack(sameMetroStack, mismatched);
      const run = await mismatched.run(dir, ["plan", "-input=false", "-no-color"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Resource precondition failed");
      expect(run.stderr).toContain(SAME_METRO);
    } finally {
      await mismatched.dispose();
    }
  });

  test("the same precondition passes plan when the fixture puts both sites in one metro", async () => {
    const dir = await stack(sameMetroStack);
    const run = expectSuccess(await terraform.run(dir, ["plan", "-input=false", "-no-color"]), "terraform plan");
    expect(run.stdout).toContain("Plan: 1 to add");
  });

  test("a provisioner aimed at a non-loopback host is refused by the mve-ha shim and fails apply", async () => {
    const dir = await stack((s) => {
      new DataResource(s, "prepare", {
        input: { probe: "refused" },
        provisioners: [
          { type: "local-exec", command: "mve-ha wait-ready --host 192.0.2.10 --port 443 --insecure --timeout 5" },
        ],
      });
    });
    const run = await terraform.run(dir, ["apply", "-input=false", "-no-color", "-auto-approve"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('REFUSED: --host "192.0.2.10" is outside 127.0.0.0/8');
    const logged = recordedCliRuns(terraform.cliLog);
    expect(logged).toContainEqual(expect.objectContaining({ refused: '--host "192.0.2.10" is outside 127.0.0.0/8' }));
  });

  test("a write-only secret reaches apply but never the state, and the re-plan is clean", async () => {
    const secret = "offline-admin-Password-0";
    const dir = await stack((s) => {
      mve(s, { vendorConfig: { vendor: "palo_alto", productSize: "MEDIUM", imageId: 101, adminPassword: secret } });
    });
    expectSuccess(await terraform.run(dir, ["apply", "-input=false", "-no-color", "-auto-approve"]), "terraform apply");
    const state = fs.readFileSync(path.join(dir, "..", "..", "case.tfstate"), "utf8");
    expect(state).not.toContain(secret);
    expect(JSON.parse(state).resources[0].instances[0].attributes.vendor_config.admin_password).toBeNull();
    const replan = await terraform.run(dir, ["plan", "-input=false", "-no-color", "-detailed-exitcode"]);
    expect(replan.code).toBe(0);
  });

  test("Terraform's AutoMTLS handshake works too (TF_DISABLE_PLUGIN_TLS unset)", async () => {
    const withTls = await prepareOfflineTerraform({ pluginTls: true });
    try {
      expect(withTls.env.TF_DISABLE_PLUGIN_TLS).toBeUndefined();
      const dir = await stack((s) => mve(s), withTls);
      // run() uses env as it is at call time: the debug log shows how each provider process served.
      withTls.env.TF_LOG = "debug";
      const run = expectSuccess(await withTls.run(dir, ["plan", "-input=false", "-no-color"]), "terraform plan (mTLS)");
      expect(run.stdout).toContain("Plan: 1 to add");
      expect(run.stderr).toContain("configuring client automatic mTLS");
      expect(run.stderr).toMatch(/\[offline-provider\] megaport\.json ready in \d+ ms \(mTLS\)/);
      expect(run.stderr).not.toContain("(plaintext)");
    } finally {
      await withTls.dispose();
    }
  });
});
