import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pinnedProviders } from "../../tools/bindings/providers";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir } from "./support";

const ROOT = path.resolve(__dirname, "../..");
const FW0 = "127.0.0.2";
const FW1 = "127.0.0.3";

/**
 * One stack using both offline providers: a megaport location read (its name comes from the
 * fixture file) and a panos zone on each of two firewalls, through two aliased provider
 * configurations that differ only in their hostname.
 */
function writeStack(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const zone = (alias: string) => ({ provider: `panos.${alias}`, location: { vsys: {} }, name: "zone-a" });
  const stack = {
    terraform: {
      // The pinned versions, as the constructs require them.
      required_providers: Object.fromEntries(
        pinnedProviders(ROOT).map((p) => [p.name, { source: `${p.namespace}/${p.name}`, version: p.version }]),
      ),
      backend: { local: { path: path.join(dir, "terraform.tfstate") } },
    },
    provider: {
      megaport: [{ environment: "staging" }],
      panos: [
        { alias: "fw0", hostname: FW0 },
        { alias: "fw1", hostname: FW1 },
      ],
    },
    data: { megaport_location: { site: { id: 1 } } },
    resource: { panos_zone: { fw0: zone("fw0"), fw1: zone("fw1") } },
    output: { site: { value: "${data.megaport_location.site.name}" } },
  };
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(stack, null, 2));
  return dir;
}

/** A copy of offline-fixtures.json whose location 1 is called `siteName`, plus `drift` entries. */
function writeFixtures(file: string, siteName: string, drift: unknown[] = []): void {
  const fixtures = JSON.parse(fs.readFileSync(fixtureFile("offline-fixtures.json"), "utf8"));
  fixtures["data.megaport_location"][0].set.name = siteName;
  fs.writeFileSync(file, JSON.stringify({ ...fixtures, drift }, null, 2));
}

/** Pids of live processes whose environment names `fixtures` as their fixture file (Linux /proc). */
function providerProcessesFor(fixtures: string): number[] {
  const wanted = `OFFLINE_PROVIDER_FIXTURES=${fixtures}`;
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(wanted);
      } catch {
        return false; // gone, or not ours to read
      }
    })
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` is alive; rejects after `limitMs` (a hang, not a slow machine). */
async function waitUntilGone(pids: number[], limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (pids.some(alive)) {
    if (Date.now() > deadline) throw new Error(`processes ${pids.filter(alive).join(", ")} still run`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How often each provider reported a start ("<schema> ready in"), in Terraform's debug log and the session's provider log. */
function providerStarts(...logs: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const log of logs.filter((file) => file && fs.existsSync(file))) {
    for (const match of fs.readFileSync(log, "utf8").matchAll(/\[offline-provider\] (\w+)\.json ready in/g)) {
      counts[match[1]] = (counts[match[1]] ?? 0) + 1;
    }
  }
  return counts;
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
