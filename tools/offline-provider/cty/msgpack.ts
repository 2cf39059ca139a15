import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import {
  type CtyRecord,
  type CtyType,
  type CtyValue,
  isRecord,
  NumberText,
  objectAttributes,
  parseType,
  record,
  TypedValue,
  UNKNOWN,
  Unknown,
} from "./types";

/**
 * Type-directed cty msgpack codec (the `msgpack` field of tfplugin6 DynamicValue). The wire rules
 * are cty's: unknown is extension 0 (`d4 00 00`) or, with refinements, extension 12 carrying a
 * msgpack map; null is nil; objects carry every attribute; sets are arrays; numbers are ints,
 * float64s, or decimal strings when neither is exact; a `dynamic` slot holds
 * `[type JSON as bytes, value]`.
 */

const PLAIN_UNKNOWN_EXT_TYPE = 0;
const REFINED_UNKNOWN_EXT_TYPE = 12;
const PLAIN_UNKNOWN_PAYLOAD = new Uint8Array([0]);

const extensionCodec = new ExtensionCodec();
extensionCodec.register({
  type: PLAIN_UNKNOWN_EXT_TYPE,
  encode: (input: unknown) => (input instanceof Unknown && !input.refinements ? PLAIN_UNKNOWN_PAYLOAD : null),
  decode: (data: Uint8Array) => {
    if (data.length > 1) throw new Error(`unsupported msgpack extension 0 with ${data.length} bytes`);
    return UNKNOWN;
  },
});
extensionCodec.register({
  type: REFINED_UNKNOWN_EXT_TYPE,
  encode: (input: unknown) => (input instanceof Unknown && input.refinements ? input.refinements : null),
  // A zero- or one-byte payload means "no refinements" whatever the extension type.
  decode: (data: Uint8Array) => (data.length <= 1 ? UNKNOWN : new Unknown(data.slice())),
});

const codecOptions = { extensionCodec, useBigInt64: true } as const;

/** Decodes msgpack bytes from Terraform into a value of `type`. Throws with the attribute path on a mismatch. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): CtyValue {
  return fromWire(decode(bytes, codecOptions), type, "");
}

/** Encodes a value of `type` as msgpack for Terraform. Throws with the attribute path when the value does not conform. */
export function encodeMsgpack(value: CtyValue, type: CtyType): Uint8Array {
  return encode(toWire(value, type, ""), { ...codecOptions, sortKeys: true });
}

function describe(path: string): string {
  return path === "" ? "the value" : path;
}

function mismatch(path: string, expected: string, got: unknown): Error {
  const kind = got === null ? "null" : Array.isArray(got) ? "an array" : typeof got;
  return new Error(`${describe(path)}: ${expected} is required, got ${kind}`);
}

function fromWire(raw: unknown, type: CtyType, path: string): CtyValue {
  if (raw instanceof Unknown) return raw;
  if (raw instanceof ExtData) throw new Error(`${describe(path)}: unsupported msgpack extension ${raw.type}`);
  if (type === "dynamic") {
    if (raw === null) return null;
    if (!Array.isArray(raw) || raw.length !== 2) throw mismatch(path, "a [type, value] pair", raw);
    const [typeJson, inner] = raw as [unknown, unknown];
    const text = typeof typeJson === "string" ? typeJson : Buffer.from(typeJson as Uint8Array).toString("utf8");
    const actualType = parseType(text);
    return new TypedValue(actualType, fromWire(inner, actualType, path));
  }
  if (raw === null) return null;
  switch (type) {
    case "string":
      if (typeof raw !== "string") throw mismatch(path, "string", raw);
      return raw;
    case "bool":
      if (typeof raw !== "boolean") throw mismatch(path, "bool", raw);
      return raw;
    case "number":
      return numberFromWire(raw, path);
  }
  const [kind] = type;
  if (kind === "list" || kind === "set" || kind === "tuple") {
    if (!Array.isArray(raw)) throw mismatch(path, kind, raw);
    if (kind === "tuple" && raw.length !== type[1].length) {
      throw new Error(`${describe(path)}: a tuple of ${type[1].length} elements is required, got ${raw.length}`);
    }
    return raw.map((element, index) =>
      fromWire(element, kind === "tuple" ? type[1][index] : type[1], `${path}[${index}]`),
    );
  }
  if (typeof raw !== "object" || Array.isArray(raw) || raw instanceof Uint8Array) throw mismatch(path, kind, raw);
  const entries = Object.entries(raw as Record<string, unknown>);
  const result = record();
  if (kind === "map") {
    for (const [key, element] of entries) result[key] = fromWire(element, type[1], `${path}[${JSON.stringify(key)}]`);
    return result;
  }
  const attributes = objectAttributes(type) ?? {};
  for (const [name, element] of entries) {
    const attributeType = attributes[name];
    if (attributeType === undefined) throw new Error(`${describe(path)}: unsupported attribute "${name}"`);
    result[name] = fromWire(element, attributeType, path === "" ? name : `${path}.${name}`);
  }
  // cty sends an empty map for an object with no attributes; otherwise every attribute is present.
  const missing = Object.keys(attributes).filter((name) => !(name in result));
  if (missing.length > 0 && entries.length > 0) {
    throw new Error(`${describe(path)}: attribute "${missing[0]}" is missing`);
  }
  for (const name of missing) result[name] = null;
  return result;
}

function numberFromWire(raw: unknown, path: string): CtyValue {
  if (typeof raw === "number") return raw;
  if (typeof raw === "bigint") {
    return raw >= BigInt(Number.MIN_SAFE_INTEGER) && raw <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(raw) : raw;
  }
  if (typeof raw === "string" && /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return new NumberText(raw);
  throw mismatch(path, "number", raw);
}

function toWire(value: CtyValue, type: CtyType, path: string): unknown {
  if (value instanceof Unknown) return value;
  if (type === "dynamic") {
    if (value === null) return null;
    if (!(value instanceof TypedValue)) throw mismatch(path, "a typed value for a dynamic attribute", value);
    return [Buffer.from(JSON.stringify(value.type)), toWire(value.value, value.type, path)];
  }
  if (value === null) return null;
  switch (type) {
    case "string":
      if (typeof value !== "string") throw mismatch(path, "string", value);
      return value;
    case "bool":
      if (typeof value !== "boolean") throw mismatch(path, "bool", value);
      return value;
    case "number":
      if (value instanceof NumberText) return value.text;
      if (typeof value !== "number" && typeof value !== "bigint") throw mismatch(path, "number", value);
      return value;
  }
  const [kind] = type;
  if (kind === "list" || kind === "set" || kind === "tuple") {
    if (!Array.isArray(value)) throw mismatch(path, kind, value);
    if (kind === "tuple" && value.length !== type[1].length) {
      throw new Error(`${describe(path)}: a tuple of ${type[1].length} elements is required, got ${value.length}`);
    }
    return value.map((element, index) =>
      toWire(element, kind === "tuple" ? type[1][index] : type[1], `${path}[${index}]`),
    );
  }
  if (!isRecord(value)) throw mismatch(path, kind, value);
  const result = Object.create(null) as Record<string, unknown>;
  if (kind === "map") {
    for (const [key, element] of Object.entries(value)) {
      result[key] = toWire(element, type[1], `${path}[${JSON.stringify(key)}]`);
    }
    return result;
  }
  const attributes = objectAttributes(type) ?? {};
  for (const name of Object.keys(value)) {
    if (!(name in attributes)) throw new Error(`${describe(path)}: unsupported attribute "${name}"`);
  }
  for (const [name, attributeType] of Object.entries(attributes)) {
    const element: CtyValue | undefined = (value as CtyRecord)[name];
    const attributePath = path === "" ? name : `${path}.${name}`;
    if (element === undefined) throw new Error(`${attributePath}: attribute is missing`);
    result[name] = toWire(element, attributeType, attributePath);
  }
  return result;
}
