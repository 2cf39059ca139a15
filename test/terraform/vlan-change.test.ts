import * as path from "node:path";
import { PaloAltoHaPair } from "../../lib";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { awsConnection, azureConnection, pairProps } from "../pattern/fixtures";
import { type ApplyEvent, applyEvents } from "./apply-events";
import { describeWithTerraform, expectSuccess, fixtureFile, recordedCliRuns, scratchDir } from "./support";

/**
 * Changing a connection's VLAN (AWS, 100 → 150), judged by real Terraform with the offline
 * providers: the pair is applied (network, firewall-0), re-synthesized with the new VLAN, and
 * applied again (network, then firewall-0 with `-parallelism=1`, so the output order is the
 * execution order). The recording shim's log confirms each `mve-ha` run.
 */
describeWithTerraform("changing a connection's VLAN under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let networkChange: string;
  let change: { stdout: string; events: ApplyEvent[]; log: { argv: string[] }[] };
  let after: { network: SynthesizedStack; firewall: SynthesizedStack };

  function synthesizePair(
    name: string,
    awsVlan: number,
    azureVlan = 200,
  ): { network: SynthesizedStack; firewall: SynthesizedStack } {
    const outdir = path.join(scratch.dir, name);
    synthesize(
      (app) =>
        new PaloAltoHaPair(
          app,
          "syd",
          pairProps({
            cli: "mve-ha",
            cloudConnections: [awsConnection({ vlan: awsVlan }), azureConnection({ vlan: azureVlan })],
          }),
        ),
      outdir,
      path.join(scratch.dir, "state"),
    );
    const stacks = stackLevels(outdir).flat();
    for (const stack of stacks)
      Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
    return {
      network: stacks.find((s) => s.name === "network")!,
      firewall: stacks.find((s) => s.name === "firewall-0")!,
    };
  }

  async function run(stack: SynthesizedStack, args: string[]) {
    return expectSuccess(await terraform.run(stack.workingDirectory, args), `terraform ${args[0]} in ${stack.name}`);
  }

  const logLines = () => recordedCliRuns(terraform.cliLog);

  beforeAll(async () => {
    scratch = scratchDir("vlan-change");
    terraform = await prepareOfflineTerraform({
      fixturesFile: fixtureFile("guide-example.json"),
      cli: { kind: "record" },
    });
    const before = synthesizePair("vlan-100", 100);
    for (const stack of [before.network, before.firewall]) {
      await run(stack, ["init", "-input=false", "-no-color"]);
      await run(stack, ["apply", "-input=false", "-no-color", "-auto-approve"]);
    }
    after = synthesizePair("vlan-150", 150);
    for (const stack of [after.network, after.firewall]) await run(stack, ["init", "-input=false", "-no-color"]);
    networkChange = (await run(after.network, ["apply", "-input=false", "-no-color", "-auto-approve"])).stdout;
    const logged = logLines().length;
    const applied = await run(after.firewall, [
      "apply",
      "-input=false",
      "-no-color",
      "-auto-approve",
      "-parallelism=1",
    ]);
    change = { stdout: applied.stdout, events: applyEvents(applied.stdout), log: logLines().slice(logged) };
  }, 240_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  const indexOf = (role: string, what: ApplyEvent["what"]): number => {
    const index = change.events.findIndex((e) => e.role === role && e.what === what);
    if (index < 0) throw new Error(`no "${what}" of ${role} in:\n${change.stdout}`);
    return index;
  };
  const runs = () => change.events.filter((e) => e.what === "provision");

  test("Megaport changes the AWS VXCs' VLAN in place (megaport 1.13.1 updates inner_vlan), nothing is replaced", () => {
    expect(networkChange).toMatch(/Apply complete! Resources: 0 added, 2 changed, 0 destroyed\./);
    expect(networkChange).toMatch(/megaport_vxc\.aws-0_attachment_vxc_\w+: Modifications complete/);
    expect(networkChange).toMatch(/megaport_vxc\.aws-1_attachment_vxc_\w+: Modifications complete/);
  });

  test("the new subinterface comes first, the zone and router move to it, then the old one goes", () => {
    const created = indexOf("subinterface-aws", "created");
    const deleteStarts = indexOf("subinterface-aws", "destroy");
    for (const role of ["zone", "virtual-router"]) {
      expect(indexOf(role, "modify")).toBeGreaterThan(created);
      expect(indexOf(role, "modified")).toBeLessThan(deleteStarts);
    }
    expect(change.stdout).toMatch(/tag += 100 -> 150/);
    expect(change.stdout).toMatch(/"ethernet1\/1\.100" -> "ethernet1\/1\.150"/);
    // The azure connection is untouched.
    expect(change.events.some((e) => e.role === "subinterface-azure")).toBe(false);
  });

  test("ethernet1/1.100 leaves vsys1 after the zone and router let go of it, before it is deleted", () => {
    const cleanup = 'vsys-import-cleanup["ethernet1/1.100"]';
    const vsysRemoval = runs().find((e) => e.role === cleanup);
    expect(vsysRemoval).toEqual({ role: cleanup, what: "provision", phase: "destroy", subcommand: "apply" });
    const at = change.events.indexOf(vsysRemoval!);
    for (const role of ["zone", "virtual-router"]) expect(indexOf(role, "modified")).toBeLessThan(at);
    expect(at).toBeLessThan(indexOf("subinterface-aws", "destroy"));
    expect(indexOf("vsys-import-interfaces", "created")).toBeLessThan(indexOf("zone", "modify"));
  });

  test("the deletion of the old subinterface is committed: the last run is a commit after it", () => {
    const commits = runs().filter((e) => e.subcommand === "commit");
    expect(commits.map((e) => `${e.phase} ${e.role}`)).toEqual([
      "create commit",
      'destroy commit-on-removal["ethernet1/1.100"]',
    ]);
    const last = runs()[runs().length - 1];
    expect(last).toEqual({
      role: 'commit-on-removal["ethernet1/1.100"]',
      what: "provision",
      phase: "destroy",
      subcommand: "commit",
    });
    expect(change.events.indexOf(last)).toBeGreaterThan(indexOf("subinterface-aws", "destroyed"));
  });

  test("each mve-ha run in the shim's log is one provisioner in Terraform's output, all against firewall-0", () => {
    expect(change.log.map((line) => line.argv[0])).toEqual(runs().map((e) => e.subcommand));
    const hosts = new Set(change.log.map((line) => line.argv[line.argv.indexOf("--host") + 1]));
    expect(hosts.size).toBe(1);
    expect([...hosts][0]).toMatch(/^127\./);
  });

  test("an Azure VLAN change replaces only Azure's VXCs, and preventDestroy (on) does not block it", async () => {
    // The Azure peering VLAN follows the connection's VLAN, so the partner config changes, which
    // megaport 1.13.1 answers with a replacement. Protection covers the MVEs and the pair's links.
    const azure = synthesizePair("azure-300", 150, 300);
    await run(azure.network, ["init", "-input=false", "-no-color"]);
    const plan = await run(azure.network, ["plan", "-input=false", "-no-color", "-lock=false"]);
    const replaced = [...plan.stdout.matchAll(/# (\S+) must be replaced/g)].map((m) => m[1]);
    expect(replaced.map((address) => address.replace(/_[0-9A-F]{8}$/, ""))).toEqual([
      "megaport_vxc.azure-0_attachment_vxc",
      "megaport_vxc.azure-1_attachment_vxc",
    ]);
    expect(plan.stdout).toMatch(/Plan: 2 to add, 0 to change, 2 to destroy\./);
  });

  test("afterwards both stacks plan no changes", async () => {
    for (const stack of [after.network, after.firewall]) {
      const replan = await run(stack, ["plan", "-input=false", "-no-color", "-detailed-exitcode"]);
      expect(replan.stdout).toContain("No changes.");
    }
  });
});
