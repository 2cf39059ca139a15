/**
 * Terraform JSON back to the config of a generated binding: the schema tells which keys are
 * attribute names (camelCased the way the binding generator names them) and which are data
 * (map keys, dynamic values), which stay as they are. Raw `${...}` expressions stay strings.
 */
import { toCamelCase } from "codemaker";
import { escapeAttributeName } from "@cdktf/provider-generator/lib/get/generator/models/attribute-model";
import type { CtyType, SchemaAttribute, SchemaBlock } from "./schema";

/** A JSON object of the synthesized Terraform. */
export type JsonObject = { [key: string]: unknown };

/** The binding property name of a Terraform attribute name, as `cdktf get` generates it. */
export function bindingName(terraformName: string): string {
  return escapeAttributeName(toCamelCase(terraformName));
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The binding config of `json` (one resource, data source or provider body) under `block`. */
export function toBindingConfig(block: SchemaBlock, json: JsonObject, where: string): JsonObject {
  const config: JsonObject = {};
  for (const [key, value] of Object.entries(json)) {
    const attribute = block.attributes?.[key];
    const nestedBlock = block.block_types?.[key];
    if (attribute) config[bindingName(key)] = attributeValue(attribute, value, `${where}.${key}`);
    else if (nestedBlock) config[bindingName(key)] = eachElement(value, (e) => nested(nestedBlock.block, e, where));
    else throw new Error(`bare app: ${where} has "${key}", which its schema does not declare`);
  }
  return config;
}

function attributeValue(attribute: SchemaAttribute, value: unknown, where: string): unknown {
  const nestedType = attribute.nested_type;
  if (nestedType) {
    if (nestedType.nesting_mode === "map") return mapValues(value, (v) => nested(nestedType, v, where));
    return eachElement(value, (element) => nested(nestedType, element, where));
  }
  if (attribute.type === undefined) throw new Error(`bare app: ${where} has neither a type nor a nested type`);
  return typedValue(attribute.type, value, where);
}

function nested(block: SchemaBlock, value: unknown, where: string): unknown {
  return isJsonObject(value) ? toBindingConfig(block, value, where) : value;
}

/** A value of cty type `type`: only object attribute names are renamed; everything else is data. */
function typedValue(type: CtyType, value: unknown, where: string): unknown {
  if (typeof type === "string") return value; // primitives and "dynamic" pass through as they are
  const [kind, inner] = type;
  switch (kind) {
    case "list":
    case "set":
      return Array.isArray(value) ? value.map((e) => typedValue(inner as CtyType, e, where)) : value;
    case "map":
      return mapValues(value, (v) => typedValue(inner as CtyType, v, where));
    default:
      throw new Error(`bare app: ${where} has cty type ${kind}, which this converter does not handle`);
  }
}

/** A single object or each element of a list (a raw expression string passes through). */
function eachElement(value: unknown, convert: (element: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(convert) : convert(value);
}

function mapValues(value: unknown, convert: (v: unknown) => unknown): unknown {
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, convert(v)]));
}

/** Keys of a cdktf core config (lifecycle, provisioner, variable) back to camelCase, one level; values stay. */
export function camelKeys(json: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [toCamelCase(key), value]));
}
