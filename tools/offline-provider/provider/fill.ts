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
import {
  attributeLocation,
  elementLocation,
  generateValue,
  type GenerationSeed,
  type ValueLocation,
} from "./deterministic";

/** Plain JSON, as fixture files and built-in defaults give override values. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An override that does not fit the value it targets; the message names the attribute path. */
export class OverrideError extends Error {}

/**
 * Replaces every unknown in `value` (of `type`) with the override given for that place, or else
 * a deterministic value. Overrides may only target unknowns: an override for a value already
 * known (from the configuration or prior state) is an error unless it is equal.
 */
export function resolveUnknowns(
  value: CtyValue,
  type: CtyType,
  override: Json | undefined,
  at: ValueLocation,
  seed: GenerationSeed,
): CtyValue {
  if (value instanceof Unknown) {
    return override === undefined ? generateValue(type, at, seed) : fromOverride(override, type, at, seed);
  }
  if (value instanceof TypedValue) {
    return new TypedValue(value.type, resolveUnknowns(value.value, value.type, override, at, seed));
  }
  if (Array.isArray(value)) {
    if (override !== undefined && !Array.isArray(override)) throw misfit(at, "a list", override);
    if (override && override.length > value.length) {
      throw new OverrideError(
        `${at.path}: the fixture gives ${override.length} elements but the configuration has ${value.length}`,
      );
    }
    return value.map((element, index) =>
      resolveUnknowns(element, elementType(type, index), override?.[index], elementLocation(at, index), seed),
    );
  }
  if (isRecord(value)) {
    if (override !== undefined && !isJsonObject(override)) throw misfit(at, "an object", override);
    const isMap = Array.isArray(type) && type[0] === "map";
    for (const key of Object.keys(override ?? {})) {
      if (!(key in value)) {
        throw new OverrideError(`${at.path || "the fixture"}: ${isMap ? "no element" : "no attribute"} "${key}" here`);
      }
    }
    const result = record();
    for (const [key, element] of Object.entries(value)) {
      const location = isMap ? elementLocation(at, key) : attributeLocation(at, key);
      result[key] = resolveUnknowns(element, memberType(type, key), override?.[key], location, seed);
    }
    return result;
  }
  if (override !== undefined && !sameKnownValue(override, value)) {
    throw new OverrideError(
      `${at.path}: the fixture sets this attribute, but its value is already known from the configuration`,
    );
  }
  return value;
}

/** Builds a value of `type` from override JSON; object attributes it leaves out are generated. */
export function fromOverride(json: Json, type: CtyType, at: ValueLocation, seed: GenerationSeed): CtyValue {
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
      return new TypedValue(impliedJsonType(json), fromOverride(json, impliedJsonType(json), at, seed));
  }
  const [kind] = type;
  if (kind === "list" || kind === "set" || kind === "tuple") {
    if (!Array.isArray(json)) throw misfit(at, `a ${kind}`, json);
    if (kind === "tuple" && json.length !== type[1].length) throw misfit(at, `${type[1].length} elements`, json);
    return json.map((element, index) =>
      fromOverride(element, elementType(type, index), elementLocation(at, index), seed),
    );
  }
  if (!isJsonObject(json)) throw misfit(at, kind === "map" ? "a map" : "an object", json);
  const result = record();
  if (kind === "map") {
    for (const [key, element] of Object.entries(json)) {
      result[key] = fromOverride(element, type[1], elementLocation(at, key), seed);
    }
    return result;
  }
  const attributes = objectAttributes(type) ?? {};
  for (const key of Object.keys(json)) {
    if (!(key in attributes)) throw new OverrideError(`${at.path || "the fixture"}: no attribute "${key}" here`);
  }
  for (const [name, attributeType] of Object.entries(attributes)) {
    const location = attributeLocation(at, name);
    const given = json[name];
    result[name] =
      given === undefined
        ? generateValue(attributeType, location, seed)
        : fromOverride(given, attributeType, location, seed);
  }
  return result;
}

/** True for a JSON object (not an array or null). */
export function isJsonObject(json: Json | undefined): json is { [key: string]: Json } {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

/** Deep-merges `top` over `base`: objects merge key by key, anything else in `top` replaces. */
export function mergeOverrides(base: Json | undefined, top: Json | undefined): Json | undefined {
  if (top === undefined) return base;
  if (!isJsonObject(base) || !isJsonObject(top)) return top;
  const merged: { [key: string]: Json } = { ...base };
  for (const [key, value] of Object.entries(top)) merged[key] = mergeOverrides(base[key], value) as Json;
  return merged;
}

function elementType(type: CtyType, index: number): CtyType {
  if (type === "dynamic" || typeof type === "string") return "dynamic";
  if (type[0] === "tuple") return type[1][index] ?? "dynamic";
  return type[0] === "object" ? "dynamic" : type[1];
}

function memberType(type: CtyType, key: string): CtyType {
  if (typeof type === "string") return "dynamic";
  if (type[0] === "object") return type[1][key] ?? "dynamic";
  return type[0] === "map" ? type[1] : "dynamic";
}

function sameKnownValue(json: Json, value: CtyValue): boolean {
  if (value instanceof NumberText || typeof value === "bigint")
    return typeof json === "number" && Number(value instanceof NumberText ? value.text : value) === json;
  return json === value;
}

function impliedJsonType(json: Json): CtyType {
  if (typeof json === "string" || typeof json === "number" || typeof json === "boolean") {
    return typeof json === "boolean" ? "bool" : typeof json === "number" ? "number" : "string";
  }
  if (Array.isArray(json)) return ["tuple", json.map(impliedJsonType)];
  if (json === null) return "dynamic";
  return ["object", Object.fromEntries(Object.entries(json).map(([key, element]) => [key, impliedJsonType(element)]))];
}

function misfit(at: ValueLocation, expected: string, got: Json): OverrideError {
  const kind =
    got === null ? "null" : Array.isArray(got) ? "a list" : typeof got === "object" ? "an object" : typeof got;
  return new OverrideError(`${at.path || "the fixture"}: ${expected} is required, the fixture gives ${kind}`);
}
