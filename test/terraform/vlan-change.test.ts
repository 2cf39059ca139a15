import * as path from "node:path";
import { LocalBackend } from "cdktf";
import { PaloAltoHaPair } from "../../lib";
import { renderXml } from "../../lib/xmlspec/xml";
import { awsConnection, azureConnection, pairProps } from "../pattern/fixtures";
import { entries, members, membersAt } from "../e2e/pair-fixture";
import { type ApplyEvent, applyEvents } from "./apply-events";
import { AppliedPair } from "./drift-pair";
import { describeWithTerraform, recordedCliRuns } from "./support";

/**
 * Changing a connection's VLAN (AWS, 100 → 150), judged by real Terraform with the offline
 * providers: the pair is applied (network, firewall-0), re-synthesized with the new VLAN, and
 * applied again (network, then firewall-0 with `-parallelism=1`, so the output order is the
 * execution order). The harness shim's log confirms each `mve-ha` run; the shim runs the real
 * `mve-ha` against the simulated firewalls, and the offline panos provider writes to them (device
 * mode), so every commit on the way judges the whole firewall with the simulator's validation.
 */
describeWithTerraform("changing a connection's VLAN under real Terraform (offline providers, device mode)", () => {
  let pair: AppliedPair;
  let networkChange: string;
  let change: {
    stdout: string;
    events: ApplyEvent[];
    log: { argv: string[] }[];
    commitsBefore: number;
    firewall1CommitsBefore: number;
  };

  /** Synthesizes the fixture pair with the given VLANs, management API on the simulators, `mve-ha` from PATH. */
  function synthesizePair(awsVlan: number, azureVlan = 200): void {
    pair.synthWith((app, base, api) => {
      const props = pairProps({
        cli: "mve-ha",
        cloudConnections: [awsConnection({ vlan: awsVlan }), azureConnection({ vlan: azureVlan })],
      });
      // The state where the guide's stacks keep theirs (the pair started with them: same backend).
      const state = base.stateDirectory ?? ".";
      // Id `guide`: the fixture file gives the `guide-fw-<i> management Internet` VXCs the simulators' addresses.
      new PaloAltoHaPair(app, "guide", {
        ...props,
        management: { ...props.management, api },
        backend: (stack, name) => new LocalBackend(stack, { path: path.join(state, `terraform.${name}.tfstate`) }),
      });
    });
  }

  beforeAll(async () => {
    pair = await AppliedPair.start("vlan-change", {}, { cli: "shim" });
    synthesizePair(100);
    for (const stack of ["network", "firewall-0"] as const) {
      await pair.expectOk(stack, "init", "-input=false");
      await pair.apply(stack);
    }
    synthesizePair(150);
    networkChange = (await pair.apply("network")).stdout;
    const logged = recordedCliRuns(pair.cliLog).length;
    const commitsBefore = pair.sims[0].commits.length;
    const firewall1CommitsBefore = pair.sims[1].commits.length;
    const applied = await pair.expectOk("firewall-0", "apply", "-input=false", "-auto-approve", "-parallelism=1");
    change = {
      stdout: applied.stdout,
      events: applyEvents(applied.stdout),
      log: recordedCliRuns(pair.cliLog).slice(logged),
      commitsBefore,
      firewall1CommitsBefore,
    };
  }, 600_000);

  afterAll(async () => {
    await pair?.dispose();
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

  test("one commit for the whole change: the stack's commit defers, the removal commit commits after the deletion", () => {
    const commits = runs().filter((e) => e.subcommand === "commit");
    expect(commits.map((e) => `${e.phase} ${e.role}`)).toEqual([
      "create commit",
      'destroy commit-on-removal["ethernet1/1.100"]',
    ]);
    // The stack's commit ran, found ethernet1/1.100 being removed, and left the commit to the removal's.
    expect(change.stdout).toMatch(
      /commit_[0-9A-F]{8} \(local-exec\): 127\.0\.0\.2: commit deferred: this apply is removing ethernet1\/1\.100; commit-on-removal\["ethernet1\/1\.100"\] commits after the deletion/,
    );
    // The shim's log: the stack's commit carried the model's subinterfaces; the removal commit runs without them.
    const commitRuns = change.log.filter((line) => line.argv[0] === "commit");
    const option = (argv: string[], name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
    expect(
      commitRuns.map((line) => [option(line.argv, "--data-interface"), option(line.argv, "--model-subinterfaces")]),
    ).toEqual([
      ["ethernet1/1", "ethernet1/1.150,ethernet1/1.200"],
      [undefined, undefined],
    ]);
    // Exactly one commit job on firewall 0 for the whole apply, by the removal commit, after the deletion.
    expect(pair.sims[0].commits.length - change.commitsBefore).toBe(1);
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
    expect([...hosts]).toEqual(["127.0.0.2"]);
  });

  test("every commit passed the simulator's validation; nothing is left uncommitted on firewall 0", () => {
    expect(pair.failedCommits()).toEqual([]);
    expect(pair.sims[0].commits.slice(change.commitsBefore).map((c) => c.result)).toEqual(["OK"]);
    expect(pair.sims[0].pendingChanges).toBe(false);
    // Only firewall-0's stack is applied here: firewall 1 sees no commit.
    expect(pair.sims[1].commits.length).toBe(change.firewall1CommitsBefore);
  });

  test("firewall 0's running configuration has ethernet1/1.150 (tag 150) where ethernet1/1.100 was, and no .100", () => {
    const running = pair.sims[0].running;
    expect(renderXml(running)).not.toContain("ethernet1/1.100");
    const data = entries(running, "network/interface/ethernet").get("ethernet1/1");
    const units = data?.children.find((c) => c.name === "layer3")?.children.find((c) => c.name === "units")?.children;
    const tags = (units ?? []).map((u) => [u.attributes.name, u.children.find((c) => c.name === "tag")?.text]);
    expect(tags.sort()).toEqual([
      ["ethernet1/1.150", "150"],
      ["ethernet1/1.200", "200"],
    ]);
    const want = ["ethernet1/1.150", "ethernet1/1.200"];
    expect(membersAt(entries(running, "vsys/entry/zone").get("data-plane"), "network/layer3").sort()).toEqual(want);
    expect(membersAt(entries(running, "network/virtual-router").get("default"), "interface").sort()).toEqual(want);
    expect(members(running, "vsys/entry/import/network/interface").sort()).toEqual(["ethernet1/1", ...want]);
  });

  test("an Azure VLAN change replaces only Azure's VXCs, and preventDestroy (on) does not block it", async () => {
    // The Azure peering VLAN follows the connection's VLAN, so the partner config changes, which
    // megaport 1.13.1 answers with a replacement. Protection covers the MVEs and the pair's links.
    synthesizePair(150, 300);
    const plan = await pair.expectOk("network", "plan", "-input=false", "-lock=false");
    synthesizePair(150);
    const replaced = [...plan.stdout.matchAll(/# (\S+) must be replaced/g)].map((m) => m[1]);
    expect(replaced.map((address) => address.replace(/_[0-9A-F]{8}$/, ""))).toEqual([
      "megaport_vxc.azure-0_attachment_vxc",
      "megaport_vxc.azure-1_attachment_vxc",
    ]);
    expect(plan.stdout).toMatch(/Plan: 2 to add, 0 to change, 2 to destroy\./);
  });

  test("afterwards both stacks plan no changes", async () => {
    for (const stack of ["network", "firewall-0"] as const) {
      const replan = await pair.expectOk(stack, "plan", "-input=false", "-detailed-exitcode");
      expect(replan.stdout).toContain("No changes.");
    }
  });
});
