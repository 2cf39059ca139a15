import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { provider as panosProvider, virtualRouter, zone } from "../../.gen/providers/panos";
import { CommitOnDestroy, FirewallCommit } from "./bridge/commit";
import { XmlBridge } from "./bridge/xml-bridge";
import { buildFirewallModel } from "./model/firewall-model";
import type { FirewallModel } from "./model/types";
import type { PaloAltoFirewallConfigProps } from "./props/firewall";
import { createInterfaces } from "./resources/interfaces";
import { createBfdProfile, createVirtualRouter } from "./resources/routing";
import { createSecurityRule, createZone } from "./resources/zone-and-policy";
import { renderHaRemovalSpec, renderHaSpec } from "./xml/ha-spec";
import {
  renderVsysImportRemovalSpec,
  renderVsysImportSpec,
  vsysImports,
  type VsysImportItem,
} from "./xml/vsys-import-spec";

/**
 * Everything one firewall of the Active/Active pair needs, in that firewall's own stack: the panos
 * provider, interfaces, zone, BFD profile, virtual router with ECMP and BGP, the security rule, the
 * XML bridges for what no provider covers (vsys import, HA), and one commit.
 *
 * Order (explicit `depends_on`): interfaces → vsys import → zone / router → HA → rules → commit.
 * Every resource also depends on `commit-on-destroy`, so a destroy ends with one commit of the
 * deletions. A destroy removes the HA subtree and the vsys imports first (the bridges' undo specs),
 * because PAN-OS refuses to delete an interface or router that HA or vsys1 still names.
 *
 * Only one `mve-ha` runs against the firewall at a time: the bridges form a chain.
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
    const api = m.api;
    const cli = m.cli;

    this.provider = new panosProvider.PanosProvider(this, "panos", {
      hostname: api.host,
      port: api.port,
      protocol: api.protocol,
      skipVerifyCertificate: api.insecureSkipVerify,
    });
    const provider = this.provider;
    const first = new CommitOnDestroy(this, "commit-on-destroy", { api, cli });
    const interfaces = createInterfaces(this, m, provider, [first]);
    const bfdProfile = createBfdProfile(this, m, provider, [first]);

    const imports = vsysImports(m);
    const importTargets: [string, VsysImportItem, ITerraformDependable][] = [
      ["vsys-import-data-interface", imports.interfaces[0], interfaces.data],
      ...m.connections.map((c, i): [string, VsysImportItem, ITerraformDependable] => [
        `vsys-import-${c.name}`,
        imports.interfaces[i + 1],
        interfaces.subinterfaces[i],
      ]),
    ];
    let previous: XmlBridge | undefined;
    const bridge = (bridgeId: string, item: VsysImportItem, after: ITerraformDependable[]): XmlBridge => {
      previous = new XmlBridge(this, bridgeId, {
        api,
        cli,
        subcommand: "apply",
        spec: renderVsysImportSpec(item),
        undoSpec: renderVsysImportRemovalSpec(item),
        dependsOn: previous ? [...after, previous] : after,
      });
      return previous;
    };
    const interfaceImports = importTargets.map(([bridgeId, item, target]) => bridge(bridgeId, item, [target]));

    this.zone = createZone(this, m, provider, interfaceImports);
    this.virtualRouter = createVirtualRouter(this, m, provider, [
      ...interfaces.subinterfaces,
      ...interfaceImports,
      bfdProfile,
    ]);
    const routerImport = bridge("vsys-import-virtual-router", imports.virtualRouter, [this.virtualRouter]);

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
        interfaces.data,
        ...interfaces.haPorts,
        interfaces.managementProfile,
        ...interfaces.subinterfaces,
        bfdProfile,
        ...interfaceImports,
        this.zone,
        this.virtualRouter,
        routerImport,
        this.highAvailability,
        ...(rule ? [rule] : []),
      ],
    });
  }
}
