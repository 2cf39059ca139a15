import type { ITerraformDependable, TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { virtualRouterStaticRouteIpv4, zone } from "../../../.gen/providers/panos";
import { XmlBridge } from "../bridge/xml-bridge";
import { XmlCleanup } from "../bridge/xml-cleanup";
import type { FirewallModel } from "../model/types";
import { renderNatRemovalSpec, renderNatSpec } from "../xml/nat-spec";

/** The breakout's resources, for the commit and the rule's dependencies. */
export interface InternetBreakoutResources {
  readonly zone: zone.Zone;
  readonly defaultRoute: virtualRouterStaticRouteIpv4.VirtualRouterStaticRouteIpv4;
  /** The NAT rule's bridge and its removal, when NAT was chosen. */
  readonly nat: readonly (XmlBridge | XmlCleanup)[];
}

/**
 * The internet breakout of one firewall: its own layer3 zone (so the data-plane intrazone rule
 * never covers it), a default route to Megaport's gateway on the breakout subinterface, and the
 * source NAT rule when the user chose it. The outbound security rule is in `security-rules`.
 */
export function createInternetBreakout(
  scope: Construct,
  model: FirewallModel,
  provider: TerraformProvider,
  context: {
    api: FirewallModel["api"];
    cli?: string;
    afterInterfaces: ITerraformDependable[];
    afterRouter: ITerraformDependable[];
  },
): InternetBreakoutResources | undefined {
  const breakout = model.internetBreakout;
  if (!breakout) return undefined;
  const breakoutZone = new zone.Zone(scope, "internet-zone", {
    provider,
    location: { vsys: {} },
    name: breakout.zone,
    network: { layer3: [breakout.interfaceName] },
    dependsOn: context.afterInterfaces,
  });
  const defaultRoute = new virtualRouterStaticRouteIpv4.VirtualRouterStaticRouteIpv4(scope, "default-route", {
    provider,
    location: { ngfw: {} },
    virtualRouter: model.names.virtualRouter,
    name: `default-${breakout.name}`,
    destination: "0.0.0.0/0",
    interface: breakout.interfaceName,
    nexthop: { ipAddress: breakout.gateway },
    dependsOn: context.afterRouter,
  });
  const nat: (XmlBridge | XmlCleanup)[] = [];
  if (breakout.nat) {
    const natName = breakout.nat.name;
    const rule = new XmlBridge(scope, "internet-nat", {
      api: context.api,
      cli: context.cli,
      subcommand: "apply",
      spec: renderNatSpec(breakout, natName),
      dependsOn: [breakoutZone, ...context.afterRouter],
    });
    // Keyed by rule name: a renamed or removed rule is deleted before the interface it names.
    nat.push(
      rule,
      new XmlCleanup(scope, "internet-nat-cleanup", {
        api: context.api,
        cli: context.cli,
        undoSpecs: { [natName]: renderNatRemovalSpec(natName) },
        dependsOn: [rule, breakoutZone],
      }),
    );
  }
  return { zone: breakoutZone, defaultRoute, nat };
}
