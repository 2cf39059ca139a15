/**
 * A commit PAN-OS would reject fails `terraform apply`, end to end: real Terraform, the real
 * `mve-ha`, two simulated firewalls, the offline panos provider in device mode. The guide's pair is
 * applied; then someone turns firewall 0's HA2 port (ethernet1/3) into a layer-3 port by hand, in the
 * candidate configuration, and an HA change is applied with `-refresh=false` (the plan trusts the
 * state, so Terraform cannot know the port changed). The HA spec is written onto a port that is no
 * longer of type `ha`, which is the broken order "HA before the interfaces become `ha`": the commit
 * job fails with the simulator's validation message, `mve-ha commit` prints the job's detail lines,
 * Terraform's apply fails at the commit provisioner, and the running configuration is unchanged.
 * With the port restored, the next apply commits.
 */
import { renderXml } from "../../lib/xmlspec/xml";
import { deviceText } from "../e2e/pair-fixture";
import type { Simulator } from "../simulator";
import { AppliedPair } from "./drift-pair";
import { describeWithTerraform } from "./support";

const HA2_PORT =
  "/config/devices/entry[@name='localhost.localdomain']/network/interface/ethernet/entry[@name='ethernet1/3']";
const HOLD_TIME = "deviceconfig/high-availability/group/mode/active-active/tentative-hold-time";

/** A configuration API call on the simulator, as an admin editing the firewall by hand would make it. */
async function byHand(sim: Simulator, params: Record<string, string>): Promise<string> {
  const answer = await sim.handle(new URLSearchParams({ type: "config", ...params }), sim.apiKey);
  const body = answer.kind === "reply" ? answer.body : "(connection reset)";
  expect(body).toContain('status="success"');
  return body;
}

describeWithTerraform("a commit the simulator rejects fails terraform apply (device mode)", () => {
  let pair: AppliedPair;
  let ha2Entry: string;
  let runningBefore: string;
  let failed: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    pair = await AppliedPair.start("commit-failure");
    await pair.applyAll();
    expect(pair.failedCommits()).toEqual([]);
    const sim = pair.sims[0];
    // The port as the panos provider wrote it (type `ha`), to put back later.
    const got = await byHand(sim, { action: "get", xpath: HA2_PORT });
    ha2Entry = /<entry name="ethernet1\/3"[\s\S]*<\/entry>/.exec(got)?.[0] ?? "";
    expect(ha2Entry).toMatch(/<ha\s*\/>|<ha><\/ha>/);
    await byHand(sim, {
      action: "edit",
      xpath: HA2_PORT,
      element: '<entry name="ethernet1/3"><layer3><mtu>1500</mtu></layer3></entry>',
    });
    runningBefore = renderXml(sim.running);
    pair.synth({ ha: { tentativeHoldTimeSeconds: 90 } });
    failed = await pair.tf("firewall-0", "apply", "-input=false", "-auto-approve", "-refresh=false");
  }, 600_000);

  afterAll(async () => {
    await pair?.dispose();
  });

  test("the HA spec was written (mve-ha apply succeeded), then the commit job failed validation", () => {
    expect(failed.stdout).toMatch(/terraform_data\.firewall_high-availability_\w+: Creation complete/);
    const last = pair.sims[0].commits.at(-1);
    expect(last?.result).toBe("FAIL");
    expect(last?.details).toEqual([
      "Validation Error:",
      " deviceconfig -> high-availability -> interface -> ha2 -> port 'ethernet1/3' is not a valid reference",
      " deviceconfig is invalid",
      " devices is invalid",
    ]);
  });

  test("terraform apply fails at the commit provisioner, with the job's detail lines in its output", () => {
    expect(failed.code).not.toBe(0);
    const commitOutput = failed.stdout
      .split("\n")
      .filter((line) => /^terraform_data\.firewall_commit_\w+ \(local-exec\):/.test(line))
      .join("\n");
    expect(commitOutput).toMatch(/127\.0\.0\.2: commit job \d+ FAIL/);
    expect(commitOutput).toContain("Validation Error:");
    expect(commitOutput).toContain("ha2 -> port 'ethernet1/3' is not a valid reference");
    const errors = failed.stderr.replace(/\s+/g, " ");
    expect(errors).toMatch(/Error: local-exec provisioner error/);
    expect(errors).toMatch(/with terraform_data\.firewall_commit_\w+/);
  });

  test("the running configuration is unchanged: the old hold time, the port still of type ha", () => {
    const sim = pair.sims[0];
    expect(renderXml(sim.running)).toBe(runningBefore);
    expect(deviceText(sim.running, HOLD_TIME)).not.toBe("90");
    expect(sim.pendingChanges).toBe(true);
    // Firewall 1 was not part of this apply.
    expect(pair.sims[1].commits.every((c) => c.result === "OK")).toBe(true);
  });

  test("with the port put back, the next apply commits the HA change", async () => {
    const sim = pair.sims[0];
    await byHand(sim, { action: "edit", xpath: HA2_PORT, element: ha2Entry });
    await pair.apply("firewall-0");
    expect(sim.commits.at(-1)?.result).toBe("OK");
    expect(deviceText(sim.running, HOLD_TIME)).toBe("90");
    expect(sim.pendingChanges).toBe(false);
  }, 300_000);

  test("no credential appears in any Terraform or mve-ha output", () => {
    const everything = pair.output.join("\n");
    expect(everything).not.toContain(pair.password);
    for (const sim of pair.sims) expect(everything).not.toContain(sim.apiKey);
  });
});
