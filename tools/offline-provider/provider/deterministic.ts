import { createHash } from "node:crypto";
import { type CtyType, type CtyValue, record } from "../cty/types";

/**
 * Deterministic stand-ins for values only a real provider would know. Identifiers (`id`, `*_id`,
 * `*uid`) differ per object, derived from a hash of its type and configuration, so the same
 * configuration always gets the same identifiers. Descriptive attributes get one value per
 * attribute name (`offline-<name>`, 0, false), so two objects of a type agree on them (same metro,
 * same market). Collections of objects get one element, so `[0]` works; other collections are empty.
 */

/** Where a value sits: the full path for messages and hashing, and the nearest attribute name. */
export interface ValueLocation {
  readonly path: string;
  readonly attribute: string;
}

/** The location of attribute `name` inside `parent` (undefined parent = top level). */
export function attributeLocation(parent: ValueLocation | undefined, name: string): ValueLocation {
  return { path: parent && parent.path !== "" ? `${parent.path}.${name}` : name, attribute: name };
}

/** The location of element `key` of the collection at `parent`. */
export function elementLocation(parent: ValueLocation, key: number | string): ValueLocation {
  return {
    path: `${parent.path}[${typeof key === "number" ? key : JSON.stringify(key)}]`,
    attribute: parent.attribute,
  };
}

/** The top of an object. */
export const ROOT: ValueLocation = { path: "", attribute: "" };

/** What makes generated identifiers unique: the object's type name and a hash of its configuration. */
export interface GenerationSeed {
  readonly typeName: string;
  readonly configHash: string;
}

/** The seed for an object of `typeName` whose configuration has canonical text `configText`. */
export function generationSeed(typeName: string, configText: string): GenerationSeed {
  return { typeName, configHash: sha256(`${typeName}\n${configText}`) };
}

/** A deterministic value of `type` for the unknown at `at`. */
export function generateValue(type: CtyType, at: ValueLocation, seed: GenerationSeed): CtyValue {
  switch (type) {
    case "string":
      return generateString(at, seed);
    case "number":
      return isIdentifier(at.attribute) ? 100000 + (parseInt(digest(seed, at).slice(0, 8), 16) % 900000) : 0;
    case "bool":
      return false;
    case "dynamic":
      return null;
  }
  const [kind] = type;
  if (kind === "object") {
    const result = record();
    for (const [name, attributeType] of Object.entries(type[1])) {
      result[name] = generateValue(attributeType, attributeLocation(at, name), seed);
    }
    return result;
  }
  if (kind === "tuple")
    return type[1].map((element, index) => generateValue(element, elementLocation(at, index), seed));
  if (kind === "map") return record();
  const element = type[1];
  return Array.isArray(element) && element[0] === "object"
    ? [generateValue(element, elementLocation(at, 0), seed)]
    : [];
}

function generateString(at: ValueLocation, seed: GenerationSeed): string {
  if (/uid$/.test(at.attribute)) {
    const hex = digest(seed, at);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  if (isIdentifier(at.attribute)) return `${seed.typeName}-${digest(seed, at).slice(0, 12)}`;
  return `offline-${at.attribute || seed.typeName}`;
}

function isIdentifier(attribute: string): boolean {
  return attribute === "id" || attribute.endsWith("_id") || attribute.endsWith("uid");
}

/** A per-object, per-path hash. */
export function digest(seed: GenerationSeed, at: ValueLocation): string {
  return sha256(`${seed.configHash}\n${at.path}`);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
