import * as path from "node:path";
import { decodeMsgpack, encodeMsgpack } from "../../tools/offline-provider/cty/msgpack";
import {
  type CtyRecord,
  type CtyValue,
  record,
  TypedValue,
  UNKNOWN,
  Unknown,
} from "../../tools/offline-provider/cty/types";
import { parseFixtures } from "../../tools/offline-provider/provider/fixtures";
import type { DynamicValueMessage } from "../../tools/offline-provider/provider/messages";
import { OfflineProvider } from "../../tools/offline-provider/provider/offline-provider";
import { type LoadedProviderSchema, loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";
import { blockNode } from "../../tools/offline-provider/schema/nodes";
import { FAKE_SCHEMA } from "./fake-schema";

/** The answer of a state-mode RPC, which comes at once (device mode answers with a promise). */
function answered<R>(response: R): Exclude<R, Promise<unknown>> {
  if (response instanceof Promise) throw new Error("expected an immediate answer: device mode is off");
  return response as Exclude<R, Promise<unknown>>;
}

const megaportSchema = loadProviderSchema(path.resolve(__dirname, "../../schemas/megaport.json"));
const fakeSchema: LoadedProviderSchema = { address: "registry.terraform.io/acme/fake", schema: FAKE_SCHEMA };

function provider(schema: LoadedProviderSchema, fixtures: unknown = {}) {
  return new OfflineProvider({
    schema: () => schema,
    fixtures: () => parseFixtures(fixtures, "test"),
    log: () => undefined,
  });
}

function typeOf(schema: LoadedProviderSchema, kind: "resource" | "data", name: string) {
  const schemas = kind === "resource" ? schema.schema.resource_schemas : schema.schema.data_source_schemas;
  return blockNode(schemas![name].block).type;
}

/** A full object of the type from a partial one: every attribute not given is null. */
function complete(
  schema: LoadedProviderSchema,
  kind: "resource" | "data",
  name: string,
  partial: Record<string, CtyValue>,
) {
  const type = typeOf(schema, kind, name) as ["object", Record<string, unknown>];
  const fill = (objectType: unknown, given: Record<string, CtyValue>): CtyRecord => {
    const result = record();
    for (const [attribute, attributeType] of Object.entries((objectType as [string, Record<string, unknown>])[1])) {
      const value = given[attribute];
      const isObject = (t: unknown) => Array.isArray(t) && t[0] === "object";
      if (value && typeof value === "object" && !Array.isArray(value) && isObject(attributeType)) {
        result[attribute] = fill(attributeType, value as Record<string, CtyValue>);
      } else if (Array.isArray(value) && Array.isArray(attributeType) && isObject(attributeType[1])) {
        result[attribute] = value.map((element) => fill(attributeType[1], element as Record<string, CtyValue>));
      } else {
        result[attribute] = value === undefined ? null : value;
      }
    }
    return result;
  };
  return fill(type, partial);
}

const dv = (
  schema: LoadedProviderSchema,
  kind: "resource" | "data",
  name: string,
  value: CtyValue,
): DynamicValueMessage => ({
  msgpack: encodeMsgpack(value, typeOf(schema, kind, name)),
});
const read = (
  schema: LoadedProviderSchema,
  kind: "resource" | "data",
  name: string,
  message: DynamicValueMessage | null | undefined,
) => decodeMsgpack(message!.msgpack!, typeOf(schema, kind, name)) as CtyRecord;

function mveConfig(extra: Record<string, CtyValue> = {}) {
  return complete(megaportSchema, "resource", "megaport_mve", {
    product_name: "fw-0",
    location_id: 1,
    contract_term_months: 1,
    vendor_config: { vendor: "palo_alto", product_size: "MEDIUM", image_id: 101, admin_password: "s3cret-Value" },
    vnics: [{ description: "mgmt" }, { description: "data" }],
    ...extra,
  });
}

/** Plans and applies a create, as Terraform would. */
function create(p: OfflineProvider, schema: LoadedProviderSchema, type: string, config: CtyRecord) {
  const plan = p.planResourceChange({
    type_name: type,
    prior_state: dv(schema, "resource", type, null),
    proposed_new_state: dv(schema, "resource", type, config),
  }) as { planned_state: DynamicValueMessage; diagnostics: unknown[] };
  expect(plan.diagnostics).toEqual([]);
  const apply = answered(
    p.applyResourceChange({
      type_name: type,
      prior_state: dv(schema, "resource", type, null),
      planned_state: plan.planned_state,
      config: dv(schema, "resource", type, config),
    }),
  ) as { new_state?: DynamicValueMessage; diagnostics: { summary: string; detail: string }[] };
  return { planned: read(schema, "resource", type, plan.planned_state), apply };
}

describe("OfflineProvider plan and apply", () => {
  test("a create plans computed attributes unknown, keeps the configuration, and nulls write-only values", () => {
    const { planned } = create(provider(megaportSchema), megaportSchema, "megaport_mve", mveConfig());
    expect(planned.product_uid).toBeInstanceOf(Unknown);
    expect(planned.diversity_zone).toBeInstanceOf(Unknown); // optional + computed, not configured
    expect(planned.product_name).toBe("fw-0");
    expect((planned.vnics as CtyRecord[]).map((vnic) => [vnic.description, vnic.vlan])).toEqual([
      ["mgmt", UNKNOWN],
      ["data", UNKNOWN],
    ]);
    expect((planned.vendor_config as CtyRecord).admin_password).toBeNull();
    expect((planned.vendor_config as CtyRecord).image_id).toBe(101);
  });

  test("apply fills every unknown deterministically: same configuration, same values; identifiers differ per object", () => {
    const p = provider(megaportSchema);
    const first = read(
      megaportSchema,
      "resource",
      "megaport_mve",
      create(p, megaportSchema, "megaport_mve", mveConfig()).apply.new_state,
    );
    const again = read(
      megaportSchema,
      "resource",
      "megaport_mve",
      create(p, megaportSchema, "megaport_mve", mveConfig()).apply.new_state,
    );
    const other = read(
      megaportSchema,
      "resource",
      "megaport_mve",
      create(p, megaportSchema, "megaport_mve", mveConfig({ product_name: "fw-1" })).apply.new_state,
    );
    expect(first).toEqual(again);
    expect(JSON.stringify(first)).not.toContain("s3cret");
    expect(first.product_uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(other.product_uid).not.toBe(first.product_uid);
    expect(first.product_id).toEqual(expect.any(Number));
    expect(first.market).toBe("offline-market"); // descriptive values agree between objects
    expect(other.market).toBe("offline-market");
    expect(first.attribute_tags).toEqual({});
    expect((first.vnics as CtyRecord[]).map((vnic) => vnic.vlan)).toEqual([0, 0]);
    expect(Object.values(first).some((value) => value instanceof Unknown)).toBe(false);
  });

  test("a fixture sets computed values, element by element inside configured lists", () => {
    const p = provider(megaportSchema, {
      megaport_mve: [
        { when: { product_name: "fw-9" }, set: { product_uid: "never" } },
        {
          when: { vendor_config: { vendor: "palo_alto" } },
          set: { product_uid: "mve-uid-0", vnics: [{ vlan: 100 }, { vlan: 101 }] },
        },
      ],
    });
    const state = read(
      megaportSchema,
      "resource",
      "megaport_mve",
      create(p, megaportSchema, "megaport_mve", mveConfig()).apply.new_state,
    );
    expect(state.product_uid).toBe("mve-uid-0");
    expect((state.vnics as CtyRecord[]).map((vnic) => [vnic.description, vnic.vlan])).toEqual([
      ["mgmt", 100],
      ["data", 101],
    ]);
  });

  test("a fixture that sets what the configuration already sets is an error diagnostic naming the path", () => {
    const p = provider(megaportSchema, { megaport_mve: [{ set: { vnics: [{ description: "other" }] } }] });
    const { apply } = create(p, megaportSchema, "megaport_mve", mveConfig());
    expect(apply.diagnostics).toEqual([
      expect.objectContaining({
        summary: "Offline provider fixture does not fit",
        detail: expect.stringContaining(
          "vnics[0].description: the fixture sets this attribute, but the configuration already does",
        ),
      }),
    ]);
    expect(apply.diagnostics[0].detail).not.toContain("s3cret");
  });

  test("an unconfigured optional+computed nested list gets provider-computed parts only", () => {
    const p = provider(megaportSchema);
    const state = read(
      megaportSchema,
      "resource",
      "megaport_mve",
      create(p, megaportSchema, "megaport_mve", mveConfig({ vnics: null })).apply.new_state,
    );
    // `description` is configuration-only: a provider returning it would make Terraform plan to remove it.
    expect(state.vnics).toEqual([Object.assign(record(), { description: null, vlan: 0 })]);
    const bad = provider(megaportSchema, { megaport_mve: [{ set: { vnics: [{ description: "x", vlan: 7 }] } }] });
    expect(
      create(bad, megaportSchema, "megaport_mve", mveConfig({ vnics: null })).apply.diagnostics[0].detail,
    ).toContain("vnics[0].description: only the configuration sets this attribute");
  });

  test("an update keeps the prior state: no unknowns, fixtures not applied", () => {
    const p = provider(megaportSchema, { megaport_mve: [{ set: { product_uid: "from-fixture" } }] });
    const prior = mveConfig({ product_uid: "kept-uid", vnics: [{ description: "mgmt", vlan: 5 }] });
    const proposed = mveConfig({
      product_uid: "kept-uid",
      vnics: [{ description: "mgmt", vlan: 5 }],
      cost_centre: "ops",
    });
    const plan = p.planResourceChange({
      type_name: "megaport_mve",
      prior_state: dv(megaportSchema, "resource", "megaport_mve", prior),
      proposed_new_state: dv(megaportSchema, "resource", "megaport_mve", proposed),
    }) as { planned_state: DynamicValueMessage };
    const planned = read(megaportSchema, "resource", "megaport_mve", plan.planned_state);
    expect(planned.product_uid).toBe("kept-uid");
    expect(planned.cost_centre).toBe("ops");
    expect((planned.vendor_config as CtyRecord).admin_password).toBeNull();
    const apply = answered(
      p.applyResourceChange({
        type_name: "megaport_mve",
        prior_state: dv(megaportSchema, "resource", "megaport_mve", prior),
        planned_state: plan.planned_state,
        config: dv(megaportSchema, "resource", "megaport_mve", proposed),
      }),
    ) as { new_state: DynamicValueMessage };
    expect(read(megaportSchema, "resource", "megaport_mve", apply.new_state).product_uid).toBe("kept-uid");
  });

  test("a destroy plans and applies null", () => {
    const p = provider(megaportSchema);
    const prior = dv(megaportSchema, "resource", "megaport_mve", mveConfig());
    const nil = dv(megaportSchema, "resource", "megaport_mve", null);
    const plan = p.planResourceChange({ type_name: "megaport_mve", prior_state: prior, proposed_new_state: nil }) as {
      planned_state: DynamicValueMessage;
    };
    expect(Buffer.from(plan.planned_state.msgpack!).toString("hex")).toBe("c0");
    const apply = answered(
      p.applyResourceChange({ type_name: "megaport_mve", prior_state: prior, planned_state: nil }),
    ) as {
      new_state: DynamicValueMessage;
    };
    expect(Buffer.from(apply.new_state.msgpack!).toString("hex")).toBe("c0");
  });

  test("a transit VXC gets a TRANSIT csp_connections entry on loopback by default; a fixture replaces it", () => {
    const vxc = (name: string) =>
      complete(megaportSchema, "resource", "megaport_vxc", {
        product_name: name,
        rate_limit: 100,
        contract_term_months: 1,
        a_end: { requested_product_uid: "mve-uid", vnic_index: 0 },
        b_end: { requested_product_uid: "internet-uid" },
        b_end_partner_config: { partner: "transit" },
      });
    const connection = (p: OfflineProvider, name: string) =>
      (
        read(
          megaportSchema,
          "resource",
          "megaport_vxc",
          create(p, megaportSchema, "megaport_vxc", vxc(name)).apply.new_state,
        ).csp_connections as CtyRecord[]
      )[0];
    const defaults = [connection(provider(megaportSchema), "a"), connection(provider(megaportSchema), "b")];
    for (const entry of defaults) {
      expect(entry.connect_type).toBe("TRANSIT");
      const [address, prefix] = (entry.customer_ip4_address as string).split("/");
      expect(prefix).toBe("30");
      expect(address).toMatch(/^127\.\d+\.\d+\.\d+$/);
      const gateway = (entry.ipv4_gateway_address as string).split(".").map(Number);
      expect(address.split(".").map(Number)[3]).toBe(gateway[3] + 1);
    }
    expect(defaults[0].customer_ip4_address).not.toBe(defaults[1].customer_ip4_address);
    const fixtured = provider(megaportSchema, {
      megaport_vxc: [{ set: { csp_connections: [{ connect_type: "TRANSIT", customer_ip4_address: "127.0.0.2/32" }] } }],
    });
    const entry = connection(fixtured, "a");
    expect(entry.customer_ip4_address).toBe("127.0.0.2/32");
    expect(entry.ipv4_gateway_address).toBe("offline-ipv4_gateway_address");
  });
});

describe("OfflineProvider data sources and other RPCs", () => {
  const readData = (p: OfflineProvider, type: string, config: Record<string, CtyValue>) => {
    const response = p.readDataSource({
      type_name: type,
      config: dv(megaportSchema, "data", type, complete(megaportSchema, "data", type, config)),
    }) as {
      state?: DynamicValueMessage;
      diagnostics: unknown[];
    };
    expect(response.diagnostics).toEqual([]);
    return read(megaportSchema, "data", type, response.state);
  };

  test("filters come back in the results; configured values are kept; a fixture overrides by partial match", () => {
    const images = readData(provider(megaportSchema), "megaport_mve_images", {
      vendor_filter: "PALO_ALTO",
      version_filter: "10.2.9-h1",
    });
    expect(images.vendor_filter).toBe("PALO_ALTO");
    expect(images.mve_images).toEqual([
      expect.objectContaining({ vendor: "PALO_ALTO", version: "10.2.9-h1", id: expect.any(Number) }),
    ]);
    const p = provider(megaportSchema, {
      "data.megaport_location": [{ when: { id: 2 }, set: { metro: "Melbourne" } }, { set: { metro: "Sydney" } }],
    });
    expect(readData(p, "megaport_location", { id: 1 })).toMatchObject({ id: 1, metro: "Sydney", name: "offline-name" });
    expect(readData(p, "megaport_location", { id: 2 }).metro).toBe("Melbourne");
  });

  test("upgrade passes the stored JSON state through; flatmap state is refused", () => {
    const p = provider(megaportSchema);
    const json = Buffer.from('{"product_name":"fw-0"}');
    expect(p.upgradeResourceState({ type_name: "megaport_mve", raw_state: { json } })).toEqual({
      upgraded_state: { json },
      diagnostics: [],
    });
    const refused = p.upgradeResourceState({ type_name: "megaport_mve", raw_state: { json: Buffer.alloc(0) } });
    expect(refused.diagnostics[0].detail).toContain("legacy flatmap state is not supported");
  });

  test("failures become diagnostics: unknown type, undecodable config, import", () => {
    const p = provider(fakeSchema);
    expect(
      p.validateResourceConfig({ type_name: "fake_missing", config: { msgpack: Buffer.from([0xc0]) } }).diagnostics[0]
        .detail,
    ).toContain('has no resource type "fake_missing"');
    expect(
      p.validateResourceConfig({ type_name: "fake_thing", config: { msgpack: Buffer.from([0x01]) } }).diagnostics[0]
        .detail,
    ).toContain("object is required");
    expect(p.importResourceState({ type_name: "fake_thing" }).diagnostics[0].summary).toBe(
      "Import is not supported offline",
    );
  });

  test("dynamic attributes and list blocks survive plan and apply", () => {
    const p = provider(fakeSchema);
    const config = Object.assign(record(), {
      name: "x",
      id: null,
      secret_wo: "hidden",
      old: null,
      anything: new TypedValue(["object", { port: "number" }], Object.assign(record(), { port: 8443 })),
      single: null,
      listed: null,
      mapped: null,
      empty: null,
      rule: [Object.assign(record(), { port: 1 })],
      settings: Object.assign(record(), { mode: null }),
      labelled: record(),
      loose: new TypedValue(["tuple", [["object", { value: "string" }]]], [Object.assign(record(), { value: "v" })]),
      unique: [],
      only: record(),
    });
    const type = blockNode(FAKE_SCHEMA.resource_schemas!.fake_thing.block).type;
    const { planned, apply } = (() => {
      const plan = p.planResourceChange({
        type_name: "fake_thing",
        prior_state: { msgpack: encodeMsgpack(null, type) },
        proposed_new_state: { msgpack: encodeMsgpack(config, type) },
      }) as {
        planned_state: DynamicValueMessage;
      };
      const applied = answered(
        p.applyResourceChange({
          type_name: "fake_thing",
          prior_state: { msgpack: encodeMsgpack(null, type) },
          planned_state: plan.planned_state,
          config: { msgpack: encodeMsgpack(config, type) },
        }),
      ) as { new_state: DynamicValueMessage };
      return {
        planned: decodeMsgpack(plan.planned_state.msgpack!, type) as CtyRecord,
        apply: decodeMsgpack(applied.new_state.msgpack!, type) as CtyRecord,
      };
    })();
    expect(planned.id).toBeInstanceOf(Unknown);
    expect(planned.secret_wo).toBeNull();
    expect(planned.listed).toBeInstanceOf(Unknown);
    expect(apply.anything).toEqual(config.anything);
    expect(apply.loose).toEqual(config.loose);
    expect(apply.id).toMatch(/^fake_thing-[0-9a-f]{12}$/);
    expect(apply.listed).toEqual([Object.assign(record(), { inner: null })]);
  });
});
