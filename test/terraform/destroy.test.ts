/**
 * Destroy, proven with real Terraform, the real `mve-ha` and two simulated firewalls: the guide's
 * pair is applied, a destroy with the default `preventDestroy: true` is refused with our message
 * and changes nothing, then with `preventDestroy: false` firewall-1, firewall-0 and network are
 * destroyed in that order. Every destroy-time provisioner of the stacks runs, the firewalls'
 * deletions are committed, and each firewall's running configuration is again what it was before
 * its firewall stack was applied.
 *
 * The offline panos provider runs in device mode: interfaces, zone, router, profiles and rules are
 * written to the simulators, so every commit on the way (apply, then each destroy) passes the
 * simulator's commit validation, and after the destroy none of them is left in the running
 * configuration (asserted at their XPaths). The device settings of the preparation (network stack) are not undone on
 * purpose: they live and die with the MVE, which the network destroy deletes.
 */
import * as fs from "node:fs";
import { renderXml, type XmlElement } from "../../lib/xmlspec/xml";
import { DESTROY_GUARD_NAME, destroyGuardMessage } from "../../lib/pattern/destroy-guard";
import { deviceNode, entries, members } from "../e2e/pair-fixture";
import { expectPanosObjects } from "../e2e/panos-objects";
import { AppliedPair, commitRuns, STACKS, type StackName } from "./drift-pair";
import { describeWithTerraform } from "./support";

const DESTROY_ORDER: StackName[] = ["firewall-1", "firewall-0", "network"];

/**
 * The running configuration as text, without empty containers: an element with no text, no
 * children and no name (PAN-OS keeps no meaning in it; a delete may leave one, with only the
 * device's bookkeeping attributes, admin and time).
 */
function runningText(config: XmlElement): string {
  const prune = (element: XmlElement): XmlElement | undefined => {
    const children = element.children.map(prune).filter((c): c is XmlElement => c !== undefined);
    const empty = children.length === 0 && (element.text ?? "") === "" && element.attributes.name === undefined;
    return empty ? undefined : { ...element, children };
  };
  return renderXml(prune(config) ?? config);
}

/** Addresses of the instances whose configuration has a destroy-time provisioner, from state and synthesized JSON. */
function destroyTimeInstances(stackJson: string, state: { address: string; type: string; name: string }[]): string[] {
  const json = JSON.parse(fs.readFileSync(stackJson, "utf8")) as {
    resource?: Record<string, Record<string, { provisioner?: Record<string, { when?: string }>[] }>>;
  };
  const withUndo = new Set<string>();
  for (const [type, blocks] of Object.entries(json.resource ?? {})) {
    for (const [name, block] of Object.entries(blocks)) {
      const destroyTime = (block.provisioner ?? []).some((p) => Object.values(p).some((v) => v.when === "destroy"));
      if (destroyTime) withUndo.add(`${type}.${name}`);
    }
  }
  return state.filter((r) => withUndo.has(`${r.type}.${r.name}`)).map((r) => r.address);
}

describeWithTerraform("destroying the pair (real Terraform, offline providers, simulated firewalls)", () => {
  let pair: AppliedPair;
  /** Each firewall's running configuration after the network stack alone was applied. */
  let beforeFirewallStacks: string[];

  const device = () => pair.sims.map((s) => ({ commits: s.commits.length, writes: s.writes, runs: commitRuns(s) }));

  async function stateResources(stack: StackName) {
    const shown = await pair.expectOk(stack, "show", "-json");
    const state = JSON.parse(shown.stdout) as {
      values?: { root_module?: { resources?: { address: string; type: string; name: string; mode: string }[] } };
    };
    return (state.values?.root_module?.resources ?? []).filter((r) => r.mode === "managed");
  }

  beforeAll(async () => {
    pair = await AppliedPair.start("destroy");
    await pair.apply("network");
    beforeFirewallStacks = pair.sims.map((s) => runningText(s.running));
    await Promise.all([pair.apply("firewall-0"), pair.apply("firewall-1")]);
  }, 240_000);

  afterAll(async () => {
    await pair?.dispose();
  });

  test("the firewall stacks did write the firewalls (HA, vsys import), so the destroy has something to remove", () => {
    for (const [i, sim] of pair.sims.entries()) {
      expect(deviceNode(sim.running, "deviceconfig/high-availability")).toBeDefined();
      expect(members(sim.running, "vsys/entry/import/network/interface").length).toBeGreaterThan(0);
      expect(runningText(sim.running)).not.toBe(beforeFirewallStacks[i]);
      // Device mode: the panos provider wrote the whole firewall, and the stack's commit took it to running.
      expectPanosObjects(sim.running, i as 0 | 1);
    }
    expect(pair.failedCommits()).toEqual([]);
  });

  describe("with the default preventDestroy: true", () => {
    test.each(DESTROY_ORDER)(
      "destroying %s is refused by the guard that says how to allow it, and nothing runs",
      async (stack) => {
        const before = device();
        const run = await pair.tf(stack, "destroy", "-input=false", "-auto-approve");
        expect(run.code).not.toBe(0);
        const errors = run.stderr.replace(/\s+/g, " ");
        const refusals = [...errors.matchAll(/Resource (\S+) has lifecycle\.prevent_destroy set/g)].map((m) => m[1]);
        // The guard's refusal is the only one: the MVEs' and VXCs' own are never reached.
        expect(refusals).toEqual([`terraform_data.${DESTROY_GUARD_NAME}`]);
        // The whole message, in the plan Terraform prints above the errors.
        const message = destroyGuardMessage(DESTROY_ORDER).replace(/"/g, '\\"');
        expect(run.stdout.replace(/\s+/g, " ")).toContain(`message = "${message}"`);
        expect(run.stdout).not.toContain("(local-exec): Executing");
        expect(device()).toEqual(before);
        expect((await stateResources(stack)).length).toBeGreaterThan(1);
      },
      120_000,
    );
  });

  describe("with preventDestroy: false, in the order firewall-1, firewall-0, network", () => {
    const destroyed: Partial<Record<StackName, { stdout: string; undo: string[]; before: ReturnType<typeof device> }>> =
      {};

    beforeAll(async () => {
      pair.synth({ preventDestroy: false });
      for (const stack of DESTROY_ORDER) {
        const resources = await stateResources(stack);
        const undo = destroyTimeInstances(pair.stackJson(stack), resources);
        const before = device();
        const run = await pair.expectOk(stack, "destroy", "-input=false", "-auto-approve");
        destroyed[stack] = { stdout: run.stdout, undo, before };
      }
    }, 360_000);

    test.each(DESTROY_ORDER)("%s: every destroy-time provisioner ran, and the destroy completed", (stack) => {
      const { stdout, undo } = destroyed[stack]!;
      expect(stdout).toContain("Destroy complete!");
      if (stack !== "network") expect(undo.length).toBeGreaterThanOrEqual(8);
      for (const address of undo) expect(stdout).toContain(`${address} (local-exec): Executing:`);
    });

    test.each(DESTROY_ORDER)("%s: nothing is left in its state", async (stack) => {
      expect(await stateResources(stack)).toEqual([]);
    });

    test("each firewall stack's destroy committed on its own firewall only, and nothing stays pending", () => {
      const fw1 = destroyed["firewall-1"]!.before;
      const fw0 = destroyed["firewall-0"]!.before;
      const net = destroyed.network!.before;
      // firewall-1's destroy: commits on firewall 1, none on firewall 0; then the reverse.
      expect(fw0[1].commits).toBeGreaterThan(fw1[1].commits);
      expect(fw0[0].commits).toBe(fw1[0].commits);
      expect(net[0].commits).toBeGreaterThan(fw0[0].commits);
      expect(net[1].commits).toBe(fw0[1].commits);
      for (const sim of pair.sims) {
        expect(sim.commits.at(-1)?.result).toBe("OK");
        expect(sim.pendingChanges).toBe(false);
      }
      // Every commit on the way, destroy-time ones included, passed the simulator's validation.
      expect(pair.failedCommits()).toEqual([]);
    });

    test("nothing the firewall stacks created is left in the running configurations", () => {
      for (const sim of pair.sims) {
        const running = sim.running;
        expect([...entries(running, "network/interface/ethernet").keys()]).toEqual([]);
        expect([...entries(running, "network/virtual-router").keys()]).toEqual([]);
        expect([...entries(running, "network/profiles/bfd-profile").keys()]).toEqual([]);
        expect([...entries(running, "network/profiles/interface-management-profile").keys()]).toEqual([]);
        expect([...entries(running, "vsys/entry/zone").keys()]).toEqual([]);
        expect([...entries(running, "vsys/entry/rulebase/security/rules").keys()]).toEqual([]);
      }
    });

    test("the firewalls' running configurations are again what the network stack alone had left (no HA, no vsys import)", () => {
      for (const [i, sim] of pair.sims.entries()) {
        expect(deviceNode(sim.running, "deviceconfig/high-availability")).toBeUndefined();
        expect(members(sim.running, "vsys/entry/import/network/interface")).toEqual([]);
        expect(members(sim.running, "vsys/entry/import/network/virtual-router")).toEqual([]);
        expect(runningText(sim.running)).toBe(beforeFirewallStacks[i]);
      }
    });

    test("the network destroy wrote nothing to the firewalls (their settings go with the MVEs it deletes)", () => {
      expect(device()).toEqual(destroyed.network!.before);
    });
  });

  test("no credential appears in any Terraform or mve-ha output", () => {
    const everything = pair.output.join("\n");
    expect(everything).not.toContain(pair.password);
    for (const sim of pair.sims) expect(everything).not.toContain(sim.apiKey);
    for (const stack of STACKS) {
      if (fs.existsSync(pair.stateFile(stack)))
        expect(fs.readFileSync(pair.stateFile(stack), "utf8")).not.toContain(pair.password);
    }
  });
});
