import * as path from "node:path";
import { loadServiceDefinitions } from "../../tools/offline-provider/protocol/server";
import { loadProviderSchema } from "../../tools/offline-provider/schema/json-schema";
import { blockNode } from "../../tools/offline-provider/schema/nodes";
import { providerSchemaMessages } from "../../tools/offline-provider/schema/to-proto";
import { FAKE_SCHEMA } from "./fake-schema";

const root = path.resolve(__dirname, "../..");

describe("schema conversion", () => {
  test("implied types: nested attributes in every nesting mode, blocks, and dynamic list blocks", () => {
    const node = blockNode(FAKE_SCHEMA.resource_schemas!.fake_thing.block);
    expect(node.type).toEqual([
      "object",
      {
        name: "string",
        id: "string",
        secret_wo: "string",
        old: "bool",
        anything: "dynamic",
        single: ["object", { a: "number" }],
        listed: ["list", ["object", { inner: ["set", ["object", { b: ["list", "string"] }]] }]],
        mapped: ["map", ["object", { c: "bool" }]],
        empty: ["object", {}],
        rule: ["list", ["object", { port: "number" }]],
        settings: ["object", { mode: "string" }],
        labelled: ["map", ["object", { v: "string" }]],
        // a list block holding dynamic attributes is dynamic (a tuple), as Terraform implies it
        loose: "dynamic",
        unique: ["set", ["object", { k: "string" }]],
        only: ["object", {}],
      },
    ]);
    const listed = node.attributes.get("listed")!;
    expect(listed).toMatchObject({ computed: true, optional: true, nested: { nesting: "list" } });
    expect(node.attributes.get("secret_wo")).toMatchObject({ writeOnly: true, sensitive: true });
  });

  test("tfplugin6 messages: flags, nested_type without a type, blocks with nesting and item limits", () => {
    const messages = providerSchemaMessages(FAKE_SCHEMA);
    const thing = messages.resource_schemas.fake_thing;
    expect(thing.version).toBe(2);
    expect(thing.block.description_kind).toBe("MARKDOWN");
    const names = thing.block.attributes.map((a) => a.name);
    expect(names).toEqual([...names].sort());
    const byName = Object.fromEntries(thing.block.attributes.map((a) => [a.name, a]));
    expect(byName.secret_wo).toMatchObject({ write_only: true, sensitive: true, optional: true, required: false });
    expect(byName.old.deprecated).toBe(true);
    expect(JSON.parse(byName.anything.type.toString())).toBe("dynamic");
    expect(byName.listed.type.length).toBe(0);
    expect(byName.listed.nested_type?.nesting).toBe("LIST");
    expect(byName.listed.nested_type?.attributes[0].nested_type?.nesting).toBe("SET");
    expect(byName.mapped.nested_type?.nesting).toBe("MAP");
    expect(byName.empty.nested_type).toEqual({ attributes: [], nesting: "SINGLE" });
    const blocks = Object.fromEntries(thing.block.block_types.map((b) => [b.type_name, b]));
    expect(blocks.rule).toMatchObject({ nesting: "LIST", min_items: 1, max_items: 10 });
    expect(blocks.settings.nesting).toBe("GROUP");
    expect(Object.keys(messages.ephemeral_resource_schemas)).toEqual(["fake_token"]);
    expect(messages.provider.block.attributes[0]).toMatchObject({ name: "token", sensitive: true });
  });

  test("the real schemas convert: megaport's write-only admin password, panos's ephemeral api key", () => {
    const megaport = providerSchemaMessages(loadProviderSchema(path.join(root, "schemas/megaport.json")).schema);
    expect(Object.keys(megaport.resource_schemas).sort()).toEqual(["megaport_mve", "megaport_port", "megaport_vxc"]);
    expect(Object.keys(megaport.data_source_schemas)).toHaveLength(6);
    const vendorConfig = megaport.resource_schemas.megaport_mve.block.attributes.find(
      (a) => a.name === "vendor_config",
    );
    const password = vendorConfig?.nested_type?.attributes.find((a) => a.name === "admin_password");
    expect(password).toMatchObject({ write_only: true, sensitive: true });
    const panos = loadProviderSchema(path.join(root, "schemas/panos.json"));
    expect(panos.address).toBe("registry.terraform.io/paloaltonetworks/panos");
    expect(Object.keys(providerSchemaMessages(panos.schema).ephemeral_resource_schemas)).toEqual(["panos_api_key"]);
  });

  test("field numbers on the wire match the documented tfplugin6 format", () => {
    const definitions = loadServiceDefinitions() as unknown as Record<
      string,
      { serialize: (message: object) => Buffer }
    >;
    const wire = (type: string, message: object) => definitions[`tfplugin6.${type}`].serialize(message).toString("hex");
    // Schema.block (2) > Block.attributes (2) > Attribute.write_only (11, varint)
    expect(wire("Schema", { block: { attributes: [{ write_only: true }] } })).toBe("1204" + "1202" + "5801");
    // Attribute.nested_type (10) > Object.nesting (3) = MAP (4)
    expect(wire("Schema", { block: { attributes: [{ nested_type: { nesting: "MAP" } }] } })).toBe(
      "1206" + "1204" + "5202" + "1804",
    );
    // Block.block_types (3) > NestedBlock.nesting (3) = GROUP (5), max_items (5)
    expect(wire("Schema", { block: { block_types: [{ nesting: "GROUP", max_items: 3 }] } })).toBe(
      "1206" + "1a04" + "1805" + "2803",
    );
    expect(wire("DynamicValue", { msgpack: Buffer.from([0xc0]) })).toBe("0a01c0");
    expect(wire("DynamicValue", { json: Buffer.from("{}") })).toBe("12027b7d");
    expect(wire("Diagnostic", { severity: "ERROR", summary: "x" })).toBe("0801" + "120178");
    const provider = loadServiceDefinitions()["tfplugin6.Provider"];
    const response = provider.GetProviderSchema.responseSerialize({ ephemeral_resource_schemas: { e: {} } });
    expect(response.toString("hex")).toBe("4205" + "0a0165" + "1200"); // map field 8: entry { key(1) = "e", value(2) = empty Schema }
  });
});
