/**
 * Drives the offline provider in panos device mode as Terraform would (ConfigureProvider, then
 * PlanResourceChange + ApplyResourceChange, ReadResource) against a simulated firewall, and the
 * firewall stack's panos objects as the constructs configure them (cdk.tf.json of the guide).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { decodeMsgpack, encodeMsgpack } from "../../tools/offline-provider/cty/msgpack";
import { type CtyRecord, type CtyType, type CtyValue, record } from "../../tools/offline-provider/cty/types";
import type { DynamicValueMessage } from "../../tools/offline-provider/provider/messages";
import { OfflineProvider } from "../../tools/offline-provider/provider/offline-provider";
import { loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";
import { blockNode } from "../../tools/offline-provider/schema/nodes";

export const panos = loadProviderSchema(path.resolve(__dirname, "../../schemas/panos.json"));
export const typeOf = (name: string): CtyType => blockNode(panos.schema.resource_schemas![name].block).type;
const providerType = blockNode(panos.schema.provider!.block).type;

/** A full value of `type` from a partial JSON-like one: attributes not given are null. */
export function complete(type: CtyType, given: unknown): CtyValue {
  if (given === undefined || given === null) return null;
  if (Array.isArray(type) && type[0] === "object") {
    const result = record();
    for (const [name, attributeType] of Object.entries(type[1] as Record<string, CtyType>)) {
      result[name] = complete(attributeType, (given as Record<string, unknown>)[name]);
    }
    return result;
  }
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set")) {
    return (given as unknown[]).map((element) => complete(type[1] as CtyType, element));
  }
  return given as CtyValue;
}

type Diagnostics = { summary: string; detail: string }[];
interface StateAnswer {
  new_state?: DynamicValueMessage | null;
  diagnostics: Diagnostics;
}

/** A panos provider process: its environment and provider block given; resolves the ConfigureProvider diagnostics. */
export function configuredProvider(env: Record<string, string>, providerBlock: Record<string, unknown>) {
  const provider = new OfflineProvider({
    schema: () => panos,
    fixtures: () => new Map(),
    log: () => undefined,
    deviceEnvironment: { env: () => env, readFile: (file) => fs.readFileSync(file, "utf8") },
  });
  const config = complete(providerType, providerBlock);
  const configured = provider.configureProvider({
    terraform_version: "test",
    config: { msgpack: encodeMsgpack(config, providerType) },
  });
  return { provider, diagnostics: configured.diagnostics };
}

const dv = (type: string, value: CtyValue): DynamicValueMessage => ({ msgpack: encodeMsgpack(value, typeOf(type)) });
const decoded = (type: string, message: DynamicValueMessage | null | undefined): CtyValue =>
  message?.msgpack && message.msgpack.length > 0 ? decodeMsgpack(message.msgpack, typeOf(type)) : null;

/** Plans and applies a change from `prior` to the configuration `given` (null: a destroy). */
export async function applyChange(
  provider: OfflineProvider,
  type: string,
  prior: CtyValue,
  given: unknown,
): Promise<{ state: CtyValue; diagnostics: Diagnostics }> {
  const config = complete(typeOf(type), given);
  let proposed = config;
  if (prior !== null && config !== null) proposed = Object.assign(record(), prior as CtyRecord, stripNulls(config));
  const plan = provider.planResourceChange({
    type_name: type,
    prior_state: dv(type, prior),
    proposed_new_state: dv(type, proposed),
  }) as { planned_state?: DynamicValueMessage; diagnostics: Diagnostics };
  if (plan.diagnostics.length > 0) return { state: null, diagnostics: plan.diagnostics };
  const applied = (await provider.applyResourceChange({
    type_name: type,
    prior_state: dv(type, prior),
    planned_state: plan.planned_state,
    config: dv(type, config),
  })) as StateAnswer;
  return { state: decoded(type, applied.new_state), diagnostics: applied.diagnostics };
}

/** The configured attributes only (an update proposal keeps computed values from the prior state). */
function stripNulls(config: CtyValue): CtyRecord {
  const result = record();
  for (const [name, value] of Object.entries(config as CtyRecord)) if (value !== null) result[name] = value;
  return result;
}

/** ReadResource of a stored object. */
export async function readState(provider: OfflineProvider, type: string, stored: CtyValue) {
  const answer = (await provider.readResource({ type_name: type, current_state: dv(type, stored) })) as StateAnswer;
  return { state: decoded(type, answer.new_state), diagnostics: answer.diagnostics };
}

/** The firewall stack's panos objects, as the constructs configure them for the guide's firewall 0. */
export const STACK_OBJECTS: readonly { readonly type: string; readonly config: Record<string, unknown> }[] = [
  {
    type: "panos_ethernet_interface",
    config: { location: { ngfw: {} }, name: "ethernet1/1", comment: "data plane", layer3: { mtu: 1500 } },
  },
  { type: "panos_ethernet_interface", config: { location: { ngfw: {} }, name: "ethernet1/2", comment: "HA1", ha: {} } },
  {
    type: "panos_interface_management_profile",
    config: { location: { ngfw: {} }, name: "allow-ping", ping: true },
  },
  {
    type: "panos_ethernet_layer3_subinterface",
    config: {
      location: { ngfw: {} },
      parent: "ethernet1/1",
      name: "ethernet1/1.100",
      tag: 100,
      ip: [{ name: "169.254.100.1/30" }],
      mtu: 1500,
      interface_management_profile: "allow-ping",
      comment: "Megaport VXC aws",
    },
  },
  {
    type: "panos_bfd_network_profile",
    config: {
      location: { ngfw: {} },
      name: "bgp-bfd",
      mode: "active",
      min_tx_interval: 300,
      min_rx_interval: 300,
      detection_multiplier: 3,
    },
  },
  {
    type: "panos_zone",
    config: { location: { vsys: {} }, name: "data-plane", network: { layer3: ["ethernet1/1.100"] } },
  },
  {
    type: "panos_virtual_router",
    config: {
      location: { ngfw: {} },
      name: "default",
      interfaces: ["ethernet1/1.100"],
      ecmp: { enable: true, max_paths: 2, algorithm: { ip_modulo: {} } },
      protocol: {
        bgp: {
          enable: true,
          router_id: "169.254.100.1",
          local_as: "65010",
          install_route: true,
          routing_options: { as_format: "4-byte" },
          peer_group: [
            {
              name: "aws",
              enable: true,
              type: { ebgp: { export_nexthop: "use-self", import_nexthop: "original", remove_private_as: false } },
              peer: [
                {
                  name: "aws",
                  enable: true,
                  peer_as: "64512",
                  peer_address: { ip: "169.254.100.2" },
                  local_address: { interface: "ethernet1/1.100", ip: "169.254.100.1/30" },
                  bfd: { profile: "bgp-bfd" },
                },
              ],
            },
          ],
        },
      },
    },
  },
  {
    type: "panos_security_policy_rules",
    config: {
      location: { vsys: {} },
      position: { where: "last" },
      rules: [
        {
          name: "allow-between-data-plane-connections",
          description: "Routed traffic",
          rule_type: "intrazone",
          source_zones: ["data-plane"],
          destination_zones: ["data-plane"],
          source_addresses: ["any"],
          destination_addresses: ["any"],
          source_users: ["any"],
          applications: ["any"],
          services: ["any"],
          category: ["any"],
          action: "allow",
          log_end: true,
        },
      ],
    },
  },
];
