import * as path from "node:path";
import { guideExample, type GuideExampleOptions } from "../../examples/guide-example";
import { renderVsysImportRemovalSpec } from "../../lib/panos";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { type ApplyEvent, applyEvents, roleOf } from "./apply-events";
import { describeWithTerraform, expectSuccess, fixtureFile, recordedCliRuns, scratchDir } from "./support";

/**
 * Removing a cloud connection, judged by real Terraform: the guide's example is applied, then
 * re-synthesized without `azure` and firewall-0 applied again (`-parallelism=1`, so the output
 * order is the execution order). Terraform's output names the resource behind each `mve-ha` run;
 * the recording shim's log (argv only: the spec travels in the environment, which it never logs)
 * confirms each run happened, in that order, against firewall-0.
 */
describeWithTerraform("removing a cloud connection under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let before: SynthesizedStack;
  let after: SynthesizedStack;
  let removal: { stdout: string; events: ApplyEvent[]; log: { argv: string[] }[] };
  let stateBefore: { values: { root_module: { resources: { address: string; values: { input?: unknown } }[] } } };

  function synthesizeExample(name: string, options: GuideExampleOptions): SynthesizedStack[] {
    const outdir = path.join(scratch.dir, name);
    // `mve-ha` on PATH: the harness's recording shim, not the bundled CLI.
    synthesize(
      (app, base) => guideExample(app, { ...base, cli: "mve-ha", ...options }),
      outdir,
      path.join(scratch.dir, "state"),
    );
    const stacks = stackLevels(outdir).flat();
    for (const stack of stacks)
      Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
    return stacks;
  }

  async function run(stack: SynthesizedStack, args: string[]) {
    return expectSuccess(await terraform.run(stack.workingDirectory, args), `terraform ${args[0]} in ${stack.name}`);
  }

  const logLines = () => recordedCliRuns(terraform.cliLog);

  beforeAll(async () => {
    scratch = scratchDir("connection-removal");
    terraform = await prepareOfflineTerraform({
      fixturesFile: fixtureFile("guide-example.json"),
      cli: { kind: "record" },
    });
    const full = synthesizeExample("both", {});
    before = full.find((stack) => stack.name === "firewall-0")!;
    for (const stack of [full.find((s) => s.name === "network")!, before]) {
      await run(stack, ["init", "-input=false", "-no-color"]);
      await run(stack, ["apply", "-input=false", "-no-color", "-auto-approve"]);
    }
    stateBefore = JSON.parse((await run(before, ["show", "-json"])).stdout);

    after = synthesizeExample("aws-only", { connections: ["aws"] }).find((stack) => stack.name === "firewall-0")!;
    await run(after, ["init", "-input=false", "-no-color"]);
    const logged = logLines().length;
    const applied = await run(after, ["apply", "-input=false", "-no-color", "-auto-approve", "-parallelism=1"]);
    removal = { stdout: applied.stdout, events: applyEvents(applied.stdout), log: logLines().slice(logged) };
  }, 120_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  const indexOf = (role: string, what: ApplyEvent["what"]): number => {
    const index = removal.events.findIndex((e) => e.role === role && e.what === what);
    if (index < 0) throw new Error(`no "${what}" of ${role} in:\n${removal.stdout}`);
    return index;
  };
  const runs = () => removal.events.filter((e) => e.what === "provision");

  test("each mve-ha run in the shim's log is one provisioner in Terraform's output, in the same order", () => {
    expect(removal.log.map((line) => line.argv[0])).toEqual(runs().map((e) => e.subcommand));
    for (const line of removal.log) expect(line.argv[line.argv.indexOf("--host") + 1]).toBe("127.0.0.2");
  });

  test("the zone and the router let go of the subinterface before it is removed from vsys1 and deleted", () => {
    const cleanup = 'vsys-import-cleanup["ethernet1/1.200"]';
    const vsysRemoval = runs().find((e) => e.role === cleanup);
    expect(vsysRemoval).toEqual({ role: cleanup, what: "provision", phase: "destroy", subcommand: "apply" });
    const vsysRemovalAt = removal.events.indexOf(vsysRemoval!);
    const deleteStarts = indexOf("subinterface-azure", "destroy");
    for (const role of ["zone", "virtual-router"]) {
      expect(indexOf(role, "modified")).toBeLessThan(vsysRemovalAt);
      expect(indexOf(role, "modified")).toBeLessThan(deleteStarts);
    }
    expect(vsysRemovalAt).toBeLessThan(deleteStarts);
  });

  test("the vsys removal that ran is the one for ethernet1/1.200 (its undo spec, from the state before)", () => {
    const instance = stateBefore.values.root_module.resources.find(
      (r) => r.address.startsWith("terraform_data.") && roleOf(r.address) === 'vsys-import-cleanup["ethernet1/1.200"]',
    );
    expect(instance?.values.input).toMatchObject({
      undo: renderVsysImportRemovalSpec({ kind: "interface", name: "ethernet1/1.200" }),
    });
  });

  test("HA is never deleted: no destroy-time HA run, and HA is rewritten before any commit", () => {
    const haRuns = runs().filter((e) => e.role.startsWith("high-availability"));
    expect(haRuns).toEqual([{ role: "high-availability", what: "provision", phase: "create", subcommand: "apply" }]);
    expect(removal.events.some((e) => e.role.startsWith("high-availability-cleanup"))).toBe(false);
    const haApplied = removal.events.indexOf(haRuns[0]);
    for (const commit of runs().filter((e) => e.subcommand === "commit")) {
      expect(removal.events.indexOf(commit)).toBeGreaterThan(haApplied);
    }
  });

  test("exactly two commits: the stack's, then the removal's after the subinterface is deleted", () => {
    expect(runs().map((e) => `${e.phase} ${e.role} ${e.subcommand}`)).toEqual([
      "create vsys-import-interfaces apply",
      "create high-availability apply",
      "create commit commit",
      'destroy vsys-import-cleanup["ethernet1/1.200"] apply',
      'destroy commit-on-removal["ethernet1/1.200"] commit',
    ]);
    const removalCommit = runs().find((e) => e.role === 'commit-on-removal["ethernet1/1.200"]')!;
    expect(removal.events.indexOf(removalCommit)).toBeGreaterThan(indexOf("subinterface-azure", "destroyed"));
  });

  test("afterwards the stack plans no changes", async () => {
    const replan = await run(after, ["plan", "-input=false", "-no-color", "-detailed-exitcode"]);
    expect(replan.stdout).toContain("No changes.");
  });
});
