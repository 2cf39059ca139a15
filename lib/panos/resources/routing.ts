import { Token, type ITerraformDependable, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { bfdNetworkProfile, virtualRouter } from "../../../.gen/providers/panos";
import { subinterfacesOf } from "../model/firewall-model";
import type { ConnectionModel, FirewallModel } from "../model/types";

/** The provider types AS numbers as strings; a plan-time number must stay a token. */
function asnText(asn: number): string {
  return Token.isUnresolved(asn) ? Token.asString(asn) : String(asn);
}

/** The BFD profile the BGP peers use (active mode, the model's timers). */
export function createBfdProfile(
  scope: Construct,
  model: FirewallModel,
  provider: TerraformProvider,
  after: ITerraformDependable[],
): bfdNetworkProfile.BfdNetworkProfile {
  return new bfdNetworkProfile.BfdNetworkProfile(scope, "bfd-profile", {
    provider,
    location: { ngfw: {} },
    name: model.names.bfdProfile,
    mode: "active",
    minTxInterval: model.bfd.minTxIntervalMs,
    minRxInterval: model.bfd.minRxIntervalMs,
    detectionMultiplier: model.bfd.detectionMultiplier,
    dependsOn: after,
  });
}

/**
 * The virtual router: the data-plane subinterfaces, ECMP (IP modulo) and BGP with one eBGP peer
 * group per connection. Routes learned from one connection are advertised to the others (eBGP
 * passes on its best routes, next hop set to this firewall), which is how the guide routes between
 * two clouds; `install-route` puts them in the forwarding table.
 */
export function createVirtualRouter(
  scope: Construct,
  model: FirewallModel,
  provider: TerraformProvider,
  after: ITerraformDependable[],
): virtualRouter.VirtualRouter {
  return new virtualRouter.VirtualRouter(scope, "virtual-router", {
    provider,
    location: { ngfw: {} },
    name: model.names.virtualRouter,
    interfaces: subinterfacesOf(model).map((c) => c.interfaceName),
    ecmp: { enable: model.ecmp.enabled, maxPaths: model.ecmp.maxPaths, algorithm: { ipModulo: {} } },
    protocol: {
      bgp: {
        enable: true,
        routerId: model.bgp.routerId,
        localAs: asnText(model.bgp.localAsn),
        installRoute: true,
        // 4-byte AS numbers go up to 4294967295; AWS and Azure both speak them.
        routingOptions: { asFormat: "4-byte" },
        peerGroup: model.connections.map((c) => peerGroup(c, model.names.bfdProfile)),
      },
    },
    dependsOn: after,
  });
}

function peerGroup(c: ConnectionModel, bfdProfile: string): virtualRouter.VirtualRouterProtocolBgpPeerGroup {
  return {
    name: c.name,
    enable: true,
    type: { ebgp: { exportNexthop: "use-self", importNexthop: "original", removePrivateAs: false } },
    peer: [
      {
        name: c.name,
        enable: true,
        peerAs: asnText(c.bgp.peerAsn),
        peerAddress: { ip: c.bgp.peerAddress },
        localAddress: { interface: c.interfaceName, ip: c.address },
        bfd: { profile: c.bgp.bfd ? bfdProfile : "None" },
      },
    ],
  };
}
