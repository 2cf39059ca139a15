import { Construct } from "constructs";
import { provider as panosProvider, virtualRouter, zone } from "../../.gen/providers/panos";
import { CommitOnDestroy, FirewallCommit } from "./bridge/commit";
import { XmlBridge } from "./bridge/xml-bridge";
import { XmlCleanup } from "./bridge/xml-cleanup";
import { buildFirewallModel } from "./model/firewall-model";
import type { FirewallModel } from "./model/types";
import type { PaloAltoFirewallConfigProps } from "./props/firewall";
import { createInterfaces } from "./resources/interfaces";
import { createBfdProfile, createVirtualRouter } from "./resources/routing";
import { createSecurityRule, createZone } from "./resources/zone-and-policy";
import { renderHaRemovalSpec, renderHaSpec } from "./xml/ha-spec";
import { renderVsysImportRemovalSpec, renderVsysImportSpec, vsysImports } from "./xml/vsys-import-spec";

/**
 * Everything one firewall of the Active/Active pair needs, in that firewall's own stack: the panos
 * provider, interfaces, zone, BFD profile, virtual router with ECMP and BGP, the security rule, the
 * XML bridges for what no provider covers (vsys import, HA), and one commit. Use one per stack:
 * it configures the stack's (unaliased) panos provider.
 *
 * Order (explicit `depends_on`): interfaces → vsys import → zone / router → HA → rules → commit.
 * The bridges that run `mve-ha apply` form a chain, so one runs against the firewall at a time.
 *
 * Removal. The provider only edits the candidate configuration and PAN-OS refuses to delete an
 * interface or router that vsys1 or HA still names, so:
 * - `vsys-import-cleanup` (one instance per interface) removes an interface from vsys1 when its
 *   connection is removed or the stack destroyed, after the zone and router let go of it and
 *   before the provider deletes it; `vsys-import-virtual-router` and `high-availability` undo
 *   themselves on destroy (HA also on replacement, just before reapplying).
 * - `commit-on-removal` (one instance per connection) commits after that connection's subinterface
 *   is deleted, which Terraform may do after the stack's `commit` ran (so removing a connection can
 *   commit twice; `mve-ha commit` skips a commit with nothing pending).
 * - `commit-on-destroy`, which everything depends on, commits last when the stack is destroyed.
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
    const removalCommits = new CommitOnDestroy(this, "commit-on-removal", {
      api,
      cli,
      forEach: m.connections.map((c) => c.name),
      dependsOn: [first],
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
      undoSpec: renderVsysImportRemovalSpec(imports.virtualRouter),
      dependsOn: [this.virtualRouter, interfaceImport],
    });

    this.highAvailability = new XmlBridge(this, "high-availability", {
      api,
      cli,
      subcommand: "apply",
      spec: renderHaSpec(m.ha),
      undoSpec: renderHaRemovalSpec(),
      dependsOn: [...interfaces.haPorts, this.zone, this.virtualRouter, routerImport],
    });
    const rule = createSecurityRule(this, m, provider, [this.highAvailability, this.zone]);

    this.commit = new FirewallCommit(this, "commit", {
      api,
      cli,
      model: m,
      dependsOn: [
        first,
        removalCommits,
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
        this.highAvailability,
        ...(rule ? [rule] : []),
      ],
    });
  }
}
