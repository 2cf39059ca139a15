import * as fs from "node:fs";

/** The `terraform providers schema -json` document shape (format 1.0), as far as the provider reads it. */

/** One attribute: either `type` or (protocol v6) `nested_type`. */
export interface JsonAttribute {
  readonly type?: unknown;
  readonly nested_type?: JsonNestedType;
  readonly description?: string;
  readonly description_kind?: "plain" | "markdown";
  readonly deprecated?: boolean;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly write_only?: boolean;
}

/** A nested attribute type; Terraform omits `attributes` when there are none. */
export interface JsonNestedType {
  readonly attributes?: Readonly<Record<string, JsonAttribute>>;
  readonly nesting_mode: "single" | "list" | "set" | "map";
}

/** A block's contents. */
export interface JsonBlock {
  readonly attributes?: Readonly<Record<string, JsonAttribute>>;
  readonly block_types?: Readonly<Record<string, JsonBlockType>>;
  readonly description?: string;
  readonly description_kind?: "plain" | "markdown";
  readonly deprecated?: boolean;
}

/** A nested block type. */
export interface JsonBlockType {
  readonly nesting_mode: "single" | "list" | "set" | "map" | "group";
  readonly block: JsonBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A versioned top-level schema (provider, resource, data source, ephemeral resource). */
export interface JsonSchema {
  readonly version?: number;
  readonly block: JsonBlock;
}

/** Everything one provider declares. Keys Terraform 1.11 has no RPC for (`action_schemas`) are ignored. */
export interface JsonProviderSchema {
  readonly provider?: JsonSchema;
  readonly provider_meta?: JsonSchema;
  readonly resource_schemas?: Readonly<Record<string, JsonSchema>>;
  readonly data_source_schemas?: Readonly<Record<string, JsonSchema>>;
  readonly ephemeral_resource_schemas?: Readonly<Record<string, JsonSchema>>;
}

/** A provider's schema and its registry address. */
export interface LoadedProviderSchema {
  /** e.g. `registry.terraform.io/megaport/megaport`. */
  readonly address: string;
  readonly schema: JsonProviderSchema;
}

/** Reads a schema file holding exactly one provider. */
export function loadProviderSchema(file: string): LoadedProviderSchema {
  return parseProviderSchema(fs.readFileSync(file, "utf8"), file);
}

/** Parses a schema document holding exactly one provider; `source` names it in errors. */
export function parseProviderSchema(text: string, source: string): LoadedProviderSchema {
  const document = JSON.parse(text) as { provider_schemas?: Record<string, JsonProviderSchema> };
  const entries = Object.entries(document.provider_schemas ?? {});
  if (entries.length !== 1) {
    throw new Error(`${source}: expected exactly one provider under provider_schemas, found ${entries.length}`);
  }
  const [address, schema] = entries[0];
  return { address, schema };
}
