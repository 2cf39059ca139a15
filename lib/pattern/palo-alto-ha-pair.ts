import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Annotations } from "cdktf";
import { shellQuote } from "../core/shell";
import { Issues, ValidationError } from "../core/validation-error";
import { validateFirewallPair, type PaloAltoFirewallConfig } from "../panos";
import { asPairIssues, firewallProp, pairProp, withPairProps } from "./prop-names";
import { defaultLocalBackend } from "./default-backend";
import { buildFirewall, firewallProps, managementIpsIn } from "./firewall-stacks";
import { addNetworkOutputs, buildNetwork, type PairNetwork } from "./network-stack";
import {
  connectionAsnsMatch,
  connectionsAreDistinct,
  connectionAddressesDiffer,
  connectionsBelongToThisPair,
  haAddressesAreInterfaces,
  managementAddressesDiffer,
  oneInternetBreakout,
  routerIdsAreAddresses,
  routerIdsDiffer,
  sitesDiffer,
  stackPrefixIsValid,
} from "./pair-rules";
import { managementRules } from "./management-rules";
import type { PaloAltoHaPairProps } from "./props";
import { pairShape } from "./pair-shape";
import { shapeIssues } from "../core/shape";
import { DestroyGuard } from "./destroy-guard";
import { stackNamesAreFree } from "./stack-names";
import { TopologyDiagram, diagramFileName, pairTopology } from "../topology";

/**
 * A Palo Alto Networks VM-Series pair in Active/Active HA on Megaport, as Megaport's guide builds
 * it, in three stacks (deploy them in this order; `cdktf deploy` does):
 *
 * 1. `network` (megaport): two Palo Alto MVEs with five vNICs, the HA1/HA2/HA3 VXCs, Megaport
 *    Internet (or private VXCs, `management.path`) for management, the data-plane VXCs, and per firewall the device preparation
 *    (`mve-ha prepare`: hypervisor MACs, jumbo frames, static management IP, DNS).
 * 2. `firewall-0` and `firewall-1` (panos): interfaces, zone, virtual router with BGP and BFD,
 *    security rule, vsys import and Active/Active HA (`mve-ha apply`), one commit each.
 *
 * Outputs of the network stack: the management IPs, the Megaport product UIDs, the BGP peerings,
 * and the exact `mve-ha verify --outputs` command that checks the pair (firewalls and Megaport).
 */
export class PaloAltoHaPair extends Construct {
  /** The Megaport stack. */
  public readonly networkStack: TerraformStack;
  /** The stacks of firewall 0 and 1. */
  public readonly firewallStacks: readonly [TerraformStack, TerraformStack];
  /** What the network stack holds (MVEs, HA links, management, attachments, preparation). */
  public readonly network: PairNetwork;
  /** The two firewall configurations (device IDs 0 and 1). */
  public readonly firewalls: readonly [PaloAltoFirewallConfig, PaloAltoFirewallConfig];
  /** Management IPs of firewall 0 and 1 (tokens of the network stack). */
  public readonly managementIps: readonly [string, string];
  /** The command that runs the guide's review checklist on both firewalls and the Megaport products, from the stack outputs. */
  public readonly verifyCommand: string;

  public constructor(scope: Construct, id: string, props: PaloAltoHaPairProps) {
    super(scope, id);
    // The shape of every prop first (apps without type-checking pass anything), then the rules.
    new Issues(this.node.path).addAll(shapeIssues(props, pairShape)).throwIfAny();
    const prefix = props.stackPrefix ?? "";
    const names = [`${prefix}network`, `${prefix}firewall-0`, `${prefix}firewall-1`] as const;
    const issues = new Issues(this.node.path);
    issues.addAll([
      stackPrefixIsValid(props.stackPrefix),
      ...connectionsAreDistinct(props),
      ...connectionAsnsMatch(props),
      ...oneInternetBreakout(props),
      sitesDiffer(props),
      managementAddressesDiffer(props),
      ...managementRules(props),
      ...haAddressesAreInterfaces(props),
      ...routerIdsAreAddresses(props),
      routerIdsDiffer(props),
      ...connectionsBelongToThisPair(this.node.path, props),
    ]);
    if (issues.list.length === 0) issues.addAll(stackNamesAreFree(this, names, prefix));
    issues.throwIfAny();

    const newStack = (name: string): TerraformStack => {
      const stack = new TerraformStack(this, name);
      // terraform_data with write-only-aware providers and the plan-time checks need Terraform 1.11.
      stack.addOverride("terraform.required_version", REQUIRED_TERRAFORM);
      (props.backend ?? defaultLocalBackend)(stack, name);
      return stack;
    };
    this.networkStack = newStack(names[0]);
    this.network = buildNetwork(this.networkStack, id, props, (rename, build) =>
      withPairProps(this.node.path, rename, build),
    );
    warnWhenHa3IsSmall(this.network.haLinks[2], props);
    this.managementIps = [this.network.management[0].managementIp, this.network.management[1].managementIp];

    this.firewallStacks = [newStack(names[1]), newStack(names[2])];
    const hosts = this.firewallStacks.map((stack) => managementIpsIn(stack, this.network));
    const { firewalls, issues: addressing } = firewallProps(this.network, props, (i) => hosts[i]);
    const pairIssues = new Issues(this.node.path);
    pairIssues.addAll(addressing);
    pairIssues.addAll(connectionAddressesDiffer(props, firewalls));
    pairIssues.throwIfAny();
    const cross = validateFirewallPair(firewalls[0], firewalls[1]).filter((i) => i !== undefined);
    if (cross.length > 0) {
      const located = cross.map((issue) => ({ ...issue, path: this.node.path }));
      throw new ValidationError(asPairIssues(this.node.path, located, pairProp));
    }

    this.firewalls = [
      withPairProps(this.node.path, firewallProp(0, props.cloudConnections), () =>
        buildFirewall(this.firewallStacks[0], firewalls[0]),
      ),
      withPairProps(this.node.path, firewallProp(1, props.cloudConnections), () =>
        buildFirewall(this.firewallStacks[1], firewalls[1]),
      ),
    ];

    this.verifyCommand = verifyCommandOf(props);
    addNetworkOutputs(this.networkStack, this.network, props, this.verifyCommand);
    // Last: every stack refuses a destroy while preventDestroy is on, saying how to allow it.
    if (props.preventDestroy ?? true) {
      for (const stack of [this.networkStack, ...this.firewallStacks])
        new DestroyGuard(stack, [names[2], names[1], names[0]]);
    }
    if (props.topologyDiagram !== false) {
      const models = [this.firewalls[0].model, this.firewalls[1].model] as const;
      const topology = pairTopology({
        ...this.network,
        pair: this.node.path,
        sites: props.sites,
        image: props.image,
        models,
      });
      new TopologyDiagram(this.networkStack, "topology", { topology, fileName: diagramFileName(this.node.path) });
    }
  }
}

/** The Terraform versions the stacks work with (tested with 1.11). */
export const REQUIRED_TERRAFORM = ">= 1.11";

/** The guide sizes HA3 for the combined traffic through the firewalls: warn when it is below the connections' total. */
function warnWhenHa3IsSmall(link: Construct, props: PaloAltoHaPairProps): void {
  const total = props.cloudConnections.reduce((sum, c) => sum + c.rateLimitMbps, 0);
  const ha3 = props.haLinks.ha3RateLimitMbps;
  if (typeof ha3 === "number" && ha3 < total) {
    Annotations.of(link).addWarning(
      `haLinks.ha3RateLimitMbps (${ha3}) is below the data-plane connections' total (${total} Mbps): when a path fails, HA3 carries the failed firewall's traffic.`,
    );
  }
}

/** The file `verify-command` reads the stack outputs from. */
const VERIFY_OUTPUTS_FILE = "outputs.json";

/** `mve-ha verify --outputs outputs.json` with the TLS and port flags the management API settings call for. */
function verifyCommandOf(props: PaloAltoHaPairProps): string {
  const api = props.management.api ?? {};
  const flags = [
    api.port !== undefined && api.port !== 443 ? `--port ${api.port}` : "",
    api.protocol === "http" ? "--protocol http" : "",
    api.caFile !== undefined ? `--ca-file ${shellQuote(api.caFile)}` : "",
    api.insecureSkipVerify ? "--insecure" : "",
  ].filter((f) => f.length > 0);
  return [props.cli ?? "mve-ha", "verify", "--outputs", VERIFY_OUTPUTS_FILE, ...flags].join(" ");
}
