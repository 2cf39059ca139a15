import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, synthesize } from "../../tools/tf/stacks";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir } from "./support";

/**
 * The facts only Megaport knows fail the example's network stack at plan, before anything is
 * ordered, with our precondition messages: real Terraform plans it against fixtures that put the
 * two sites in two metros, and that answer the image lookup with a non-Palo-Alto image; with the
 * example's own fixture the same stack plans. One synthesis, one init, three plans.
 */
describeWithTerraform("the example's plan-time preconditions under real Terraform", () => {
  const SAME_METRO =
    "The two firewalls must be in one metro (Palo Alto HA needs them within 20 ms of each other); choose two locations of the same metro.";
  const NOT_PALO_ALTO =
    "Palo Alto VM-Series image version 10.2.9-h1 is not a Palo Alto Networks image; choose a Palo Alto VM-Series image.";
  const NOT_VM_SERIES =
    "Palo Alto VM-Series image version 10.2.9-h1 is not a VM-Series image; choose a Palo Alto VM-Series image.";

  let scratch: ReturnType<typeof scratchDir>;
  let network: string;
  const harness: Record<"guide" | "twoMetros" | "foreignImage", OfflineTerraform> = {} as never;

  beforeAll(async () => {
    scratch = scratchDir("example-preconditions");
    const outdir = path.join(scratch.dir, "cdktf.out");
    synthesize(guideExample, outdir, path.join(scratch.dir, "state"));
    const [[stack]] = stackLevels(outdir);
    expect(stack.name).toBe("network");
    network = stack.workingDirectory;
    const fixtures = {
      guide: "guide-example.json",
      twoMetros: "example-two-metros.json",
      foreignImage: "example-foreign-image.json",
    } as const;
    for (const [key, file] of Object.entries(fixtures) as [keyof typeof fixtures, string][]) {
      harness[key] = await prepareOfflineTerraform({ fixturesFile: fixtureFile(file) });
      Object.assign(harness[key].env, placeholderVariables(network, harness[key].env));
    }
    expectSuccess(await harness.guide.run(network, ["init", "-input=false", "-no-color"]), "terraform init");
  }, 60_000);

  afterAll(async () => {
    for (const terraform of Object.values(harness)) await terraform?.dispose();
    scratch?.remove();
  });

  interface Diagnostic {
    readonly severity: string;
    readonly summary: string;
    readonly detail: string;
    /** `context` names the block, e.g. `resource.megaport_vxc.<id>.lifecycle.precondition[0]`. */
    readonly snippet?: { context?: string; values?: { traversal: string; statement: string }[] };
  }

  /** Plans the network stack with one harness's fixtures: exit code, error diagnostics, change summary. */
  async function plan(terraform: OfflineTerraform) {
    const run = await terraform.run(network, ["plan", "-input=false", "-no-color", "-lock=false", "-json"]);
    const messages = run.stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { type: string; diagnostic?: Diagnostic; changes?: Record<string, number> });
    const errors = messages
      .map((m) => m.diagnostic)
      .filter((d): d is Diagnostic => d?.severity === "error")
      .map((d) => ({ summary: d.summary, detail: d.detail, where: d.snippet?.context, values: d.snippet?.values }));
    const summary = messages.find((m) => m.type === "change_summary")?.changes;
    return { code: run.code, errors, summary };
  }

  test("with the example's fixture, the network stack plans", async () => {
    const result = await plan(harness.guide);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    // 11 products, 2 device preparations, each MVE's replacement record (replacement-guard.ts) and the destroy guard.
    expect(result.summary).toMatchObject({ add: 16, change: 0, remove: 0 });
  });

  test("with the sites in two metros, the plan fails on the HA1 link with the same-metro message", async () => {
    const result = await plan(harness.twoMetros);
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      {
        summary: "Resource precondition failed",
        detail: SAME_METRO,
        where: expect.stringMatching(/^resource\.megaport_vxc\.ha1_vxc_\w+\.lifecycle\.precondition\[0\]$/),
        values: [
          {
            traversal: expect.stringMatching(/^data\.megaport_location\.mve-0_location_\w+\.metro$/),
            statement: 'is "Sydney"',
          },
          {
            traversal: expect.stringMatching(/^data\.megaport_location\.mve-1_location_\w+\.metro$/),
            statement: 'is "Melbourne"',
          },
        ],
      },
    ]);
  });

  test("with a non-Palo-Alto image, the plan fails on both MVEs with the image messages", async () => {
    const result = await plan(harness.foreignImage);
    expect(result.code).toBe(1);
    const failures = result.errors.map((e) => `${e.summary}: ${e.where?.replace(/_mve_\w+\./, ".")}: ${e.detail}`);
    expect(failures.sort()).toEqual([
      `Resource precondition failed: resource.megaport_mve.mve-0.lifecycle.precondition[1]: ${NOT_PALO_ALTO}`,
      `Resource precondition failed: resource.megaport_mve.mve-0.lifecycle.precondition[2]: ${NOT_VM_SERIES}`,
      `Resource precondition failed: resource.megaport_mve.mve-1.lifecycle.precondition[1]: ${NOT_PALO_ALTO}`,
      `Resource precondition failed: resource.megaport_mve.mve-1.lifecycle.precondition[2]: ${NOT_VM_SERIES}`,
    ]);
  });

  test("secrets given as variables are checked at plan: an ed25519 key and a non-sha256-crypt hash fail", async () => {
    const terraform = harness.guide;
    const saved = { key: terraform.env.TF_VAR_ssh_public_key, hash: terraform.env.TF_VAR_admin_password_hash };
    const secret = "$1$md5salt$not-a-sha256-crypt-hash";
    Object.assign(terraform.env, {
      TF_VAR_ssh_public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGRldmVsb3BlciBrZXkgZm9yIHRlc3Rz user@example",
      TF_VAR_admin_password_hash: secret,
    });
    try {
      const result = await plan(terraform);
      expect(result.code).toBe(1);
      // Both MVEs check both; preconditions print "(sensitive value)", never the value.
      const failures = result.errors.map((e) => `${e.summary}: ${e.where?.replace(/_mve_\w+\..*/, "")}: ${e.detail}`);
      expect(failures.sort()).toEqual(
        ["mve-0", "mve-1"].flatMap((mve) => [
          `Resource precondition failed: resource.megaport_mve.${mve}: The SSH public key must be one OpenSSH RSA line (ssh-rsa, then the base64 key); Megaport accepts only 2048-bit RSA keys (ssh-keygen -t rsa -b 2048).`,
          `Resource precondition failed: resource.megaport_mve.${mve}: The admin password hash must be a sha256-crypt hash, as printed by mkpasswd -m sha-256.`,
        ]),
      );
      expect(JSON.stringify(result.errors)).not.toContain(secret);
      expect(JSON.stringify(result.errors)).not.toContain("md5salt");
    } finally {
      Object.assign(terraform.env, { TF_VAR_ssh_public_key: saved.key, TF_VAR_admin_password_hash: saved.hash });
    }
  });
});
