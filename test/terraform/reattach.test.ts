import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { alive, processesWithEnv, providerStarts, waitUntilGone } from "./provider-processes";
import { describeWithTerraform, expectSuccess, scratchDir } from "./support";
import { FW1, writeFixtures, writeStack } from "./two-provider-stack";

const ROOT = path.resolve(__dirname, "../..");

/** Pids of live processes whose environment names `fixtures` as their fixture file. */
function providerProcessesFor(fixtures: string): number[] {
  return processesWithEnv(`OFFLINE_PROVIDER_FIXTURES=${fixtures}`).map((p) => p.pid);
}

describeWithTerraform("providers started once per session (TF_REATTACH_PROVIDERS)", () => {
  let scratch: ReturnType<typeof scratchDir>;
  let terraform: OfflineTerraform;
  let fixtures: string;
  let stack: string;
  let terraformLog: string;
  const tf = async (dir: string, ...args: string[]) =>
    expectSuccess(await terraform.run(dir, [...args, "-no-color"]), `terraform ${args[0]}`);
  const site = async (runner: OfflineTerraform, dir: string) =>
    JSON.parse(expectSuccess(await runner.run(dir, ["output", "-json", "site"]), "terraform output").stdout);

  beforeAll(async () => {
    scratch = scratchDir("reattach");
    fixtures = path.join(scratch.dir, "fixtures.json");
    writeFixtures(fixtures, "Equinix SY1");
    terraform = await prepareOfflineTerraform({ fixturesFile: fixtures });
    // Terraform's own debug log shows the providers it starts itself (their stderr).
    terraformLog = path.join(scratch.dir, "terraform.log");
    Object.assign(terraform.env, { TF_LOG: "debug", TF_LOG_PATH: terraformLog });
    stack = writeStack(path.join(scratch.dir, "stack"));
    await tf(stack, "init", "-input=false");
  }, 120_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  test("init installs no provider: every run attaches to the session's processes", () => {
    expect(fs.existsSync(path.join(stack, ".terraform", "providers"))).toBe(false);
    expect(fs.existsSync(path.join(stack, ".terraform.lock.hcl"))).toBe(false);
  });

  test("a run sees the fixture file as it is then, served by the same provider processes", async () => {
    await tf(stack, "apply", "-input=false", "-auto-approve");
    expect(await site(terraform, stack)).toBe("Equinix SY1");
    const pids = terraform.providerPids?.();
    writeFixtures(fixtures, "Equinix SY1 (renamed)");
    await tf(stack, "apply", "-input=false", "-auto-approve");
    expect(await site(terraform, stack)).toBe("Equinix SY1 (renamed)");
    expect(terraform.providerPids?.()).toEqual(pids);
  }, 120_000);

  test("each aliased provider configuration keeps its own configuration in a shared process", async () => {
    writeFixtures(fixtures, "Equinix SY1 (renamed)", [
      { resource: "panos_zone", provider: { hostname: FW1 }, when: { name: "zone-a" }, gone: true },
    ]);
    const plan = await tf(stack, "plan", "-input=false");
    // Only the zone read through the provider configured for FW1 is gone.
    expect(plan.stdout).toContain("panos_zone.fw1 will be created");
    expect(plan.stdout).not.toContain("panos_zone.fw0 will be created");
    expect(plan.stdout).toContain("Plan: 1 to add, 0 to change, 0 to destroy.");
    writeFixtures(fixtures, "Equinix SY1 (renamed)");
  }, 120_000);

  test("another session runs at the same time with its own fixture file and its own providers", async () => {
    const otherFixtures = path.join(scratch.dir, "other-fixtures.json");
    writeFixtures(otherFixtures, "Somewhere else");
    const other = await prepareOfflineTerraform({ fixturesFile: otherFixtures });
    try {
      const otherStack = writeStack(path.join(scratch.dir, "other-stack"));
      expectSuccess(await other.run(otherStack, ["init", "-input=false", "-no-color"]), "init (other)");
      const apply = ["apply", "-input=false", "-auto-approve", "-no-color"];
      const [mine, theirs] = await Promise.all([terraform.run(stack, apply), other.run(otherStack, apply)]);
      expectSuccess(mine, "apply");
      expectSuccess(theirs, "apply (other)");
      expect(await site(terraform, stack)).toBe("Equinix SY1 (renamed)");
      expect(await site(other, otherStack)).toBe("Somewhere else");
    } finally {
      await other.dispose();
    }
    expect(providerProcessesFor(otherFixtures)).toEqual([]);
  }, 120_000);

  test("the session started each provider once for all its runs, and dispose() ends them", async () => {
    await tf(stack, "validate");
    await tf(stack, "plan", "-input=false");
    expect(providerStarts(terraformLog, terraform.providerLog)).toEqual({ megaport: 1, panos: 1 });
    const running = providerProcessesFor(fixtures).sort();
    expect(running).toEqual(Object.values(terraform.providerPids?.() ?? {}).sort());
    expect(running).toHaveLength(2);
    await terraform.dispose();
    expect(running.filter(alive)).toEqual([]);
    expect(providerProcessesFor(fixtures)).toEqual([]);
  }, 120_000);

  test("providers end when the session's owner dies without dispose()", async () => {
    const ownerFixtures = path.join(scratch.dir, "owner-fixtures.json");
    writeFixtures(ownerFixtures, "Equinix SY1");
    const owner = spawn(
      process.execPath,
      ["--import", "tsx", path.join(__dirname, "reattach-owner.ts"), ownerFixtures],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      owner.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("\n")) resolve(out.split("\n")[0]);
      });
      owner.once("exit", (code) => reject(new Error(`the owner exited (${code}) before starting providers`)));
    });
    const pids = Object.values(JSON.parse(line) as Record<string, number>);
    expect(pids).toHaveLength(2);
    expect(pids.every(alive)).toBe(true);
    owner.kill("SIGKILL");
    // The providers watch their parent (once a second): they exit on their own.
    await waitUntilGone(pids, 60_000);
    expect(providerProcessesFor(ownerFixtures)).toEqual([]);
  }, 120_000);
});
