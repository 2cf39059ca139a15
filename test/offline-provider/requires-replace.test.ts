import * as path from "node:path";
import { decodeMsgpack, encodeMsgpack } from "../../tools/offline-provider/cty/msgpack";
import { type CtyRecord, type CtyValue, record } from "../../tools/offline-provider/cty/types";
import { parseFixtures } from "../../tools/offline-provider/provider/fixtures";
import type { DynamicValueMessage } from "../../tools/offline-provider/provider/messages";
import { OfflineProvider } from "../../tools/offline-provider/provider/offline-provider";
import { REPLACEMENT_FACTS, replacementPaths } from "../../tools/offline-provider/provider/requires-replace";
import { type LoadedProviderSchema, loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";
import { blockNode, type ObjectNode } from "../../tools/offline-provider/schema/nodes";

/** The answer of a state-mode RPC, which comes at once (device mode answers with a promise). */
function answered<R>(response: R): Exclude<R, Promise<unknown>> {
  if (response instanceof Promise) throw new Error("expected an immediate answer: device mode is off");
  return response as Exclude<R, Promise<unknown>>;
}

const schemas = {
  megaport: loadProviderSchema(path.resolve(__dirname, "../../schemas/megaport.json")),
  panos: loadProviderSchema(path.resolve(__dirname, "../../schemas/panos.json")),
};

function nodeOf(schema: LoadedProviderSchema, type: string): ObjectNode {
  return blockNode(schema.schema.resource_schemas![type].block);
}

/** A full object of the type: the given attributes (nested objects completed too), every other one null. */
function complete(node: ObjectNode, given: Record<string, CtyValue>): CtyRecord {
  const [, attributes] = node.type as unknown as ["object", Record<string, unknown>];
  const fill = (objectType: unknown, values: Record<string, CtyValue>): CtyRecord => {
    const result = record();
    const isObject = (t: unknown): t is ["object", Record<string, unknown>] => Array.isArray(t) && t[0] === "object";
    for (const [name, type] of Object.entries((objectType as [string, Record<string, unknown>])[1])) {
      const value = values[name];
      if (value && typeof value === "object" && !Array.isArray(value) && isObject(type))
        result[name] = fill(type, value as Record<string, CtyValue>);
      else if (Array.isArray(value) && Array.isArray(type) && isObject(type[1]))
        result[name] = value.map((element) => fill(type[1], element as Record<string, CtyValue>));
      else result[name] = value === undefined ? null : value;
    }
    return result;
  };
  return fill(["object", attributes], given);
}

/**
 * Terraform's side of an update plan: the stored state (what a create returned) and a proposal
 * with some configured attributes changed; returns the attribute paths the provider answers with.
 */
function planChange(
  provider: keyof typeof schemas,
  type: string,
  config: Record<string, CtyValue>,
  change: Record<string, CtyValue>,
): string[][] {
  const schema = schemas[provider];
  const node = nodeOf(schema, type);
  const p = new OfflineProvider({ schema: () => schema, fixtures: () => parseFixtures({}, "test"), log: () => {} });
  const dv = (value: CtyValue): DynamicValueMessage => ({ msgpack: encodeMsgpack(value, node.type) });
  const prior = complete(node, config);
  const created = answered(
    p.applyResourceChange({
      type_name: type,
      prior_state: dv(null),
      planned_state: dv(prior),
      config: dv(prior),
    }),
  ) as { new_state: DynamicValueMessage };
  const state = decodeMsgpack(created.new_state.msgpack!, node.type) as CtyRecord;
  const proposed = Object.assign(record(), state, change);
  const plan = p.planResourceChange({ type_name: type, prior_state: dv(state), proposed_new_state: dv(proposed) }) as {
    requires_replace: { steps: { attribute_name?: string }[] }[];
    diagnostics: unknown[];
  };
  expect(plan.diagnostics).toEqual([]);
  return plan.requires_replace.map((p) => p.steps.map((step) => step.attribute_name ?? "?"));
}

const VNICS = ["mgmt", "data", "ha1", "ha2", "ha3"].map((description) => ({ description }));
const VENDOR = { vendor: "palo_alto", product_size: "MEDIUM", image_id: 101, ssh_public_key: "ssh-rsa AAAA" };
const MVE = {
  product_name: "fw-0",
  location_id: 1,
  diversity_zone: "red",
  contract_term_months: 1,
  vendor_config: VENDOR,
  vnics: VNICS,
};

describe("offline plans replace what the real providers replace", () => {
  test.each([
    ["size", { vendor_config: { ...VENDOR, product_size: "LARGE" } }, "vendor_config"],
    ["image", { vendor_config: { ...VENDOR, image_id: 102 } }, "vendor_config"],
    ["location", { location_id: 2 }, "location_id"],
    ["diversity zone", { diversity_zone: "blue" }, "diversity_zone"],
    ["a vNIC description", { vnics: VNICS.map((v, i) => (i === 2 ? { description: "HA1 to fw-1" } : v)) }, "vnics"],
  ])("changing an MVE's %s plans a replacement (megaport 1.13.1)", (_what, change, attribute) => {
    const node = nodeOf(schemas.megaport, "megaport_mve");
    const full = complete(node, { ...MVE, ...change }) as Record<string, CtyValue>;
    const changed = Object.fromEntries(Object.keys(change).map((key) => [key, full[key]]));
    expect(planChange("megaport", "megaport_mve", MVE, changed)).toEqual([[attribute]]);
  });

  test("an MVE's name, or the letter case of vendor and size, update in place", () => {
    const node = nodeOf(schemas.megaport, "megaport_mve");
    const upper = complete(node, { ...MVE, vendor_config: { ...VENDOR, vendor: "PALO_ALTO", product_size: "medium" } });
    expect(planChange("megaport", "megaport_mve", MVE, { product_name: "fw-0-renamed" })).toEqual([]);
    expect(planChange("megaport", "megaport_mve", MVE, { vendor_config: upper.vendor_config })).toEqual([]);
  });

  const VXC = {
    product_name: "azure-0",
    rate_limit: 100,
    contract_term_months: 1,
    a_end: { requested_product_uid: "mve-0", vnic_index: 1, inner_vlan: 200 },
    b_end: { requested_product_uid: "azure-port" },
    b_end_partner_config: { partner: "azure", azure_config: { service_key: "key-1", port_choice: "primary" } },
  };

  test("a VXC's cloud partner config replaces it; a VLAN or A-end move updates it in place", () => {
    const node = nodeOf(schemas.megaport, "megaport_vxc");
    const moved = complete(node, { ...VXC, a_end: { requested_product_uid: "mve-9", vnic_index: 1, inner_vlan: 300 } });
    expect(planChange("megaport", "megaport_vxc", VXC, { a_end: moved.a_end })).toEqual([]);
    const rekeyed = complete(node, {
      ...VXC,
      b_end_partner_config: { partner: "azure", azure_config: { service_key: "key-2", port_choice: "primary" } },
    });
    expect(planChange("megaport", "megaport_vxc", VXC, { b_end_partner_config: rekeyed.b_end_partner_config })).toEqual(
      [["b_end_partner_config"]],
    );
  });

  test("a transit (Megaport Internet) partner config change updates in place", () => {
    const node = nodeOf(schemas.megaport, "megaport_vxc");
    const transit = { ...VXC, b_end_partner_config: { partner: "transit" } };
    const changed = complete(node, { ...transit, b_end_partner_config: { partner: "transit", vrouter_config: null } });
    expect(replacementPaths("megaport_vxc", complete(node, transit), changed)).toEqual([]);
  });

  test("a panos object moved to another location is replaced; a renamed one is updated in place", () => {
    const config = { name: "ethernet1/1.200", parent: "ethernet1/1", tag: 200, location: { ngfw: {} } };
    expect(planChange("panos", "panos_ethernet_layer3_subinterface", config, { name: "ethernet1/1.300" })).toEqual([]);
    const node = nodeOf(schemas.panos, "panos_ethernet_layer3_subinterface");
    const moved = complete(node, { ...config, location: { ngfw: { ngfw_device: "other" } } });
    expect(planChange("panos", "panos_ethernet_layer3_subinterface", config, { location: moved.location })).toEqual([
      ["location"],
    ]);
  });

  test("every fact names a resource type and attribute the pinned schemas have, and its source", () => {
    for (const fact of REPLACEMENT_FACTS) {
      const schema = fact.resourceType.startsWith("megaport_") ? schemas.megaport : schemas.panos;
      const block = schema.schema.resource_schemas?.[fact.resourceType]?.block;
      expect({
        fact: `${fact.resourceType}.${fact.attribute}`,
        known: block?.attributes?.[fact.attribute] !== undefined,
      }).toEqual({ fact: `${fact.resourceType}.${fact.attribute}`, known: true });
      expect(fact.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(fact.source.path).toMatch(/^internal\/provider\/\w+\.go$/);
    }
  });
});
