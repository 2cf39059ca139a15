import * as path from "node:path";
import { LocalBackend, type App } from "cdktf";
import { PRODUCTION } from "../../examples/production-example";
import { PaloAltoHaPair, mcr, oracle, variable, type OracleFirewallSettings } from "../../lib";
import { describeWithTerraform } from "./support";
import { synthesizedPair, type SynthesizedPair } from "./synthesized-pair";

const MCR_UID = "9d3c1a7e-5b2f-4c8d-a1e6-3f0b7c9d2e41";

/** A pair whose data plane is Oracle FastConnect and an MCR: the two kinds the production example does not use. */
function oracleMcrPair(app: App, options: { stateDirectory?: string } = {}): PaloAltoHaPair {
  const [site0, site1] = PRODUCTION.locationIds;
  const state = options.stateDirectory;
  return new PaloAltoHaPair(app, "kinds", {
    sites: [{ location: { id: site0 } }, { location: { id: site1 } }],
    size: PRODUCTION.size,
    image: { version: PRODUCTION.imageVersion },
    sshPublicKey: variable("ssh_public_key", { sensitive: false }),
    adminPasswordHash: variable("admin_password_hash"),
    haLinks: { ha3RateLimitMbps: PRODUCTION.ha3RateLimitMbps },
    management: { dnsServers: PRODUCTION.dnsServers, api: { insecureSkipVerify: true } },
    bgp: { localAsn: PRODUCTION.firewallAsn },
    cloudConnections: [
      oracle({
        name: "oci",
        vlan: 400,
        rateLimitMbps: 1000,
        firewalls: [0, 1].map((i) => ({
          virtualCircuitId: variable(`oracle_virtual_circuit_${i}`, { sensitive: false }),
          partnerPort: { locationId: PRODUCTION.locationIds[i] },
          bgp: { localAddress: `169.254.14${i}.2/30`, peerAddress: `169.254.14${i}.1` },
        })) as [OracleFirewallSettings, OracleFirewallSettings],
      }),
      mcr({
        name: "mcr",
        vlan: 500,
        rateLimitMbps: 500,
        mcrProductUid: MCR_UID,
        mcrAsn: 133937,
        firewallAsn: PRODUCTION.firewallAsn,
        firewalls: [
          { localAddress: "10.200.0.1/30", mcrAddress: "10.200.0.2" },
          { localAddress: "10.200.0.5/30", mcrAddress: "10.200.0.6" },
        ],
      }),
    ],
    cli: "mve-ha",
    backend: state
      ? (stack, name) => new LocalBackend(stack, { path: path.join(state, `terraform.${name}.tfstate`) })
      : undefined,
  });
}

describeWithTerraform("Oracle FastConnect and an MCR under real Terraform (offline providers)", () => {
  let pair: SynthesizedPair;
  let levels: SynthesizedPair["levels"];

  beforeAll(async () => {
    pair = await synthesizedPair("oracle-mcr", oracleMcrPair, "production-example.json");
    levels = pair.levels;
  }, 60_000);

  afterAll(async () => {
    await pair?.dispose();
  });

  test("the network stack orders both kinds' VXCs; each firewall stack plans its BGP peers on them", async () => {
    const [network] = levels[0];
    await pair.run(network, "init");
    const plan = (await pair.run(network, "plan")).stdout;
    expect(plan.match(/oracle_config\s+=\s+\{/g)).toHaveLength(2);
    expect(plan.match(new RegExp(`requested_product_uid\\s+=\\s+"${MCR_UID}"`, "g"))).toHaveLength(2);
    expect(plan).toMatch(/peer_asn\s+=\s+65020/); // the MCR's BGP neighbour is the firewalls' ASN
    await pair.run(network, "apply", "-auto-approve");
    for (const [index, firewall] of levels[1].entries()) {
      await pair.run(firewall, "init");
      const firewallPlan = (await pair.run(firewall, "plan")).stdout;
      expect(firewallPlan).toContain(`"169.254.14${index}.1"`); // Oracle's BGP peer
      expect(firewallPlan).toContain(`"10.200.0.${index === 0 ? 2 : 6}"`); // the MCR's
      expect(firewallPlan).toContain('"133937"');
    }
  }, 300_000);
});
