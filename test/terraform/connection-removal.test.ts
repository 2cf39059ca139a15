import { renderVsysImportRemovalSpec } from "../../lib/panos";
import { entries, members, membersAt } from "../e2e/pair-fixture";
import { type ApplyEvent, applyEvents, roleOf } from "./apply-events";
import { AppliedPair } from "./drift-pair";
import { describeWithTerraform, recordedCliRuns } from "./support";

/**
 * Removing a cloud connection, judged by real Terraform: the guide's example is applied, then
 * re-synthesized without `azure` and firewall-0 applied again (`-parallelism=1`, so the output
 * order is the execution order). Terraform's output names the resource behind each `mve-ha` run;
 * the harness shim's log (argv only: the spec travels in the environment, which it never logs)
 * confirms each run happened, in that order, against firewall-0. The shim runs the real `mve-ha`
 * against the simulated firewalls, and the offline panos provider writes to them (device mode), so
 * every commit on the way judges the whole firewall with the simulator's commit validation.
 */
describeWithTerraform("removing a cloud connection under real Terraform (offline providers, device mode)", () => {
  let pair: AppliedPair;
  let removal: { stdout: string; events: ApplyEvent[]; log: { argv: string[] }[]; commitsBefore: number };
  let stateBefore: { values: { root_module: { resources: { address: string; values: { input?: unknown } }[] } } };

  beforeAll(async () => {
    pair = await AppliedPair.start("connection-removal", {}, { cli: "shim" });
    await pair.apply("network");
    await pair.apply("firewall-0");
    stateBefore = JSON.parse((await pair.expectOk("firewall-0", "show", "-json")).stdout);

    pair.synth({ connections: ["aws"] });
    const logged = recordedCliRuns(pair.cliLog).length;
    const commitsBefore = pair.sims[0].commits.length;
    const applied = await pair.expectOk("firewall-0", "apply", "-input=false", "-auto-approve", "-parallelism=1");
    removal = {
      stdout: applied.stdout,
      events: applyEvents(applied.stdout),
      log: recordedCliRuns(pair.cliLog).slice(logged),
      commitsBefore,
    };
  }, 600_000);

  afterAll(async () => {
    await pair?.dispose();
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

  test("exactly one commit: the stack's defers, the removal's commits after the subinterface is deleted", () => {
    expect(runs().map((e) => `${e.phase} ${e.role} ${e.subcommand}`)).toEqual([
      "create vsys-import-interfaces apply",
      "create high-availability apply",
      "create commit commit",
      'destroy vsys-import-cleanup["ethernet1/1.200"] apply',
      'destroy commit-on-removal["ethernet1/1.200"] commit',
    ]);
    expect(removal.stdout).toMatch(
      /commit_[0-9A-F]{8} \(local-exec\): 127\.0\.0\.2: commit deferred: this apply is removing ethernet1\/1\.200; commit-on-removal\["ethernet1\/1\.200"\] commits after the deletion/,
    );
    expect(pair.sims[0].commits.length - removal.commitsBefore).toBe(1);
    const removalCommit = runs().find((e) => e.role === 'commit-on-removal["ethernet1/1.200"]')!;
    expect(removal.events.indexOf(removalCommit)).toBeGreaterThan(indexOf("subinterface-azure", "destroyed"));
  });

  test("the one commit passed the simulator's validation; nothing is left uncommitted on firewall 0", () => {
    expect(pair.failedCommits()).toEqual([]);
    expect(pair.sims[0].commits.slice(removal.commitsBefore).map((c) => c.result)).toEqual(["OK"]);
    expect(pair.sims[0].pendingChanges).toBe(false);
  });

  test("firewall 0's running configuration holds ethernet1/1.200 nowhere, and ethernet1/1.100 everywhere", () => {
    const running = pair.sims[0].running;
    const units = entries(running, "network/interface/ethernet").get("ethernet1/1");
    const unitNames = (
      units?.children.find((c) => c.name === "layer3")?.children.find((c) => c.name === "units")?.children ?? []
    ).map((e) => e.attributes.name);
    expect(unitNames).toEqual(["ethernet1/1.100"]);
    expect(membersAt(entries(running, "vsys/entry/zone").get("data-plane"), "network/layer3")).toEqual([
      "ethernet1/1.100",
    ]);
    expect(membersAt(entries(running, "network/virtual-router").get("default"), "interface")).toEqual([
      "ethernet1/1.100",
    ]);
    expect(members(running, "vsys/entry/import/network/interface").sort()).toEqual(["ethernet1/1", "ethernet1/1.100"]);
    const bgp = entries(running, "network/virtual-router").get("default");
    const groups = bgp?.children
      .find((c) => c.name === "protocol")
      ?.children.find((c) => c.name === "bgp")
      ?.children.find((c) => c.name === "peer-group")?.children;
    expect((groups ?? []).map((g) => g.attributes.name)).toEqual(["aws"]);
  });

  test("afterwards the stack plans no changes", async () => {
    const replan = await pair.expectOk("firewall-0", "plan", "-input=false", "-detailed-exitcode");
    expect(replan.stdout).toContain("No changes.");
  });
});
