/**
 * Drift is committed, judged by real Terraform: the guide's pair is applied offline against two
 * simulated firewalls, then the offline panos provider reports hand edits on firewall 0 (a zone
 * member removed, a BGP peer's AS changed; later the zone deleted). The next apply must revert
 * them and commit exactly once on firewall 0, and touch nothing on firewall 1.
 *
 * The pair runs in state mode (drift-pair's explicit `panos: "state"`): the drift here is made by
 * the provider's `drift` fixture entries, which device mode refuses, and in state mode the offline
 * panos provider keeps its objects in Terraform state only: it never writes the simulator. So that the commit has something to commit, each test writes the reverted zone into
 * firewall 0's candidate configuration itself before the apply: what the real provider writes
 * there during that apply. Whether it then reaches the running configuration is what is tested.
 */
import { deviceNode, members } from "../e2e/pair-fixture";
import type { Simulator } from "../simulator";
import { AppliedPair, commitRuns } from "./drift-pair";
import { describeWithTerraform } from "./support";

const FW0 = "127.0.0.2";
const ZONE_MEMBERS = ["ethernet1/1.100", "ethernet1/1.200"];

/** What each firewall saw: commit jobs and `mve-ha commit` runs. */
const counts = (sims: readonly Simulator[]) => sims.map((s) => ({ commits: s.commits.length, runs: commitRuns(s) }));

describeWithTerraform(
  "drift is reverted and committed (real Terraform, offline providers, simulated firewalls)",
  () => {
    let pair: AppliedPair;
    let zoneName: string;

    const ZONE_XPATH = "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/zone";

    /** The real provider's write of the zone, as it would land in firewall 0's candidate during the apply. */
    async function providerWritesZone(): Promise<void> {
      const sim = pair.sims[0];
      const zone = `<entry name="${zoneName}"><network><layer3>${ZONE_MEMBERS.map((m) => `<member>${m}</member>`).join("")}</layer3></network></entry>`;
      const params = new URLSearchParams({ type: "config", action: "set", xpath: ZONE_XPATH, element: zone });
      expect(await sim.handle(params, sim.apiKey)).toMatchObject({ body: expect.stringContaining(`status="success"`) });
    }

    /** Someone deletes the zone on firewall 0 and commits, by hand (waits for the commit job). */
    async function zoneDeletedByHand(): Promise<void> {
      const sim = pair.sims[0];
      const xpath = `${ZONE_XPATH}/entry[@name='${zoneName}']`;
      await sim.handle(new URLSearchParams({ type: "config", action: "delete", xpath }), sim.apiKey);
      await sim.handle(new URLSearchParams({ type: "commit", cmd: "<commit></commit>" }), sim.apiKey);
      while (sim.commits.at(-1)?.result === "PEND") await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sim.commits.at(-1)?.result).toBe("OK");
    }

    const runningZoneMembers = () =>
      members(pair.sims[0].running, `vsys/entry/zone/entry/network/layer3`).filter((m) => m.startsWith("ethernet"));

    beforeAll(async () => {
      pair = await AppliedPair.start("drift", {}, { panos: "state" });
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

      beforeAll(() => {
        pair.setDrift([
          {
            resource: "panos_zone",
            provider: { hostname: FW0 },
            when: { name: zoneName },
            set: { network: { layer3: [ZONE_MEMBERS[0]] } },
            comment: "ethernet1/1.200 removed from the zone by hand",
          },
          {
            resource: "panos_virtual_router",
            provider: { hostname: FW0 },
            set: { protocol: { bgp: { peer_group: [{}, { peer: [{ peer_as: "65099" }] }] } } },
            comment: "the Azure peer's AS changed by hand",
          },
        ]);
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
        await providerWritesZone();
        expect(pair.sims[0].pendingChanges).toBe(true);
        await Promise.all([pair.apply("firewall-0"), pair.apply("firewall-1")]);
        const after = counts(pair.sims);
        expect(after[0].commits - before[0].commits).toBe(1);
        expect(after[0].runs - before[0].runs).toBe(1);
        expect(after[1]).toEqual(before[1]);
        expect(pair.sims[0].commits.at(-1)?.result).toBe("OK");
        expect(pair.sims[0].pendingChanges).toBe(false);
        expect(runningZoneMembers()).toEqual(ZONE_MEMBERS);
      }, 180_000);

      test("once the hand edits are gone, nothing is planned and nothing commits again", async () => {
        pair.setDrift([]);
        for (const stack of ["firewall-0", "firewall-1"] as const) expect(await pair.planned(stack)).toEqual([]);
      }, 120_000);
    });

    describe("the zone deleted by hand on firewall 0", () => {
      beforeAll(() => {
        pair.setDrift([{ resource: "panos_zone", provider: { hostname: FW0 }, when: { name: zoneName }, gone: true }]);
      });

      test("the plan creates the zone again and replaces the commit (a create triggers it too)", async () => {
        expect(await pair.planned("firewall-0")).toEqual([
          "create panos_zone.firewall_zone",
          "delete+create terraform_data.firewall_commit",
        ]);
      }, 120_000);

      test("the apply commits exactly once on firewall 0: the zone is back in the running configuration", async () => {
        await zoneDeletedByHand();
        expect(deviceNode(pair.sims[0].running, "vsys/entry/zone/entry")).toBeUndefined();
        const before = counts(pair.sims);
        await providerWritesZone();
        await pair.apply("firewall-0");
        const after = counts(pair.sims);
        expect(after[0].commits - before[0].commits).toBe(1);
        expect(after[0].runs - before[0].runs).toBe(1);
        expect(after[1]).toEqual(before[1]);
        expect(runningZoneMembers()).toEqual(ZONE_MEMBERS);
        pair.setDrift([]);
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
