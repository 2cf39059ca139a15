/**
 * Given props, when synthesized: a valid PaloAltoHaPair's props (override what a test is about)
 * and the synthesized JSON of its three stacks.
 */
import { App, Testing } from "cdktf";
import { ValidationError } from "../../lib/core/validation-error";
import {
  PaloAltoHaPair,
  aws,
  azure,
  variable,
  type AwsPairConnectionProps,
  type AzurePairConnectionProps,
  type PaloAltoHaPairProps,
  type PairConnection,
} from "../../lib/pattern";
import { Template, type Json } from "../helpers/template";
import { sshRsaKey } from "../helpers/ssh-keys";

/** The firewalls' ASN in every fixture. */
export const FIREWALL_ASN = 65010;
/** The Amazon-side ASN of the AWS fixture. */
export const AMAZON_ASN = 64512;

/** AWS hosted VIF on VLAN 100 with literal addressing on both firewalls. */
export function awsConnection(overrides: Partial<AwsPairConnectionProps> = {}): PairConnection {
  return aws({
    name: "aws",
    vlan: 100,
    rateLimitMbps: 1000,
    type: "hosted-vif",
    region: "Asia Pacific (Sydney) (ap-southeast-2)",
    ownerAccount: variable("aws_account_id", { sensitive: false }),
    vif: { asn: FIREWALL_ASN, amazonAsn: AMAZON_ASN },
    firewalls: [
      {
        partnerPort: { locationId: 3, diversityZone: "red" },
        addressing: { customerAddress: "169.254.100.1/30", amazonAddress: "169.254.100.2/30" },
      },
      {
        partnerPort: { locationId: 4, diversityZone: "blue" },
        addressing: { customerAddress: "169.254.100.5/30", amazonAddress: "169.254.100.6/30" },
      },
    ],
    ...overrides,
  });
}

/** Azure ExpressRoute on VLAN 200 with Megaport-configured private peering. */
export function azureConnection(overrides: Partial<AzurePairConnectionProps> = {}): PairConnection {
  return azure({
    name: "azure",
    vlan: 200,
    rateLimitMbps: 1000,
    serviceKey: variable("azure_service_key"),
    privatePeering: { peerAsn: FIREWALL_ASN, primarySubnet: "192.168.200.0/30", secondarySubnet: "192.168.200.4/30" },
    ...overrides,
  });
}

/**
 * A valid pair in the guide's shape, deliberately unlike the example where it matters to a test
 * (size, image, HA3 rate, DNS), so a test cannot pass on the example's values by accident.
 * Connections are built fresh per call: a PairConnection belongs to one pair.
 */
export function pairProps(overrides: Partial<PaloAltoHaPairProps> = {}): PaloAltoHaPairProps {
  return {
    sites: [{ location: { id: 3 } }, { location: { id: 4 } }],
    size: "LARGE",
    image: { version: "11.1.2-h3" },
    sshPublicKey: sshRsaKey(),
    adminPasswordHash: variable("admin_password_hash"),
    haLinks: { ha3RateLimitMbps: 5000 },
    management: { dnsServers: ["9.9.9.9", "149.112.112.112"] },
    bgp: { localAsn: FIREWALL_ASN },
    cloudConnections: [awsConnection(), azureConnection()],
    ...overrides,
  };
}

/** The synthesized stacks of one pair. */
export interface SynthesizedPair {
  readonly app: App;
  readonly pair: PaloAltoHaPair;
  readonly network: Template;
  readonly firewalls: readonly [Template, Template];
}

/**
 * Builds a pair in a fresh app and synthesizes its stacks as `app.synth()` would: every stack is
 * prepared first (default backend, cross-stack outputs and remote-state reads), which
 * `Testing.synth` alone does not do.
 */
export function synthPair(props: PaloAltoHaPairProps = pairProps(), id = "syd"): SynthesizedPair {
  const app = Testing.app();
  const pair = new PaloAltoHaPair(app, id, props);
  const stacks = [pair.networkStack, ...pair.firewallStacks];
  for (const stack of stacks) stack.prepareStack();
  const [network, ...firewalls] = stacks.map((stack) => Template.synth(stack));
  return { app, pair, network, firewalls: [firewalls[0], firewalls[1]] };
}

/** Builds a pair in a fresh app and synthesizes only its network stack (no cross-stack outputs). */
export function synthNetwork(props: PaloAltoHaPairProps = pairProps(), id = "syd"): Template {
  const pair = new PaloAltoHaPair(Testing.app(), id, props);
  pair.networkStack.prepareStack();
  return Template.synth(pair.networkStack);
}

/** Runs `build`, expects a ValidationError, and returns it. */
export function validationErrorOf(build: () => unknown): ValidationError {
  try {
    build();
  } catch (e) {
    if (ValidationError.isValidationError(e)) return e;
    throw new Error(`expected a ValidationError, got ${String(e)}`);
  }
  throw new Error("expected a ValidationError, but nothing was thrown");
}

/** A `local-exec` provisioner of a synthesized `terraform_data`, with the address it belongs to. */
export interface LocalExec {
  readonly address: string;
  readonly command: string;
  readonly environment: Record<string, string>;
  readonly when?: string;
}

/** Every `local-exec` provisioner of a stack. */
export function localExecs(template: Template): LocalExec[] {
  return Object.entries(template.resources("terraform_data")).flatMap(([id, block]) =>
    ((block.provisioner ?? []) as { "local-exec"?: Omit<LocalExec, "address"> }[]).flatMap((p) =>
      p["local-exec"] ? [{ address: `terraform_data.${id}`, ...p["local-exec"] }] : [],
    ),
  );
}

/**
 * An expression with every `local.NAME` of the stack replaced by the local's own expression (in
 * parentheses), so tests can see what it finally reads.
 */
export function expandLocals(template: Template, expression: string): string {
  const locals = (template.json.locals ?? {}) as Record<string, unknown>;
  let result = expression;
  for (let depth = 0; depth < 5 && /local\.[\w-]+/.test(result); depth++) {
    result = result.replace(/local\.([\w-]+)/g, (_, name: string) => {
      const value = locals[name];
      return typeof value === "string" ? `(${value.replace(/^\$\{([\s\S]*)\}$/, "$1")})` : `local.${name}`;
    });
  }
  return result;
}

/** Names of the outputs an expression reads from the network stack's remote state. */
export function remoteOutputsIn(expression: string): string[] {
  return [...expression.matchAll(/terraform_remote_state\.[\w-]+\.outputs\.([\w-]+)/g)].map((m) => m[1]);
}

/** Addresses (`megaport_vxc.id`, `data.megaport_location.id`) an expression refers to, each once. */
export function addressesIn(expression: string): string[] {
  const found = expression.matchAll(/(?<![\w.-])((?:data\.)?(?:megaport|panos)_\w+)\.([\w-]+)/g);
  return [...new Set([...found].map((m) => `${m[1]}.${m[2]}`))];
}

/** The resource block at a Terraform address (`type.logical_id`). */
export function blockAt(template: Template, address: string): Json {
  const dot = address.indexOf(".");
  const block = template.resources(address.slice(0, dot))[address.slice(dot + 1)];
  if (block === undefined) throw new Error(`no resource ${address} in the synthesized stack`);
  return block;
}

/** Every resource address of a stack, sorted. */
export function resourceAddresses(template: Template): string[] {
  const resources = (template.json.resource ?? {}) as Record<string, Record<string, Json>>;
  return Object.entries(resources)
    .flatMap(([type, blocks]) => Object.keys(blocks).map((id) => `${type}.${id}`))
    .sort();
}
