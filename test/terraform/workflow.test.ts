/**
 * The synthesized stacks in someone else's Terraform workflow: the guide's example, synthesized
 * with the default backend and CLI, copied to a fresh directory outside the repository, then
 * `terraform init/plan/apply` there with the offline providers and a PATH holding only terraform,
 * node and the system tools (no `mve-ha`). The provisioners run the CLI each stack carries against
 * two simulated firewalls on loopback (the CLI refuses any other host), and state lands beside the
 * copied output. A stack copied without its assets fails its plan naming the missing file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels } from "../../tools/tf/stacks";
import { deviceText, startPair } from "../e2e/pair-fixture";
import { PANOS_DEVICE_ENV } from "../../tools/offline-provider/panos-device/connection";
import { synthExample } from "../example/synth";
import type { Simulator } from "../simulator";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir, terraformPath } from "./support";

const REPO = path.resolve(__dirname, "../..");
const PASSWORD = "workflow-Secret-p@ss";
const STACKS = ["network", "firewall-0", "firewall-1"] as const;

/** A PATH of a directory holding only `terraform` and `node`, then the system's own tools. */
function minimalPath(dir: string): string {
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin);
  fs.symlinkSync(terraformPath!, path.join(bin, "terraform"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  return [bin, "/usr/bin", "/bin"].join(path.delimiter);
}

describeWithTerraform("the example's stacks copied out of the repository and applied there", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let sims: [Simulator, Simulator];
  /** The copied output directory, in a directory of its own outside the repository. */
  let copied: string;
  let repositoryStateBefore: string[];
  const output: string[] = [];

  const stackDir = (name: string) => path.join(copied, "stacks", name);
  async function tf(name: string, ...args: string[]) {
    const run = await terraform.run(stackDir(name), [...args, "-no-color"]);
    output.push(run.stdout, run.stderr);
    return run;
  }

  beforeAll(async () => {
    scratch = scratchDir("workflow");
    repositoryStateBefore = repositoryState();
    expect(path.relative(REPO, scratch.dir).startsWith("..")).toBe(true);
    sims = await startPair(PASSWORD);
    const synthesized = path.join(scratch.dir, "synth", "cdktf.out");
    fs.mkdirSync(path.dirname(synthesized));
    synthExample(synthesized, { managementApi: { port: sims[0].port, protocol: "https", insecureSkipVerify: true } });
    copied = path.join(scratch.dir, "elsewhere", "cdktf.out");
    fs.cpSync(synthesized, copied, { recursive: true });
    fs.rmSync(path.join(scratch.dir, "synth"), { recursive: true });

    terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile("guide-example.json") });
    Object.assign(terraform.env, {
      PATH: minimalPath(scratch.dir),
      PANOS_USERNAME: sims[0].username,
      PANOS_PASSWORD: PASSWORD,
      MVE_HA_LOOPBACK_ONLY: "1",
      // The panos provider writes to the simulators, whose commits validate the whole firewall.
      [PANOS_DEVICE_ENV]: "on",
    });
    for (const name of STACKS) Object.assign(terraform.env, placeholderVariables(stackDir(name), terraform.env));
  }, 60_000);

  afterAll(async () => {
    if (process.env.WORKFLOW_TEST_VERBOSE) console.info(output.join("\n"));
    await terraform?.dispose();
    await Promise.all((sims ?? []).map((s) => s.stop()));
    scratch?.remove();
  });

  test("the runner's PATH has terraform and node but no mve-ha", () => {
    const which = (program: string) =>
      spawnSync("/bin/sh", ["-c", `command -v ${program}`], { env: terraform.env, encoding: "utf8" }).status === 0;
    expect({ terraform: which("terraform"), node: which("node"), "mve-ha": which("mve-ha") }).toEqual({
      terraform: true,
      node: true,
      "mve-ha": false,
    });
  });

  test("init, plan and apply each stack in dependency order; the carried CLI configures both firewalls", async () => {
    expect(
      stackLevels(copied).map((level) => level.map((stack) => path.relative(copied, stack.workingDirectory))),
    ).toEqual([["stacks/network"], ["stacks/firewall-0", "stacks/firewall-1"]]);
    for (const level of [["network"], ["firewall-0", "firewall-1"]]) {
      await Promise.all(
        level.map(async (name) => {
          expectSuccess(await tf(name, "init", "-input=false"), `init ${name}`);
          expectSuccess(await tf(name, "plan", "-input=false", "-out=tfplan"), `plan ${name}`);
          const applied = expectSuccess(await tf(name, "apply", "-input=false", "tfplan"), `apply ${name}`);
          expect(applied.stdout).toContain('(local-exec): Executing: ["/bin/sh" "-c" "node \\"$MVE_HA_CLI_BUNDLE\\" ');
        }),
      );
    }
    for (const [i, sim] of sims.entries()) {
      // Device preparation's commit, then the firewall stack's one commit.
      expect(sim.commits.map((c) => c.result)).toEqual(["OK", "OK"]);
      expect(deviceText(sim.running, "deviceconfig/system/ip-address")).toBe(`127.0.0.${2 + i}`);
      expect(deviceText(sim.running, "deviceconfig/high-availability/enabled")).toBe("yes");
    }
    // Nothing reached the harness's mve-ha shim: it is not on this PATH.
    expect(fs.existsSync(terraform.cliLog) ? fs.readFileSync(terraform.cliLog, "utf8") : "").toBe("");
  }, 240_000);

  test("state is beside the copied output directory, and nowhere in the repository", () => {
    const beside = fs.readdirSync(path.dirname(copied)).filter((f) => f.endsWith(".tfstate"));
    expect(beside.sort()).toEqual(STACKS.map((name) => `terraform.${name}.tfstate`).sort());
    expect(repositoryState()).toEqual(repositoryStateBefore);
  });

  test("a stack copied without its assets fails its plan naming the missing file, before any provisioner", async () => {
    const bare = path.join(scratch.dir, "no-assets", "cdktf.out", "stacks", "network");
    fs.mkdirSync(bare, { recursive: true });
    fs.copyFileSync(path.join(stackDir("network"), "cdk.tf.json"), path.join(bare, "cdk.tf.json"));
    const [asset] = fs.readdirSync(path.join(stackDir("network"), "assets", "mve-ha-cli"));
    const run = await terraform.run(bare, ["init", "-input=false", "-no-color"]);
    expectSuccess(run, "init without assets");
    const planned = await terraform.run(bare, ["plan", "-input=false", "-no-color"]);
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain("Resource precondition failed");
    // Terraform wraps the message; compare it with single spaces.
    expect(planned.stderr.replace(/\s+/g, " ")).toContain(
      `The mve-ha CLI this stack runs, assets/mve-ha-cli/${asset}/mve-ha.cjs, is missing`,
    );
    expect(planned.stderr + planned.stdout).not.toMatch(/not found/);
  }, 60_000);
});

/** The repository's top-level state files with their sizes and modification times. */
function repositoryState(): string[] {
  return fs
    .readdirSync(REPO)
    .filter((file) => file.endsWith(".tfstate"))
    .map((file) => {
      const stat = fs.statSync(path.join(REPO, file));
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}
