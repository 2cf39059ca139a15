import type { JsonAttribute, JsonBlock, JsonProviderSchema, JsonSchema } from "./json-schema";

/**
 * Converts the `providers schema -json` shape into tfplugin6 `Schema` messages (plain objects
 * for the protobuf.js serializer: snake_case fields, enum names as strings, bytes as Buffers).
 */

/** tfplugin6.Schema as a plain message. */
export interface SchemaMessage {
  version: number;
  block: BlockMessage;
}

/** tfplugin6.Schema.Block. */
export interface BlockMessage {
  version: number;
  attributes: AttributeMessage[];
  block_types: NestedBlockMessage[];
  description: string;
  description_kind: "PLAIN" | "MARKDOWN";
  deprecated: boolean;
}

/** tfplugin6.Schema.Attribute. */
export interface AttributeMessage {
  name: string;
  type: Buffer;
  nested_type?: { attributes: AttributeMessage[]; nesting: "SINGLE" | "LIST" | "SET" | "MAP" };
  description: string;
  description_kind: "PLAIN" | "MARKDOWN";
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
}

/** tfplugin6.Schema.NestedBlock. */
export interface NestedBlockMessage {
  type_name: string;
  block: BlockMessage;
  nesting: "SINGLE" | "LIST" | "SET" | "MAP" | "GROUP";
  min_items: number;
  max_items: number;
}

/** The schema part of GetProviderSchema.Response. */
export interface ProviderSchemaMessages {
  provider: SchemaMessage;
  provider_meta?: SchemaMessage;
  resource_schemas: Record<string, SchemaMessage>;
  data_source_schemas: Record<string, SchemaMessage>;
  ephemeral_resource_schemas: Record<string, SchemaMessage>;
}

const EMPTY_SCHEMA: JsonSchema = { version: 0, block: {} };

/** Converts every schema a provider declares. */
export function providerSchemaMessages(schema: JsonProviderSchema): ProviderSchemaMessages {
  const convertAll = (schemas: Readonly<Record<string, JsonSchema>> | undefined) =>
    Object.fromEntries(Object.entries(schemas ?? {}).map(([name, s]) => [name, schemaMessage(s)]));
  return {
    provider: schemaMessage(schema.provider ?? EMPTY_SCHEMA),
    ...(schema.provider_meta ? { provider_meta: schemaMessage(schema.provider_meta) } : {}),
    resource_schemas: convertAll(schema.resource_schemas),
    data_source_schemas: convertAll(schema.data_source_schemas),
    ephemeral_resource_schemas: convertAll(schema.ephemeral_resource_schemas),
  };
}

/** Converts one versioned schema. */
export function schemaMessage(schema: JsonSchema): SchemaMessage {
  const version = schema.version ?? 0;
  return { version, block: blockMessage(schema.block, version) };
}

function blockMessage(block: JsonBlock, version: number): BlockMessage {
  return {
    version,
    attributes: attributeMessages(block.attributes),
    block_types: Object.entries(block.block_types ?? {})
      .sort(([a], [b]) => compare(a, b))
      .map(([name, blockType]) => ({
        type_name: name,
        block: blockMessage(blockType.block, 0),
        nesting: nestingName(blockType.nesting_mode),
        min_items: blockType.min_items ?? 0,
        max_items: blockType.max_items ?? 0,
      })),
    description: block.description ?? "",
    description_kind: kindName(block.description_kind),
    deprecated: block.deprecated === true,
  };
}

function attributeMessages(attributes: Readonly<Record<string, JsonAttribute>> | undefined): AttributeMessage[] {
  return Object.entries(attributes ?? {})
    .sort(([a], [b]) => compare(a, b))
    .map(([name, attribute]) => attributeMessage(name, attribute));
}

function attributeMessage(name: string, attribute: JsonAttribute): AttributeMessage {
  const message: AttributeMessage = {
    name,
    // Nested attributes carry no type; Terraform derives it from nested_type.
    type: attribute.nested_type ? Buffer.alloc(0) : Buffer.from(JSON.stringify(attribute.type)),
    description: attribute.description ?? "",
    description_kind: kindName(attribute.description_kind),
    required: attribute.required === true,
    optional: attribute.optional === true,
    computed: attribute.computed === true,
    sensitive: attribute.sensitive === true,
    deprecated: attribute.deprecated === true,
    write_only: attribute.write_only === true,
  };
  if (attribute.nested_type) {
    message.nested_type = {
      attributes: attributeMessages(attribute.nested_type.attributes),
      nesting: nestingName(attribute.nested_type.nesting_mode) as "SINGLE" | "LIST" | "SET" | "MAP",
    };
  }
  return message;
}

function nestingName(mode: string): NestedBlockMessage["nesting"] {
  const name = mode.toUpperCase();
  if (name === "SINGLE" || name === "LIST" || name === "SET" || name === "MAP" || name === "GROUP") return name;
  throw new Error(`unknown nesting_mode "${mode}"`);
}

function kindName(kind: string | undefined): "PLAIN" | "MARKDOWN" {
  return kind === "markdown" ? "MARKDOWN" : "PLAIN";
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
