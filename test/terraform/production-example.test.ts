import { productionExample } from "../../examples/production-example";
import { describeWithTerraform } from "./support";
import { synthesizedPair, type SynthesizedPair } from "./synthesized-pair";

/**
 * Real Terraform plans the production-shaped pair (AWS, Azure, Google, internet breakout): the
 * network stack is planned and applied against the offline Megaport provider (so the firewall
 * stacks can read the addresses Megaport returns), then each firewall stack is planned.
 */
describeWithTerraform("the production example under real Terraform (offline providers)", () => {
  let pair: SynthesizedPair;
  let levels: SynthesizedPair["levels"];

  beforeAll(async () => {
    pair = await synthesizedPair(
      "production-example",
      (app, options) =>
        productionExample(app, {
          ...options,
          cli: "mve-ha",
          // The offline mve-ha shim accepts loopback targets only.
          managementAddresses: [
            { ip: "127.0.0.11", prefixLength: 24, gateway: "127.0.0.1" },
            { ip: "127.0.0.12", prefixLength: 24, gateway: "127.0.0.1" },
          ],
        }),
      "production-example.json",
    );
    levels = pair.levels;
  }, 60_000);

  afterAll(async () => {
    await pair?.dispose();
  });

  test("the network stack plans and applies; each firewall stack plans its breakout from what Megaport returned", async () => {
    expect(levels.map((level) => level.map((stack) => stack.name))).toEqual([
      ["prod-network"],
      ["prod-firewall-0", "prod-firewall-1"],
    ]);
    const [network] = levels[0];
    await pair.run(network, "init");
    const plan = await pair.run(network, "plan");
    // Two VXCs per kind: AWS, Azure, Google and the breakout, plus 2 private management VXCs and 3 HA links.
    expect(plan.stdout).toMatch(/Plan: \d+ to add/);
    // Management runs over private VXCs to the management port: no Megaport Internet for management.
    expect(plan.stdout.match(/requested_product_uid\s+=\s+"4a8f3c6e-2b1d-4e7a-9c5f-0d2e6b8a1f37"/g)).toHaveLength(2);
    expect(plan.stdout).toMatch(/megaport_vxc\.management-private-0_vxc_\w+ will be created/);
    expect(plan.stdout).toMatch(/megaport_vxc\.management-private-1_vxc_\w+ will be created/);
    expect(plan.stdout).not.toMatch(/megaport_vxc\.management-\d_vxc/); // the Megaport Internet management VXCs of the guide
    for (const name of ["production-fw-0 gcp", "production-fw-1 internet", "production-fw-0 azure"]) {
      expect(plan.stdout).toContain(name);
    }
    await pair.run(network, "apply", "-auto-approve");
    const outputs = JSON.parse((await pair.run(network, "output", "-json")).stdout);
    expect(Object.keys(outputs["megaport-products"].value.cloudConnections).sort()).toEqual([
      "aws",
      "azure",
      "gcp",
      "internet",
    ]);
    for (const [index, firewall] of levels[1].entries()) {
      await pair.run(firewall, "init");
      const firewallPlan = await pair.run(firewall, "plan");
      expect(firewallPlan.stdout).toContain('destination    = "0.0.0.0/0"');
      expect(firewallPlan.stdout).toContain(`"198.51.100.${10 + index}/29"`);
      expect(firewallPlan.stdout).toContain('"198.51.100.9"');
    }
  }, 300_000);
});
