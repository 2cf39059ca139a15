import { Construct } from "constructs";
import { provider as panosProvider, virtualRouter, zone } from "../../.gen/providers/panos";
import { ChangeWitness } from "./bridge/change-witness";
import { CommitOnDestroy, FirewallCommit } from "./bridge/commit";
import { XmlBridge } from "./bridge/xml-bridge";
import { XmlCleanup } from "./bridge/xml-cleanup";
import { buildFirewallModel, subinterfacesOf } from "./model/firewall-model";
import type { FirewallModel } from "./model/types";
import type { PaloAltoFirewallConfigProps } from "./props/firewall";
import { createInterfaces } from "./resources/interfaces";
import { createBfdProfile, createVirtualRouter } from "./resources/routing";
import { createInternetBreakout } from "./resources/internet-breakout";
import { createSecurityRule, createZone } from "./resources/zone-and-policy";
import { renderHaRemovalSpec, renderHaSpec } from "./xml/ha-spec";
import { renderVsysImportRemovalSpec, renderVsysImportSpec, vsysImports } from "./xml/vsys-import-spec";

/**
 * Everything one firewall of the Active/Active pair needs, in that firewall's own stack: the panos
 * provider, interfaces, zone, BFD profile, virtual router with ECMP and BGP, the security rule, the
 * XML bridges for what no provider covers (vsys import, HA), and one commit, which follows every
 * planned change of any of them, drift included (see FirewallCommit). Use one per stack:
 * it configures the stack's (unaliased) panos provider.
 *
 * Order (explicit `depends_on`): interfaces → vsys import → zone / router → HA → rules → commit.
 * The bridges that run `mve-ha apply` form a chain, so one runs against the firewall at a time.
 * A bridge never undoes anything: a changed spec (e.g. HA) is rewritten by a full `edit`.
 *
 * Removal. The provider only edits the candidate configuration and PAN-OS refuses to delete an
 * interface or router that vsys1 or HA still names, so undo lives in destroy-only blocks with no
 * `triggers_replace` (they run on a real removal or a stack destroy, never on a change):
 * - removing a connection: the subinterface, its `vsys-import-cleanup` instance and its
 *   `commit-on-removal` instance are `create_before_destroy`, so Terraform first updates the zone,
 *   router and HA, runs the stack's `commit`, then removes the interface from vsys1, deletes it,
 *   and `commit-on-removal` commits. The stack's commit sees the removal in progress (our
 *   subinterface, committed, outside the model, let go of by zone and router) and defers to it:
 *   one commit, of a config where HA was never missing. A VLAN change is the same for the old
 *   subinterface.
 * - `vsys-import-virtual-router-cleanup` and `high-availability-cleanup` remove the router import
 *   and the HA subtree on a stack destroy (or a router rename), before the provider deletes what
 *   they name; `commit-on-destroy`, which everything depends on, commits last.
 */
export class PaloAltoFirewallConfig extends Construct {
  /** The validated model everything here is rendered from. */
  public readonly model: FirewallModel;
  /** The panos provider for this firewall (credentials from the `PANOS_*` environment). */
  public readonly provider: panosProvider.PanosProvider;
  public readonly zone: zone.Zone;
  public readonly virtualRouter: virtualRouter.VirtualRouter;
  /** The bridge applying `deviceconfig/high-availability`. */
  public readonly highAvailability: XmlBridge;
  /** The commit, after everything else. */
  public readonly commit: FirewallCommit;

  public constructor(scope: Construct, id: string, props: PaloAltoFirewallConfigProps) {
    super(scope, id);
    const m = buildFirewallModel(props, this.node.path);
    this.model = m;
    const { api, cli } = m;

    this.provider = new panosProvider.PanosProvider(this, "panos", {
      hostname: api.host,
      port: api.port,
      protocol: api.protocol,
      skipVerifyCertificate: api.insecureSkipVerify,
    });
    const provider = this.provider;
    const first = new CommitOnDestroy(this, "commit-on-destroy", { api, cli });
    // Keyed by subinterface, not connection: a changed VLAN drops the old key, so its commit runs
    // after the old subinterface is deleted (Terraform runs no destroy-time provisioner for an
    // instance replaced create-before-destroy, only for a removed one).
    const removalCommits = new CommitOnDestroy(this, "commit-on-removal", {
      api,
      cli,
      forEach: subinterfacesOf(m).map((c) => c.interfaceName),
      dependsOn: [first],
      createBeforeDestroy: true,
    });
    const interfaces = createInterfaces(this, m, provider, [first], [removalCommits]);
    const bfdProfile = createBfdProfile(this, m, provider, [first]);

    const imports = vsysImports(m);
    const allInterfaces = [interfaces.data, ...interfaces.subinterfaces];
    const interfaceImport = new XmlBridge(this, "vsys-import-interfaces", {
      api,
      cli,
      subcommand: "apply",
      spec: renderVsysImportSpec(imports.interfaces),
      dependsOn: allInterfaces,
    });
    const importCleanup = new XmlCleanup(this, "vsys-import-cleanup", {
      api,
      cli,
      undoSpecs: Object.fromEntries(imports.interfaces.map((i) => [i.name, renderVsysImportRemovalSpec(i)])),
      dependsOn: [interfaceImport, ...allInterfaces],
      createBeforeDestroy: true,
    });

    this.zone = createZone(this, m, provider, [interfaceImport, importCleanup]);
    this.virtualRouter = createVirtualRouter(this, m, provider, [
      ...interfaces.subinterfaces,
      interfaceImport,
      importCleanup,
      bfdProfile,
    ]);
    const routerImport = new XmlBridge(this, "vsys-import-virtual-router", {
      api,
      cli,
      subcommand: "apply",
      spec: renderVsysImportSpec([imports.virtualRouter]),
      dependsOn: [this.virtualRouter, interfaceImport],
    });
    // Keyed by router name: a renamed router drops the old key, whose undo removes the old import.
    const routerImportCleanup = new XmlCleanup(this, "vsys-import-virtual-router-cleanup", {
      api,
      cli,
      undoSpecs: { [imports.virtualRouter.name]: renderVsysImportRemovalSpec(imports.virtualRouter) },
      dependsOn: [this.virtualRouter, routerImport],
    });

    const breakout = createInternetBreakout(this, m, provider, {
      api,
      cli,
      afterInterfaces: [interfaceImport, importCleanup],
      afterRouter: [this.virtualRouter, routerImport],
    });
    const breakoutResources = breakout ? [breakout.zone, breakout.defaultRoute, ...breakout.nat] : [];

    const haNames = [...interfaces.haPorts, this.zone, this.virtualRouter, routerImport, routerImportCleanup];
    const haCleanup = new XmlCleanup(this, "high-availability-cleanup", {
      api,
      cli,
      undoSpecs: { "high-availability": renderHaRemovalSpec() },
      dependsOn: haNames,
    });
    this.highAvailability = new XmlBridge(this, "high-availability", {
      api,
      cli,
      subcommand: "apply",
      spec: renderHaSpec(m.ha),
      dependsOn: [...haNames, haCleanup],
    });
    const rule = createSecurityRule(this, m, provider, [this.highAvailability, this.zone, ...breakoutResources]);

    // Everything that writes the candidate configuration: any planned change of one commits.
    const configuration = [
      interfaces.data,
      ...interfaces.haPorts,
      interfaces.managementProfile,
      ...interfaces.subinterfaces,
      bfdProfile,
      interfaceImport,
      importCleanup,
      this.zone,
      this.virtualRouter,
      routerImport,
      routerImportCleanup,
      haCleanup,
      this.highAvailability,
      ...breakoutResources,
      ...(rule ? [rule] : []),
    ];
    const witness = new ChangeWitness(this, "commit-witness", {
      provider,
      zoneName: m.names.zone,
      resources: configuration,
    });
    this.commit = new FirewallCommit(this, "commit", {
      api,
      cli,
      model: m,
      dependsOn: [first, removalCommits, interfaces.vlans, ...configuration],
      changes: { resources: configuration, witness: witness.digest },
      subinterfaces: { dataInterface: m.dataInterface.name, names: subinterfacesOf(m).map((c) => c.interfaceName) },
    });
  }
}
