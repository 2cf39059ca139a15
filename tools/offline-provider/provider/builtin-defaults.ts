import { type CtyValue, isRecord, NumberText } from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import { attributeLocation, digest, type GenerationSeed } from "./deterministic";
import type { Json } from "./json";
import { mveImagesMatching } from "./mve-images";

/**
 * Defaults that make an unfixtured configuration behave like the real service where a generic
 * stand-in would break the stacks; a fixture entry overrides them.
 *
 * - `megaport_mve_images` answers from a realistic image catalogue, filtered as the real data
 *   source filters (see mve-images.ts): a version Megaport does not offer matches nothing.
 * - Any other data source filter `<x>_filter = v` yields results whose `x` is `v`, as the real
 *   filters do.
 * - A `megaport_vxc` with a `transit` partner end (Megaport Internet) gets one `TRANSIT`
 *   `csp_connections` entry with a loopback /30: `customer_ip4_address` `127.a.b.(4k+2)/30` and
 *   `ipv4_gateway_address` `127.a.b.(4k+1)`, distinct per VXC, so anything derived from it stays
 *   on 127.0.0.0/8.
 */
export function builtinDefaults(
  kind: "resource" | "data",
  typeName: string,
  config: CtyValue,
  node: ObjectNode,
  seed: GenerationSeed,
): Json | undefined {
  if (!isRecord(config)) return undefined;
  if (kind === "data" && typeName === "megaport_mve_images") return mveImagesMatching(filtersOf(config));
  if (kind === "data") return filterEcho(config, node);
  if (typeName === "megaport_vxc") return transitAddressing(config, seed);
  return undefined;
}

/** The known `<x>_filter = v` settings as `{ x: v }` (unknown values are left out). */
function filtersOf(config: Record<string, CtyValue>): Record<string, Json> {
  const filters: Record<string, Json> = {};
  for (const [name, value] of Object.entries(config)) {
    const match = /^(.+)_filter$/.exec(name);
    const plain = plainPrimitive(value);
    if (match && plain !== undefined) filters[match[1]] = plain;
  }
  return filters;
}

function filterEcho(config: Record<string, CtyValue>, node: ObjectNode): Json | undefined {
  const filters = filtersOf(config);
  if (Object.keys(filters).length === 0) return undefined;
  const result: Record<string, Json> = {};
  for (const attribute of node.attributes.values()) {
    const nested = attribute.nested;
    if (!attribute.computed || !nested || (nested.nesting !== "list" && nested.nesting !== "set")) continue;
    const element = Object.fromEntries(Object.entries(filters).filter(([name]) => nested.object.attributes.has(name)));
    if (Object.keys(element).length > 0) result[attribute.name] = [element];
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function transitAddressing(config: Record<string, CtyValue>, seed: GenerationSeed): Json | undefined {
  const isTransit = ["a_end_partner_config", "b_end_partner_config"].some((end) => {
    const partnerConfig = config[end];
    return isRecord(partnerConfig) && partnerConfig.partner === "transit";
  });
  if (!isTransit) return undefined;
  const hash = digest(seed, attributeLocation(undefined, "csp_connections"));
  const [a, b, c] = [0, 2, 4].map((offset) => parseInt(hash.slice(offset, offset + 2), 16));
  const subnet = `127.${a}.${b}`;
  const network = (c % 64) * 4;
  return {
    csp_connections: [
      {
        connect_type: "TRANSIT",
        customer_ip4_address: `${subnet}.${network + 2}/30`,
        ipv4_gateway_address: `${subnet}.${network + 1}`,
      },
    ],
  };
}

function plainPrimitive(value: CtyValue): Json | undefined {
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
  if (value instanceof NumberText) return Number(value.text);
  return undefined;
}
