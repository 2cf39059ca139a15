/**
 * Drift: changes made behind Terraform's back, as `ReadResource` reports them. The fixture file's
 * `drift` list names objects by resource type, provider configuration and stored state (Terraform
 * never tells a provider the resource address) and says what the real provider's read would now
 * return: other values (`set`) or nothing (`gone`), so Terraform plans the correction. An entry
 * holds as long as it is in the file: remove it once the correcting apply has run (the object
 * then holds what Terraform wrote). See tools/offline-provider/README.md.
 */
import * as fs from "node:fs";
import { type CtyType, type CtyValue, isRecord, objectAttributes, record } from "../cty/types";
import { matchesSubset } from "./fixtures";
import { OverrideError } from "./fill";
import { isJsonObject, type Json, jsonKind } from "./json";
import { decodeDynamicValue, type DynamicValueMessage, encodeDynamicValue } from "./messages";

/** The key of the fixture file that holds the drift entries. */
export const DRIFT_KEY = "drift";

/** One drifted object. */
export interface DriftEntry {
  /** The resource type, e.g. `panos_zone`. */
  readonly resource: string;
  /** Deep subset of the provider's configuration (e.g. `{ "hostname": "127.0.0.2" }`); absent: any. */
  readonly provider?: { readonly [key: string]: Json };
  /** Deep subset of the stored state; absent: every object of the type. */
  readonly when?: { readonly [key: string]: Json };
  /** What the read reports instead: objects merge attribute by attribute, lists of objects element by element, anything else is replaced. */
  readonly set?: { readonly [key: string]: Json };
  /** The read reports the object deleted. */
  readonly gone?: true;
  /** Free text for the reader. */
  readonly comment?: string;
}

const KEYS = ["resource", "provider", "when", "set", "gone", "comment"];

/** Reads the drift entries of a fixture file (none when it has no `drift` list). */
export function readDrift(file: string): DriftEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`fixture file ${file}: ${(error as Error).message}`);
  }
  return parseDrift(parsed, file);
}

/** Checks the `drift` list of a parsed fixture document; absent: no drift. */
export function parseDrift(document: unknown, source: string): DriftEntry[] {
  if (!isJsonObject(document as Json)) return [];
  const list = (document as { [key: string]: Json })[DRIFT_KEY];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`fixture file ${source}: "${DRIFT_KEY}" must be a list of entries`);
  return list.map((entry, index) => checkEntry(entry, `fixture file ${source}: ${DRIFT_KEY}[${index}]`));
}

function checkEntry(entry: Json, where: string): DriftEntry {
  if (!isJsonObject(entry)) throw new Error(`${where} must be an object`);
  const extra = Object.keys(entry).find((key) => !KEYS.includes(key));
  if (extra) throw new Error(`${where} has unknown key "${extra}" (allowed: ${KEYS.join(", ")})`);
  if (typeof entry.resource !== "string" || entry.resource === "")
    throw new Error(`${where}.resource must name a resource type`);
  for (const key of ["provider", "when", "set"] as const) {
    if (entry[key] !== undefined && !isJsonObject(entry[key])) throw new Error(`${where}.${key} must be an object`);
  }
  if (entry.gone !== undefined && entry.gone !== true) throw new Error(`${where}.gone must be true when given`);
  if ((entry.gone === true) === (entry.set !== undefined))
    throw new Error(`${where} needs exactly one of "set" and "gone"`);
  return entry as unknown as DriftEntry;
}

/** The object being read: its type, its schema type and the configuration of the provider reading it. */
export interface DriftTarget {
  readonly typeName: string;
  readonly type: CtyType;
  /** The decoded provider configuration; undefined before ConfigureProvider. */
  readonly provider: CtyValue | undefined;
}

/**
 * The state a read reports: the stored state as it came (same bytes) unless a drift entry matches
 * the object; then the drifted value, or null when the entry says it is gone.
 */
export function driftedRead(
  entries: readonly DriftEntry[],
  target: DriftTarget,
  stored: DynamicValueMessage | null | undefined,
): DynamicValueMessage | null | undefined {
  const candidates = entries.filter((entry) => entry.resource === target.typeName);
  if (candidates.length === 0) return stored;
  const state = decodeDynamicValue(stored, target.type);
  if (state === null) return stored;
  const entry = candidates.find(
    (e) =>
      (e.provider === undefined || (target.provider !== undefined && matchesSubset(e.provider, target.provider))) &&
      (e.when === undefined || matchesSubset(e.when, state)),
  );
  if (!entry) return stored;
  const drifted = entry.gone ? null : overlay(state, target.type, entry.set ?? {}, "");
  return encodeDynamicValue(drifted, target.type);
}

/** `json` over `value`: objects merge by attribute, lists of objects by element, the rest is replaced. */
function overlay(value: CtyValue, type: CtyType, json: Json, at: string): CtyValue {
  const attributes = objectAttributes(type);
  if (attributes && isJsonObject(json)) {
    const result = record();
    const base = isRecord(value) ? value : record();
    for (const key of Object.keys(json)) {
      if (!(key in attributes)) throw new OverrideError(`${at || "drift"}: no attribute "${key}" here`);
    }
    for (const [key, attributeType] of Object.entries(attributes)) {
      result[key] =
        key in json ? overlay(base[key] ?? null, attributeType, json[key], join(at, key)) : (base[key] ?? null);
    }
    return result;
  }
  const element = listElementType(type);
  if (element && objectAttributes(element) && Array.isArray(json) && Array.isArray(value) && json.every(isJsonObject)) {
    if (json.length > value.length) {
      throw new OverrideError(`${at}: the drift gives ${json.length} elements, the state holds ${value.length}`);
    }
    return value.map((old, index) =>
      index < json.length ? overlay(old, element, json[index], `${at}[${index}]`) : old,
    );
  }
  return fromJson(json, type, at);
}

/** A whole value of `type` from JSON; object attributes left out are null. */
function fromJson(json: Json, type: CtyType, at: string): CtyValue {
  if (json === null) return null;
  if (type === "string" || type === "bool" || type === "number") {
    const expected = type === "bool" ? "boolean" : type;
    if (typeof json !== expected) throw misfit(at, `a ${type}`, json);
    return json;
  }
  if (type === "dynamic") throw new OverrideError(`${at}: a dynamic value cannot drift offline`);
  const [kind] = type;
  if (kind === "list" || kind === "set" || kind === "tuple") {
    if (!Array.isArray(json)) throw misfit(at, `a ${kind}`, json);
    return json.map((item, index) => fromJson(item, elementTypeAt(type, index), `${at}[${index}]`));
  }
  if (!isJsonObject(json)) throw misfit(at, kind === "map" ? "a map" : "an object", json);
  const result = record();
  if (kind === "map") {
    for (const [key, item] of Object.entries(json)) result[key] = fromJson(item, type[1] as CtyType, `${at}["${key}"]`);
    return result;
  }
  return overlay(null, type, json, at);
}

function listElementType(type: CtyType): CtyType | undefined {
  return Array.isArray(type) && (type[0] === "list" || type[0] === "set") ? (type[1] as CtyType) : undefined;
}

function elementTypeAt(type: CtyType, index: number): CtyType {
  if (Array.isArray(type) && type[0] === "tuple") return (type[1] as readonly CtyType[])[index] ?? "dynamic";
  return listElementType(type) ?? "dynamic";
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

function misfit(at: string, expected: string, got: Json): OverrideError {
  return new OverrideError(`${at || "drift"}: ${expected} is required, the drift gives ${jsonKind(got)}`);
}
