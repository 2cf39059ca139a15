/** The provider schemas in `schemas/*.json` (`terraform providers schema -json`), looked up by type. */
import * as fs from "node:fs";
import * as path from "node:path";

/** A cty type as the schema JSON writes it: `"string"`, `["list", "string"]`, `["object", {...}]`. */
export type CtyType = string | readonly [string, unknown];

/** One attribute of a schema block. */
export interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: SchemaNestedType;
}

/** A protocol-6 nested attribute type. */
export interface SchemaNestedType {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly nesting_mode: "single" | "list" | "set" | "map";
}

/** A schema block: attributes and nested blocks. */
export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock }>>;
}

interface ProviderSchema {
  readonly provider: { readonly block: SchemaBlock };
  readonly resource_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
  readonly data_source_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
}

/** The blocks of every provider in `schemaDirectory`, keyed by provider name and by resource type. */
export class ProviderSchemas {
  private readonly providers = new Map<string, SchemaBlock>();
  private readonly resources = new Map<string, SchemaBlock>();
  private readonly dataSources = new Map<string, SchemaBlock>();

  public constructor(schemaDirectory: string) {
    for (const file of fs.readdirSync(schemaDirectory).filter((name) => name.endsWith(".json"))) {
      const document = JSON.parse(fs.readFileSync(path.join(schemaDirectory, file), "utf8")) as {
        provider_schemas: Record<string, ProviderSchema>;
      };
      for (const [source, schema] of Object.entries(document.provider_schemas)) {
        this.providers.set(source.split("/").pop() ?? source, schema.provider.block);
        for (const [type, entry] of Object.entries(schema.resource_schemas)) this.resources.set(type, entry.block);
        for (const [type, entry] of Object.entries(schema.data_source_schemas)) this.dataSources.set(type, entry.block);
      }
    }
  }

  /** The configuration block of provider `name` (e.g. `megaport`). */
  public provider(name: string): SchemaBlock {
    return found(this.providers.get(name), `provider ${name}`);
  }

  /** The block of resource type `type`. */
  public resource(type: string): SchemaBlock {
    return found(this.resources.get(type), `resource type ${type}`);
  }

  /** The block of data source type `type`. */
  public dataSource(type: string): SchemaBlock {
    return found(this.dataSources.get(type), `data source type ${type}`);
  }
}

function found(block: SchemaBlock | undefined, what: string): SchemaBlock {
  if (!block) throw new Error(`bare app: no schema for ${what} in schemas/`);
  return block;
}
