/**
 * Drift is committed, judged by real Terraform: the guide's pair is applied offline against two
 * simulated firewalls, the offline panos provider in device mode (it writes every panos object to
 * the simulators and reads them back from the candidate configuration). Then someone edits
 * firewall 0 by hand, in its candidate configuration, as a person at the firewall's web interface
 * would (a zone member removed, a BGP peer's AS changed; later the zone deleted). The next plan
 * shows the edits as drift, and the apply must revert them and commit exactly once on firewall 0,
 * and touch nothing on firewall 1.
 *
 * Device mode and not the provider's `drift` fixture entries (state mode): in state mode the
 * simulators hold no interfaces, so the stack's own commit (HA on ports of type `ha`) fails the
 * simulator's commit validation; and drift made on the device proves what a real firewall shows,
 * read back by the provider, reverted by its writes. The hand edits are not committed: removing the
 * zone member or the zone leaves a routed interface outside any zone, which the commit validation
 * rejects, as PAN-OS does.
 */
import { deviceNode, entries, membersAt } from "../e2e/pair-fixture";
import type { Simulator } from "../simulator";
import { AppliedPair, commitRuns } from "./drift-pair";
import { describeWithTerraform } from "./support";

const ZONE_MEMBERS = ["ethernet1/1.100", "ethernet1/1.200"];
const DEVICE = "/config/devices/entry[@name='localhost.localdomain']";
const ZONE_XPATH = `${DEVICE}/vsys/entry[@name='vsys1']/zone`;
const AZURE_PEER_AS = `${DEVICE}/network/virtual-router/entry[@name='default']/protocol/bgp/peer-group/entry[@name='azure']/peer/entry[@name='azure']/peer-as`;

/** What each firewall saw: commit jobs and `mve-ha commit` runs. */
const counts = (sims: readonly Simulator[]) => sims.map((s) => ({ commits: s.commits.length, runs: commitRuns(s) }));

/** A configuration API call on firewall 0, as a person editing it by hand makes it (no commit). */
async function byHand(sim: Simulator, params: Record<string, string>): Promise<void> {
  const answer = await sim.handle(new URLSearchParams({ type: "config", ...params }), sim.apiKey);
  expect(answer.kind === "reply" ? answer.body : "(connection reset)").toContain('status="success"');
}

describeWithTerraform(
  "drift is reverted and committed (real Terraform, offline providers in device mode, simulated firewalls)",
  () => {
    let pair: AppliedPair;
    let zoneName: string;

    const zoneMembers = (config: "running" | "candidate") =>
      membersAt(entries(pair.sims[0][config], "vsys/entry/zone").get(zoneName), "network/layer3");

    beforeAll(async () => {
      pair = await AppliedPair.start("drift");
      await pair.applyAll();
      zoneName = String((await pair.stateValues("firewall-0", "panos_zone.")).name);
    }, 240_000);

    afterAll(async () => {
      await pair?.dispose();
    });

    test("the applied pair plans no changes before any drift (no commit without a change)", async () => {
      for (const stack of ["firewall-0", "firewall-1"] as const) expect(await pair.planned(stack)).toEqual([]);
    }, 120_000);

    describe("a zone member and a BGP peer changed by hand on firewall 0", () => {
      let before: ReturnType<typeof counts>;

      beforeAll(async () => {
        const sim = pair.sims[0];
        const kept = `<entry name="${zoneName}"><network><layer3><member>${ZONE_MEMBERS[0]}</member></layer3></network></entry>`;
        await byHand(sim, { action: "edit", xpath: `${ZONE_XPATH}/entry[@name='${zoneName}']`, element: kept });
        await byHand(sim, { action: "edit", xpath: AZURE_PEER_AS, element: "<peer-as>65099</peer-as>" });
        expect(zoneMembers("candidate")).toEqual([ZONE_MEMBERS[0]]);
      });

      test("the plan reverts both on firewall 0 and replaces its commit; firewall 1 plans nothing", async () => {
        expect(await pair.planned("firewall-0")).toEqual([
          "delete+create terraform_data.firewall_commit",
          "update panos_virtual_router.firewall_virtual-router",
          "update panos_zone.firewall_zone",
        ]);
        expect(await pair.planned("firewall-1")).toEqual([]);
        const shown = await pair.expectOk("firewall-0", "plan", "-input=false");
        // The corrections, and the commit that follows them, as the user reads them in the plan.
        expect(shown.stdout).toMatch(/~ layer3 = \[\s+"ethernet1\/1\.100",\s+\+ "ethernet1\/1\.200",/);
        expect(shown.stdout).toContain('peer_as                   = "65099" -> "12076"');
        expect(shown.stdout).toMatch(
          /terraform_data\.firewall_commit_\w+ will be replaced due to changes in replace_triggered_by/,
        );
      }, 120_000);

      test("the apply commits exactly once on firewall 0 and never runs a commit on firewall 1", async () => {
        before = counts(pair.sims);
        await Promise.all([pair.apply("firewall-0"), pair.apply("firewall-1")]);
        const after = counts(pair.sims);
        expect(after[0].commits - before[0].commits).toBe(1);
        expect(after[0].runs - before[0].runs).toBe(1);
        expect(after[1]).toEqual(before[1]);
        expect(pair.sims[0].commits.at(-1)?.result).toBe("OK");
        expect(pair.sims[0].pendingChanges).toBe(false);
        expect(zoneMembers("running")).toEqual(ZONE_MEMBERS);
        expect(pair.failedCommits()).toEqual([]);
      }, 180_000);

      test("once the hand edits are reverted, nothing is planned and nothing commits again", async () => {
        for (const stack of ["firewall-0", "firewall-1"] as const) expect(await pair.planned(stack)).toEqual([]);
      }, 120_000);
    });

    describe("the zone deleted by hand on firewall 0", () => {
      beforeAll(async () => {
        await byHand(pair.sims[0], { action: "delete", xpath: `${ZONE_XPATH}/entry[@name='${zoneName}']` });
        expect(deviceNode(pair.sims[0].candidate, "vsys/entry/zone/entry")).toBeUndefined();
      });

      test("the plan creates the zone again and replaces the commit (a create triggers it too)", async () => {
        expect(await pair.planned("firewall-0")).toEqual([
          "create panos_zone.firewall_zone",
          "delete+create terraform_data.firewall_commit",
        ]);
      }, 120_000);

      test("the apply creates the zone again and commits exactly once on firewall 0, nothing pending", async () => {
        const before = counts(pair.sims);
        await pair.apply("firewall-0");
        const after = counts(pair.sims);
        expect(after[0].commits - before[0].commits).toBe(1);
        expect(after[0].runs - before[0].runs).toBe(1);
        expect(after[1]).toEqual(before[1]);
        expect(zoneMembers("candidate")).toEqual(ZONE_MEMBERS);
        expect(zoneMembers("running")).toEqual(ZONE_MEMBERS);
        expect(pair.sims[0].pendingChanges).toBe(false);
        expect(pair.failedCommits()).toEqual([]);
        expect(await pair.planned("firewall-0")).toEqual([]);
      }, 180_000);
    });

    test("no credential appears in any Terraform or mve-ha output", () => {
      const everything = pair.output.join("\n");
      expect(everything).not.toContain(pair.password);
      for (const sim of pair.sims) expect(everything).not.toContain(sim.apiKey);
    });
  },
);
