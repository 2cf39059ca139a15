/**
 * How the packaged `mve-ha-offline` command runs the offline providers: it starts each provider
 * the stack needs once per invocation and points Terraform at it (TF_REATTACH_PROVIDERS), instead
 * of Terraform starting a process per provider instance; the processes end with the command,
 * whether Terraform succeeds, fails or is interrupted. `--no-reattach` keeps Terraform's own
 * per-command start, over go-plugin AutoMTLS, as with real providers. Starts are counted from the
 * providers' "ready" lines in Terraform's debug log (TF_LOG_PATH), processes found by a mark in
 * their environment (Linux /proc).
 */
import { randomUUID } from "node:crypto";
import * as path from "node:path";
import { ensureOfflineBundle } from "../../scripts/bundle-offline";
import { runPackaged, startPackaged } from "./packaged-command";
import {
  isProvider,
  type LiveProcess,
  processesWithEnv,
  providerStartLines,
  providerStarts,
} from "./provider-processes";
import { describeWithTerraform, scratchDir } from "./support";
import { writeStack } from "./two-provider-stack";

const MARK = "OFFLINE_COMMAND_PROVIDERS_TEST";

describeWithTerraform("mve-ha-offline starts each offline provider once per command", () => {
  let bundle: string;
  let scratch: ReturnType<typeof scratchDir>;
  /** A fresh environment mark, so that every process a run starts can be found. */
  let mark: string;
  let log: string;
  const offline = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    runPackaged(bundle, scratch.dir, args, { [MARK]: mark, TF_LOG: "debug", TF_LOG_PATH: log, ...env });
  const leftovers = (): LiveProcess[] => processesWithEnv(`${MARK}=${mark}`);

  beforeAll(() => {
    bundle = ensureOfflineBundle().file;
    scratch = scratchDir("offline-command-providers");
    writeStack(path.join(scratch.dir, "both"));
    writeStack(path.join(scratch.dir, "megaport-only"), { panos: false });
    writeStack(path.join(scratch.dir, "failing"), { panos: false, failingPrecondition: true });
  }, 60_000);

  beforeEach(() => {
    mark = randomUUID();
    log = path.join(scratch.dir, `terraform-${mark}.log`);
  });

  afterEach(() => {
    // A run that went wrong must not leave its processes behind (all started by this test).
    for (const leftover of leftovers()) process.kill(leftover.pid, "SIGKILL");
  });

  afterAll(() => scratch?.remove());

  test("one plan starts the megaport provider once and the panos provider once", async () => {
    const plan = await offline(["--", "-chdir=both", "plan", "-no-color"]);
    expect(plan.stderr).not.toContain("Error");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("Plan: 2 to add, 0 to change, 0 to destroy.");
    // Two panos provider configurations (fw0, fw1), each instance a connection to the one process.
    expect(providerStarts(log)).toEqual({ megaport: 1, panos: 1 });
    expect(providerStartLines(log).map((start) => start.mode)).toEqual(["plaintext", "plaintext"]);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  test("validate starts each provider once too, and only the providers the stack requires", async () => {
    const validate = await offline(["--", "-chdir=megaport-only", "validate", "-no-color"]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain("The configuration is valid.");
    expect(providerStarts(log)).toEqual({ megaport: 1 });
  }, 120_000);

  test("--no-reattach: Terraform starts the providers itself, per instance, over AutoMTLS; same plan", async () => {
    const reattached = await offline(["--", "-chdir=both", "plan", "-no-color"], { TF_LOG: "", TF_LOG_PATH: "" });
    const perCommand = await offline(["--no-reattach", "--", "-chdir=both", "plan", "-no-color"]);
    expect(perCommand.code).toBe(0);
    expect(perCommand.stdout).toBe(reattached.stdout);
    const starts = providerStarts(log);
    expect(starts.megaport).toBeGreaterThan(1);
    expect(starts.panos).toBeGreaterThan(1);
    expect(new Set(providerStartLines(log).map((start) => start.mode))).toEqual(new Set(["mTLS"]));
    expect(leftovers()).toEqual([]);
  }, 120_000);

  test("the providers end with the command when Terraform fails, and its status and output stay Terraform's", async () => {
    const plan = await offline(["--", "-chdir=failing", "plan", "-no-color"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain("The site is not nowhere.");
    expect(providerStarts(log)).toEqual({ megaport: 1 });
    expect(leftovers()).toEqual([]);
  }, 120_000);

  test("Ctrl-C (SIGINT to the command's process group) at apply's prompt: Terraform stops, the providers end", async () => {
    const apply = startPackaged(bundle, scratch.dir, ["--", "-chdir=both", "apply", "-no-color"], { [MARK]: mark });
    await apply.output("Enter a value:");
    // While Terraform waits, the command's two providers run (reattached, not Terraform's children).
    const running = leftovers().filter(isProvider);
    expect(running).toHaveLength(2);
    expect(running.map((provider) => provider.ppid)).toEqual([apply.child.pid, apply.child.pid]);
    process.kill(-apply.child.pid!, "SIGINT");
    await apply.exited;
    expect(leftovers()).toEqual([]);
    const run = await apply.closed;
    expect(run.stderr).toContain("interrupted");
    expect(run.code).toBe(1);
  }, 120_000);

  test("SIGTERM to the command alone at apply's prompt: Terraform is told, stops, and nothing is left running", async () => {
    const apply = startPackaged(bundle, scratch.dir, ["--", "-chdir=both", "apply", "-no-color"], { [MARK]: mark });
    await apply.output("Enter a value:");
    apply.child.kill("SIGTERM");
    await apply.exited;
    expect(leftovers()).toEqual([]);
    const run = await apply.closed;
    // Terraform's own answer to SIGTERM at a prompt (Ctrl-C gives "interrupted").
    expect(run.stderr).toContain("Error: error asking for approval: context canceled");
    expect(run.code).toBe(1);
  }, 120_000);
});
