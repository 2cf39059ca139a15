import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { stackLevels, synthesize } from "../../tools/tf/stacks";
import { providerStarts } from "./provider-processes";
import { describeWithTerraform, scratchDir } from "./support";

const ROOT = path.resolve(__dirname, "../..");

/** Runs `npm run tf -- <args>` the way a user does (tsx tools/tf/cli.ts). */
function tf(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "tools/tf/cli.ts"), ...args],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describeWithTerraform("npm run tf", () => {
  let scratch: ReturnType<typeof scratchDir>;
  let network: string;

  beforeAll(() => {
    scratch = scratchDir("tf-command");
    const outdir = path.join(scratch.dir, "cdktf.out");
    synthesize(guideExample, outdir, path.join(scratch.dir, "state"));
    network = stackLevels(outdir)[0][0].workingDirectory;
  }, 60_000);

  afterAll(() => scratch?.remove());

  test("plans a synthesized stack offline and leaves nothing offline in the stack directory", async () => {
    const run = await tf([`-chdir=${network}`, "plan", "-no-color"]);
    expect(run.code).toBe(0);
    // 11 products, 2 device preparations, 2 MVE replacement records, the destroy guard.
    expect(run.stdout).toContain("Plan: 16 to add, 0 to change, 0 to destroy.");
    expect(run.stderr).toContain("offline placeholder values for variables admin_password_hash");
    expect(fs.readdirSync(network).sort()).toEqual(["assets", "cdk.tf.json"]);
  }, 60_000);

  test("starts the stack's provider once for the plan (Terraform attaches to it)", async () => {
    const log = path.join(scratch.dir, "plan.log");
    const run = await tf([`-chdir=${network}`, "plan", "-no-color"], { TF_LOG: "debug", TF_LOG_PATH: log });
    expect(run.code).toBe(0);
    // The network stack needs only the megaport provider.
    expect(providerStarts(log)).toEqual({ megaport: 1 });
  }, 60_000);

  test("keeps a lock file the user already had, byte for byte", async () => {
    const lock = path.join(network, ".terraform.lock.hcl");
    fs.writeFileSync(lock, "# the user's own lock file\n");
    try {
      const run = await tf([`-chdir=${network}`, "validate", "-no-color"]);
      expect(run.code).toBe(0);
      expect(fs.readFileSync(lock, "utf8")).toBe("# the user's own lock file\n");
      expect(fs.existsSync(path.join(network, ".terraform"))).toBe(false);
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }, 60_000);
});
