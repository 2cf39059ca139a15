import type { ITerraformDependable, TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { securityPolicyRules, zone } from "../../../.gen/providers/panos";
import type { FirewallModel } from "../model/types";

/** The layer3 zone holding every data-plane subinterface (they must be imported into vsys1 first). */
export function createZone(
  scope: Construct,
  model: FirewallModel,
  provider: TerraformProvider,
  after: ITerraformDependable[],
): zone.Zone {
  return new zone.Zone(scope, "zone", {
    provider,
    location: { vsys: {} },
    name: model.names.zone,
    network: { layer3: model.connections.map((c) => c.interfaceName) },
    dependsOn: after,
  });
}

/**
 * The explicit rule allowing traffic between the data-plane connections: intrazone (all of them
 * share the zone), any address, application and service, logged at session end, placed last in the
 * rulebase so the operator's own rules above it win. Undefined when the rule is turned off.
 */
export function createSecurityRule(
  scope: Construct,
  model: FirewallModel,
  provider: TerraformProvider,
  after: ITerraformDependable[],
): securityPolicyRules.SecurityPolicyRulesA | undefined {
  const any = ["any"];
  const rules: securityPolicyRules.SecurityPolicyRulesRules[] = [];
  if (model.securityRule) {
    rules.push({
      name: model.securityRule.name,
      description: "Routed traffic between the Megaport data-plane connections",
      ruleType: "intrazone",
      sourceZones: [model.names.zone],
      destinationZones: [model.names.zone],
      sourceAddresses: any,
      destinationAddresses: any,
      sourceUsers: any,
      applications: any,
      services: any,
      category: any,
      action: "allow",
      logEnd: true,
    });
  }
  // The breakout's rule says only what the user stated: these sources, from these zones, out.
  const breakout = model.internetBreakout;
  if (breakout) {
    rules.push({
      name: breakout.rule.name,
      description: `Outbound Internet over Megaport Internet (${breakout.name})`,
      ruleType: "interzone",
      sourceZones: [...breakout.rule.fromZones],
      destinationZones: [breakout.zone],
      sourceAddresses: [...breakout.rule.sourceAddresses],
      destinationAddresses: any,
      sourceUsers: any,
      applications: any,
      services: ["application-default"],
      category: any,
      action: "allow",
      logEnd: true,
    });
  }
  if (rules.length === 0) return undefined;
  return new securityPolicyRules.SecurityPolicyRulesA(scope, "security-rules", {
    provider,
    location: { vsys: {} },
    position: { where: "last" },
    rules,
    dependsOn: after,
  });
}
