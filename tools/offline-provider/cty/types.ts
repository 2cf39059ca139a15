/**
 * cty types and values as the offline provider holds them. Types use Terraform's own JSON type
 * notation (`"string"`, `["list","number"]`, `["object",{...}]`), the same notation the schema
 * files and dynamic values carry, so no second type language is needed.
 */

/** A cty type in Terraform's JSON notation. */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["object", Readonly<Record<string, CtyType>>, (readonly string[])?]
  | readonly ["tuple", readonly CtyType[]];

/** An unknown value ("known after apply"); keeps Terraform's refinement payload so it round-trips. */
export class Unknown {
  /** `refinements` is the raw msgpack payload of extension 12, absent for a plain unknown. */
  constructor(readonly refinements?: Uint8Array) {}
}

/** The plain unknown (no refinements) the provider plans for computed attributes. */
export const UNKNOWN = new Unknown();

/**
 * A number Terraform sent as a decimal string (cty does that when the value is neither an int64
 * nor exactly a float64, e.g. `0.1`). Kept as text so it goes back byte-identical.
 */
export class NumberText {
  constructor(readonly text: string) {}
}

/** A value of a `dynamic` attribute: the concrete type travels with the value. */
export class TypedValue {
  constructor(
    readonly type: CtyType,
    readonly value: CtyValue,
  ) {}
}

/** A cty number: a JS number when exact, a bigint beyond 2^53, or decimal text. */
export type CtyNumber = number | bigint | NumberText;

/** Objects and maps: null-prototype records, so any key (even `__proto__`) is an ordinary key. */
export interface CtyRecord {
  [key: string]: CtyValue;
}

/** A cty value: lists, sets and tuples are arrays; objects and maps are records. */
export type CtyValue = null | string | boolean | CtyNumber | CtyValue[] | CtyRecord | Unknown | TypedValue;

/** A new empty record with no prototype. */
export function record(): CtyRecord {
  return Object.create(null) as CtyRecord;
}

/** True for an object or map value (not an array, unknown, number text or typed value). */
export function isRecord(value: CtyValue | undefined): value is CtyRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof NumberText) &&
    !(value instanceof TypedValue)
  );
}

/** True when the type is a primitive (string, number, bool). */
export function isPrimitiveType(type: CtyType): type is "string" | "number" | "bool" {
  return type === "string" || type === "number" || type === "bool";
}

/** The attribute types of an object type. */
export function objectAttributes(type: CtyType): Readonly<Record<string, CtyType>> | undefined {
  return Array.isArray(type) && type[0] === "object" ? (type[1] as Readonly<Record<string, CtyType>>) : undefined;
}

/** Parses a type from its JSON text (as dynamic values carry it), checking the shape. */
export function parseType(text: string): CtyType {
  return checkType(JSON.parse(text) as unknown, "type");
}

/** Checks that a parsed JSON value is a cty type in Terraform's notation. */
export function checkType(raw: unknown, where: string): CtyType {
  if (raw === "string" || raw === "number" || raw === "bool" || raw === "dynamic") return raw;
  if (Array.isArray(raw)) {
    const [kind, inner] = raw as [unknown, unknown];
    if ((kind === "list" || kind === "set" || kind === "map") && raw.length === 2) {
      return [kind, checkType(inner, where)];
    }
    if (kind === "tuple" && raw.length === 2 && Array.isArray(inner)) {
      return ["tuple", inner.map((element) => checkType(element, where))];
    }
    if (kind === "object" && (raw.length === 2 || raw.length === 3) && typeof inner === "object" && inner !== null) {
      const attributes: Record<string, CtyType> = Object.create(null) as Record<string, CtyType>;
      for (const [name, attributeType] of Object.entries(inner)) attributes[name] = checkType(attributeType, where);
      return raw.length === 3 ? ["object", attributes, raw[2] as string[]] : ["object", attributes];
    }
  }
  throw new Error(`${where}: ${JSON.stringify(raw)} is not a cty type`);
}
