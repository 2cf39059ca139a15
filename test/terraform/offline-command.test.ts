/**
 * The packaged `mve-ha-offline` command (dist/bundle/mve-ha-offline.cjs, run with plain node, no
 * tsx and no repository on the way) on an app directory outside the repository, with relative
 * `-chdir` and `--fixture` paths, as a user runs it in CI. Bad input fails with a message naming
 * the problem; state is written only where the stack's backend says.
 */
import { App } from "cdktf";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { GUIDE, guideExample } from "../../examples/guide-example";
import { ensureOfflineBundle } from "../../scripts/bundle-offline";
import { describeWithTerraform, scratchDir } from "./support";

const REPO = path.resolve(__dirname, "../..");
let bundle: string;

/** Runs the bundled command from `cwd` with `args`, plain node, the environment plus `env`. */
function offline(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bundle, ...args],
      { cwd, encoding: "utf8", env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file below `dir`, relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();
}

describeWithTerraform("the packaged mve-ha-offline command on an app outside the repository", () => {
  let scratch: ReturnType<typeof scratchDir>;
  /** The user's app directory: cdktf.out below it, the default (relative) backend's state beside it. */
  let app: string;
  let synthesized: string[];

  beforeAll(() => {
    bundle = ensureOfflineBundle().file;
    scratch = scratchDir("offline-command");
    app = path.join(scratch.dir, "app");
    fs.mkdirSync(app);
    expect(path.relative(REPO, app).startsWith("..")).toBe(true);
    // `mve-ha` on PATH in the stacks: the command's shim records the provisioners' calls.
    const cdktfApp = new App({ outdir: path.join(app, "cdktf.out") });
    guideExample(cdktfApp, { cli: "mve-ha" });
    cdktfApp.synth();
    synthesized = filesBelow(app);
  }, 60_000);

  afterAll(() => scratch?.remove());

  test("validates and plans the network stack with a relative -chdir, leaving nothing behind", async () => {
    const validate = await offline(app, ["--", "-chdir=cdktf.out/stacks/network", "validate", "-no-color"]);
    expect(validate.stderr).not.toContain("Error");
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain("The configuration is valid.");
    const plan = await offline(app, ["--", "-chdir=cdktf.out/stacks/network", "plan", "-no-color"]);
    expect(plan.code).toBe(0);
    // 11 products, 2 device preparations, 2 MVE replacement records, the destroy guard.
    expect(plan.stdout).toContain("Plan: 16 to add, 0 to change, 0 to destroy.");
    expect(plan.stderr).toContain("mve-ha-offline: offline placeholder values for variables admin_password_hash");
    expect(filesBelow(app)).toEqual(synthesized);
  }, 120_000);

  test("--fixture FILE, relative to the caller, gives the values Megaport would return", async () => {
    fs.writeFileSync(
      path.join(app, "two-metros.json"),
      JSON.stringify({
        "data.megaport_location": [
          { when: { id: GUIDE.locationIds[0] }, set: { metro: "Sydney" } },
          { set: { metro: "Melbourne" } },
        ],
      }),
    );
    try {
      const plan = await offline(app, [
        "--fixture",
        "two-metros.json",
        "--",
        "-chdir=cdktf.out/stacks/network",
        "plan",
        "-no-color",
      ]);
      expect(plan.code).toBe(1);
      expect(plan.stderr).toContain("The two firewalls must be in one metro");
    } finally {
      fs.rmSync(path.join(app, "two-metros.json"));
    }
  }, 120_000);

  test("a missing fixture file is named, and Terraform never starts", async () => {
    const run = await offline(app, ["--fixture", "nope.json", "--", "-chdir=cdktf.out/stacks/network", "plan"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mve-ha-offline: fixture file nope.json does not exist (looked for ${path.join(app, "nope.json")})\n`,
    );
  });

  test("an unknown stack directory is named, with the stacks that exist beside it", async () => {
    const run = await offline(app, ["--", "-chdir=cdktf.out/stacks/netwrk", "plan"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mve-ha-offline: stack directory cdktf.out/stacks/netwrk does not exist (stacks there: firewall-0, firewall-1, network)\n",
    );
  });

  test("a stack that needs a provider the check does not simulate is refused before init", async () => {
    const stack = path.join(scratch.dir, "foreign");
    fs.cpSync(path.join(app, "cdktf.out", "stacks", "network"), stack, { recursive: true });
    const file = path.join(stack, "cdk.tf.json");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    json.terraform.required_providers.aws = { source: "hashicorp/aws", version: "~> 5.0" };
    json.resource.null_resource = { x: {} };
    fs.writeFileSync(file, JSON.stringify(json));
    const run = await offline(scratch.dir, ["--", "-chdir=foreign", "plan"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "mve-ha-offline: foreign: it requires provider registry.terraform.io/hashicorp/aws, which the offline check does not simulate (it simulates megaport/megaport 1.13.1 and paloaltonetworks/panos 2.0.12 only)",
    );
    expect(run.stderr).toContain(
      "its resource null_resource needs provider registry.terraform.io/hashicorp/null, which the offline check does not simulate",
    );
    expect(filesBelow(stack).filter((name) => !name.startsWith("assets/"))).toEqual(["cdk.tf.json"]);
  });

  test("a stack whose state is in a remote backend is refused (no placeholder state in a real backend)", async () => {
    const stack = path.join(scratch.dir, "remote");
    fs.cpSync(path.join(app, "cdktf.out", "stacks", "firewall-0"), stack, { recursive: true });
    const file = path.join(stack, "cdk.tf.json");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    json.terraform.backend = { s3: { bucket: "b", key: "k", region: "ap-southeast-2" } };
    fs.writeFileSync(file, JSON.stringify(json));
    const run = await offline(scratch.dir, ["--", "-chdir=remote", "apply", "-auto-approve"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mve-ha-offline: remote: its state is in a "s3" backend');
  });

  test("refuses a real provider: -plugin-dir, TF_CLI_ARGS_init and TF_REATTACH_PROVIDERS never reach Terraform", async () => {
    // A stand-in for a real provider that leaves a mark if anything ever runs it.
    const pluginDir = path.join(scratch.dir, "plugins");
    const mark = path.join(scratch.dir, "real-provider-ran");
    const platformDir = path.join(pluginDir, "registry.terraform.io/megaport/megaport/1.13.1/linux_amd64");
    fs.mkdirSync(platformDir, { recursive: true });
    fs.writeFileSync(path.join(platformDir, "terraform-provider-megaport_v1.13.1"), `#!/bin/sh\ntouch ${mark}\n`, {
      mode: 0o755,
    });
    const stack = "-chdir=cdktf.out/stacks/network";
    const byArgument = await offline(app, ["--", stack, "init", `-plugin-dir=${pluginDir}`]);
    const byEnvironment = await offline(app, ["--", stack, "plan"], { TF_CLI_ARGS_init: `-plugin-dir=${pluginDir}` });
    const reattach = await offline(app, ["--", stack, "plan"], {
      TF_REATTACH_PROVIDERS: '{"registry.terraform.io/megaport/megaport":{"Protocol":"grpc","Addr":{}}}',
    });
    for (const run of [byArgument, byEnvironment, reattach]) expect(run.code).toBe(1);
    expect(byArgument.stderr).toContain("mve-ha-offline: REFUSED: the command line: -plugin-dir is refused");
    expect(byEnvironment.stderr).toContain("mve-ha-offline: REFUSED: TF_CLI_ARGS_init: -plugin-dir is refused");
    expect(reattach.stderr).toContain("mve-ha-offline: REFUSED: TF_REATTACH_PROVIDERS is set");
    expect(fs.existsSync(mark)).toBe(false);
  });

  test("refuses flags that would write state away from the stack's backend", async () => {
    for (const flag of ["-state=elsewhere.tfstate", "-state-out=elsewhere.tfstate", "-backup=elsewhere.backup"]) {
      const run = await offline(app, ["--", "-chdir=cdktf.out/stacks/network", "apply", "-auto-approve", flag]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`REFUSED: the command line: ${flag.split("=")[0]} is refused`);
    }
    expect(filesBelow(app)).toEqual(synthesized);
  });

  test("apply writes state only where the backend says; the firewall stack then plans against it", async () => {
    const fixture = path.relative(app, path.join(REPO, "test/terraform/fixtures/guide-example.json"));
    const apply = await offline(app, [
      `--fixture=${fixture}`,
      "--",
      "-chdir=cdktf.out/stacks/network",
      "apply",
      "-auto-approve",
      "-no-color",
    ]);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain("Apply complete! Resources: 16 added, 0 changed, 0 destroyed.");
    expect(filesBelow(app)).toEqual([...synthesized, "terraform.network.tfstate"].sort());
    const plan = await offline(app, [
      `--fixture=${fixture}`,
      "--",
      "-chdir=cdktf.out/stacks/firewall-0",
      "plan",
      "-no-color",
    ]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy\./);
    expect(filesBelow(app)).toEqual([...synthesized, "terraform.network.tfstate"].sort());
  }, 180_000);
});
