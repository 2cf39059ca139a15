import {
  type CtyType,
  type CtyValue,
  isRecord,
  NumberText,
  objectAttributes,
  record,
  TypedValue,
  Unknown,
} from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import {
  attributeLocation,
  elementLocation,
  generateValue,
  type GenerationSeed,
  type ValueLocation,
} from "./deterministic";
import { isJsonObject, type Json, jsonKind } from "./json";

/** An override that does not fit the value it targets; the message names the attribute path. */
export class OverrideError extends Error {}

/** Where a value is being filled: its place, the object's seed, and the schema of objects found here. */
interface FillPlace {
  readonly at: ValueLocation;
  readonly seed: GenerationSeed;
  /** The schema of the objects at this place (through list/set/map layers); absent below dynamic types. */
  readonly schema?: ObjectNode;
}

/**
 * Replaces every unknown in `value` (of `type`) with the override given for that place, or else a
 * deterministic value. Overrides may only target what the provider decides: an override for a
 * value already known (from the configuration or prior state) is an error unless it is equal,
 * and inside a generated object the attributes that only the configuration sets stay null (a
 * provider returning them would make Terraform plan to remove them again).
 */
export function resolveUnknowns(
  value: CtyValue,
  type: CtyType,
  override: Json | undefined,
  at: ValueLocation,
  seed: GenerationSeed,
  schema?: ObjectNode,
): CtyValue {
  return resolve(value, type, override, { at, seed, schema });
}

function resolve(value: CtyValue, type: CtyType, override: Json | undefined, place: FillPlace): CtyValue {
  if (value instanceof Unknown) {
    return override === undefined ? generate(type, place) : fromOverride(override, type, place);
  }
  if (value instanceof TypedValue) {
    return new TypedValue(value.type, resolve(value.value, value.type, override, { ...place, schema: undefined }));
  }
  if (Array.isArray(value)) {
    if (override !== undefined && !Array.isArray(override)) throw misfit(place.at, "a list", override);
    if (override && override.length > value.length) {
      throw new OverrideError(
        `${place.at.path}: the fixture gives ${override.length} elements, the configuration ${value.length}`,
      );
    }
    return value.map((element, index) =>
      resolve(element, elementType(type, index), override?.[index], { ...place, at: elementLocation(place.at, index) }),
    );
  }
  if (isRecord(value)) {
    if (override !== undefined && !isJsonObject(override)) throw misfit(place.at, "an object", override);
    const attributes = objectAttributes(type);
    for (const key of Object.keys(override ?? {})) {
      if (!(key in value)) throw new OverrideError(`${place.at.path || "the fixture"}: nothing named "${key}" here`);
    }
    const result = record();
    for (const [key, element] of Object.entries(value)) {
      const child = attributes
        ? { ...place, at: attributeLocation(place.at, key), schema: childSchema(place.schema, key) }
        : { ...place, at: elementLocation(place.at, key) };
      result[key] = resolve(
        element,
        attributes ? (attributes[key] ?? "dynamic") : elementType(type, 0),
        override?.[key],
        child,
      );
    }
    return result;
  }
  if (override !== undefined && !sameKnownValue(override, value)) {
    throw new OverrideError(`${place.at.path}: the fixture sets this attribute, but the configuration already does`);
  }
  return value;
}

/** A deterministic value; objects under a schema get null for attributes the provider does not compute. */
function generate(type: CtyType, place: FillPlace): CtyValue {
  if (!place.schema || typeof type === "string") return generateValue(type, place.at, place.seed);
  const [kind] = type;
  if (kind === "object") {
    const result = record();
    for (const [name, attributeType] of Object.entries(type[1])) {
      const attribute = place.schema.attributes.get(name);
      const at = attributeLocation(place.at, name);
      result[name] =
        attribute && !attribute.computed
          ? null
          : generate(attributeType, { ...place, at, schema: childSchema(place.schema, name) });
    }
    return result;
  }
  if ((kind === "list" || kind === "set") && Array.isArray(type[1]) && type[1][0] === "object") {
    return [generate(type[1], { ...place, at: elementLocation(place.at, 0) })];
  }
  return generateValue(type, place.at, place.seed);
}

/** Builds a value of `type` from override JSON; attributes it leaves out are generated. */
function fromOverride(json: Json, type: CtyType, place: FillPlace): CtyValue {
  const { at } = place;
  if (json === null) return null;
  switch (type) {
    case "string":
      if (typeof json !== "string") throw misfit(at, "a string", json);
      return json;
    case "bool":
      if (typeof json !== "boolean") throw misfit(at, "a bool", json);
      return json;
    case "number":
      if (typeof json === "number") return json;
      if (typeof json === "string" && json.trim() !== "" && Number.isFinite(Number(json))) return new NumberText(json);
      throw misfit(at, "a number", json);
    case "dynamic":
      return new TypedValue(
        impliedJsonType(json),
        fromOverride(json, impliedJsonType(json), { ...place, schema: undefined }),
      );
  }
  const [kind] = type;
  if (kind === "list" || kind === "set" || kind === "tuple") {
    if (!Array.isArray(json)) throw misfit(at, `a ${kind}`, json);
    if (kind === "tuple" && json.length !== type[1].length) throw misfit(at, `${type[1].length} elements`, json);
    return json.map((element, index) =>
      fromOverride(element, elementType(type, index), { ...place, at: elementLocation(at, index) }),
    );
  }
  if (!isJsonObject(json)) throw misfit(at, kind === "map" ? "a map" : "an object", json);
  const result = record();
  if (kind === "map") {
    for (const [key, element] of Object.entries(json)) {
      result[key] = fromOverride(element, type[1], { ...place, at: elementLocation(at, key) });
    }
    return result;
  }
  const attributes = objectAttributes(type) ?? {};
  for (const key of Object.keys(json)) {
    if (!(key in attributes)) throw new OverrideError(`${at.path || "the fixture"}: no attribute "${key}" here`);
    const attribute = place.schema?.attributes.get(key);
    if (attribute && !attribute.computed) {
      throw new OverrideError(
        `${attributeLocation(at, key).path}: only the configuration sets this attribute (it is not computed)`,
      );
    }
  }
  for (const [name, attributeType] of Object.entries(attributes)) {
    const child = { ...place, at: attributeLocation(at, name), schema: childSchema(place.schema, name) };
    const given = json[name];
    const attribute = place.schema?.attributes.get(name);
    result[name] =
      given !== undefined
        ? fromOverride(given, attributeType, child)
        : attribute && !attribute.computed
          ? null
          : generate(attributeType, child);
  }
  return result;
}

/** The schema of the objects inside attribute or block `name` of objects described by `schema`. */
function childSchema(schema: ObjectNode | undefined, name: string): ObjectNode | undefined {
  return schema?.attributes.get(name)?.nested?.object ?? schema?.blocks.get(name)?.object;
}

function elementType(type: CtyType, index: number): CtyType {
  if (typeof type === "string") return "dynamic";
  if (type[0] === "tuple") return type[1][index] ?? "dynamic";
  return type[0] === "object" ? "dynamic" : type[1];
}

function sameKnownValue(json: Json, value: CtyValue): boolean {
  if (value instanceof NumberText) return typeof json === "number" && Number(value.text) === json;
  if (typeof value === "bigint") return typeof json === "number" && Number(value) === json;
  return json === value;
}

function impliedJsonType(json: Json): CtyType {
  if (typeof json === "boolean") return "bool";
  if (typeof json === "number") return "number";
  if (typeof json === "string" || json === null) return json === null ? "dynamic" : "string";
  if (Array.isArray(json)) return ["tuple", json.map(impliedJsonType)];
  return ["object", Object.fromEntries(Object.entries(json).map(([key, element]) => [key, impliedJsonType(element)]))];
}

function misfit(at: ValueLocation, expected: string, got: Json): OverrideError {
  return new OverrideError(`${at.path || "the fixture"}: ${expected} is required, the fixture gives ${jsonKind(got)}`);
}
