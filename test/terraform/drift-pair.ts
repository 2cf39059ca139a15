/**
 * The guide's pair applied offline with real Terraform, the real `mve-ha` and two simulated
 * firewalls (127.0.0.2, 127.0.0.3): the fixture the day-2 tests share (drift, destroy, connection
 * removal, VLAN change, commit failure). By default the offline panos provider runs in device mode,
 * so the simulators hold the whole firewall and every commit passes their validation; drift is made
 * on the device, by hand edits of a simulator's configuration.
 */
import * as path from "node:path";
import type { App } from "cdktf";
import { guideExample, type GuideExampleOptions } from "../../examples/guide-example";
import type { ManagementApiProps } from "../../lib";
import { PANOS_DEVICE_ENV } from "../../tools/offline-provider/panos-device/connection";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { startPair } from "../e2e/pair-fixture";
import type { Simulator } from "../simulator";
import { expectSuccess, fixtureFile, scratchDir } from "./support";

const ROOT = path.resolve(__dirname, "../..");
const MVE_HA = [process.execPath, path.join(ROOT, "bin", "mve-ha.js")];
const PASSWORD = "drift-Secret-p@ss";

export const STACKS = ["network", "firewall-0", "firewall-1"] as const;
export type StackName = (typeof STACKS)[number];

/**
 * How the pair is run. `device`: the offline panos provider writes every panos object to the
 * simulators (device mode), so each commit on the way judges the whole firewall; `state`: panos
 * objects live in Terraform state only (for `drift` fixture entries, which device mode refuses).
 * `cli`: `bundled` runs the CLI each stack bundles; `shim` runs `mve-ha` from PATH, the harness's
 * shim, which logs each run (argv only) and then runs the real CLI.
 */
export interface PairMode {
  readonly panos: "device" | "state";
  readonly cli: "bundled" | "shim";
}

/** Builds the pair into `app` with the management API pointed at the simulators. */
export type PairBuilder = (app: App, base: { stateDirectory?: string }, api: Omit<ManagementApiProps, "host">) => void;

/** One resource change of a saved plan, e.g. `update panos_zone.firewall_zone`. */
export type PlannedChange = string;

export class AppliedPair {
  public readonly output: string[] = [];
  private stacks: Record<string, SynthesizedStack> = {};

  private constructor(
    public readonly terraform: OfflineTerraform,
    public readonly sims: [Simulator, Simulator],
    private readonly scratch: ReturnType<typeof scratchDir>,
    private readonly cli: PairMode["cli"],
  ) {}

  /**
   * Starts the simulators, synthesizes the guide's stacks with `options` and initializes them (nothing applied).
   * Device mode unless `mode` says otherwise; the session's providers see the environment set here.
   */
  public static async start(
    name: string,
    options: Partial<GuideExampleOptions> = {},
    mode: Partial<PairMode> = {},
  ): Promise<AppliedPair> {
    const scratch = scratchDir(name);
    const sims = await startPair(PASSWORD);
    const terraform = await prepareOfflineTerraform({
      fixturesFile: fixtureFile("guide-example.json"),
      cli: { kind: "exec", command: MVE_HA },
    });
    // The provisioners run the CLI bundled into each stack; it refuses any host off loopback.
    Object.assign(terraform.env, {
      PANOS_USERNAME: sims[0].username,
      PANOS_PASSWORD: PASSWORD,
      MVE_HA_LOOPBACK_ONLY: "1",
    });
    if ((mode.panos ?? "device") === "device") {
      // Before the first run: the session's providers keep the environment they started with.
      Object.assign(terraform.env, { [PANOS_DEVICE_ENV]: "on", SSL_CERT_FILE: sims[0].caFile ?? "" });
    }
    const pair = new AppliedPair(terraform, sims, scratch, mode.cli ?? "bundled");
    pair.synth(options);
    await Promise.all(STACKS.map(async (stack) => pair.expectOk(stack, "init", "-input=false")));
    return pair;
  }

  /** Re-synthesizes the guide's stacks (same directories) with `options`. */
  public synth(options: Partial<GuideExampleOptions>): void {
    const cli = this.cli === "shim" ? { cli: "mve-ha" } : {};
    this.synthWith((app, base, api) => guideExample(app, { ...base, managementApi: api, ...cli, ...options }));
  }

  /** Re-synthesizes (same directories) the pair `build` makes; `init` again if its providers changed. */
  public synthWith(build: PairBuilder): void {
    const outdir = path.join(this.scratch.dir, "cdktf.out");
    const api = { port: this.sims[0].port, protocol: "https" as const, caFile: this.sims[0].caFile };
    synthesize((app, base) => build(app, base ?? {}, api), outdir, path.join(this.scratch.dir, "state"));
    this.stacks = Object.fromEntries(
      stackLevels(outdir)
        .flat()
        .map((s) => [s.name, s]),
    );
    for (const stack of Object.values(this.stacks)) {
      Object.assign(this.terraform.env, placeholderVariables(stack.workingDirectory, this.terraform.env));
    }
  }

  /** Runs terraform in a stack's directory (no colour), keeping its output for the secret check. */
  public async tf(stack: StackName, ...args: string[]) {
    const run = await this.terraform.run(this.stacks[stack].workingDirectory, [...args, "-no-color"]);
    this.output.push(run.stdout, run.stderr);
    return run;
  }

  public async expectOk(stack: StackName, ...args: string[]) {
    return expectSuccess(await this.tf(stack, ...args), `terraform ${args[0]} in ${stack}`);
  }

  public apply(stack: StackName) {
    return this.expectOk(stack, "apply", "-input=false", "-auto-approve");
  }

  /** Applies network, then both firewalls in parallel. */
  public async applyAll(): Promise<void> {
    await this.apply("network");
    await Promise.all([this.apply("firewall-0"), this.apply("firewall-1")]);
  }

  /** What a plan would change, as `<actions> <address without the hash>`, sorted (no-ops and reads left out). */
  public async planned(stack: StackName): Promise<PlannedChange[]> {
    await this.expectOk(stack, "plan", "-input=false", "-out=tfplan");
    const shown = await this.expectOk(stack, "show", "-json", "tfplan");
    const plan = JSON.parse(shown.stdout) as {
      resource_changes?: { address: string; change: { actions: string[] } }[];
    };
    return (plan.resource_changes ?? [])
      .filter((c) => !(c.change.actions.length === 1 && ["no-op", "read"].includes(c.change.actions[0])))
      .map((c) => `${c.change.actions.join("+")} ${c.address.replace(/_[0-9A-F]{8}(\[|$)/, "$1")}`)
      .sort();
  }

  /** The `values` of a stack's resource whose address starts with `prefix` (from `terraform show -json`). */
  public async stateValues(stack: StackName, prefix: string): Promise<Record<string, unknown>> {
    const shown = await this.expectOk(stack, "show", "-json");
    const state = JSON.parse(shown.stdout) as {
      values: { root_module: { resources: { address: string; values: Record<string, unknown> }[] } };
    };
    const found = state.values.root_module.resources.filter((r) => r.address.startsWith(prefix));
    if (found.length !== 1) throw new Error(`expected one resource ${prefix}* in ${stack}, found ${found.length}`);
    return found[0].values;
  }

  /** The harness shim's log of `mve-ha` runs (mode `cli: "shim"`). */
  public get cliLog(): string {
    return this.terraform.cliLog;
  }

  /** Every commit job of both firewalls that did not finish OK (as `firewall <i>: <result> <details>`). */
  public failedCommits(): string[] {
    return this.sims.flatMap((sim, i) =>
      sim.commits.filter((c) => c.result !== "OK").map((c) => `firewall ${i}: ${c.result} ${c.details.join(" | ")}`),
    );
  }

  /** The password the simulators accept (for the secret check). */
  public get password(): string {
    return PASSWORD;
  }

  /** The synthesized Terraform JSON of a stack. */
  public stackJson(stack: StackName): string {
    return path.join(this.stacks[stack].workingDirectory, "cdk.tf.json");
  }

  /** Where the stacks keep their local state. */
  public stateFile(stack: StackName): string {
    return path.join(this.scratch.dir, "state", `terraform.${stack}.tfstate`);
  }

  public async dispose(): Promise<void> {
    await this.terraform.dispose();
    await Promise.all(this.sims.map((s) => s.stop()));
    this.scratch.remove();
  }
}

/** How often `mve-ha commit` asked a firewall whether anything is pending: one per commit run. */
export function commitRuns(sim: Simulator): number {
  return sim.requests.filter((r) => r.type === "op" && r.cmd === "<check><pending-changes/></check>").length;
}
