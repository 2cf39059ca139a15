import type { JsonProviderSchema } from "../../tools/offline-provider/schema/json-schema";

/** A schema with every shape the converter must handle. */
export const FAKE_SCHEMA: JsonProviderSchema = {
  provider: { version: 0, block: { attributes: { token: { type: "string", optional: true, sensitive: true } } } },
  resource_schemas: {
    fake_thing: {
      version: 2,
      block: {
        description: "A **thing**.",
        description_kind: "markdown",
        attributes: {
          name: { type: "string", required: true, description: "Name." },
          id: { type: "string", computed: true },
          secret_wo: { type: "string", optional: true, write_only: true, sensitive: true },
          old: { type: "bool", optional: true, deprecated: true },
          anything: { type: "dynamic", optional: true },
          single: {
            nested_type: { nesting_mode: "single", attributes: { a: { type: "number", optional: true } } },
            optional: true,
          },
          listed: {
            nested_type: {
              nesting_mode: "list",
              attributes: {
                inner: {
                  nested_type: { nesting_mode: "set", attributes: { b: { type: ["list", "string"], computed: true } } },
                  optional: true,
                },
              },
            },
            optional: true,
            computed: true,
          },
          mapped: {
            nested_type: { nesting_mode: "map", attributes: { c: { type: "bool", required: true } } },
            optional: true,
          },
          empty: { nested_type: { nesting_mode: "single" }, optional: true },
        },
        block_types: {
          rule: {
            nesting_mode: "list",
            max_items: 10,
            min_items: 1,
            block: { attributes: { port: { type: "number", required: true } } },
          },
          settings: { nesting_mode: "group", block: { attributes: { mode: { type: "string", optional: true } } } },
          labelled: { nesting_mode: "map", block: { attributes: { v: { type: "string", optional: true } } } },
          loose: { nesting_mode: "list", block: { attributes: { value: { type: "dynamic", optional: true } } } },
          unique: { nesting_mode: "set", block: { attributes: { k: { type: "string", optional: true } } } },
          only: { nesting_mode: "single", block: {} },
        },
      },
    },
  },
  data_source_schemas: { fake_lookup: { block: { attributes: { id: { type: "number", optional: true } } } } },
  ephemeral_resource_schemas: { fake_token: { block: { attributes: { value: { type: "string", computed: true } } } } },
};
