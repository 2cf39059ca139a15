import * as fs from "node:fs";
import { type CtyValue, isRecord, NumberText, TypedValue, Unknown } from "../cty/types";
import type { JsonProviderSchema } from "../schema/json-schema";
import { isJsonObject, type Json } from "./json";

/**
 * The fixture file: values a real provider would return, keyed by `<resource type>` or
 * `data.<data source type>`; each key holds entries `{ "when": {...}, "set": {...} }`. The first
 * entry whose `when` is a deep subset of the object's configuration gives the values (`set`) for
 * its computed attributes. See tools/offline-provider/README.md.
 */

/** One fixture entry. */
export interface FixtureEntry {
  /** Deep-subset pattern over the configuration; absent matches every object of the type. */
  readonly when?: { readonly [key: string]: Json };
  /** Values for computed attributes (missing ones stay deterministic). */
  readonly set: { readonly [key: string]: Json };
  /** Free text for the reader. */
  readonly comment?: string;
}

/** A parsed fixture file. */
export type Fixtures = ReadonlyMap<string, readonly FixtureEntry[]>;

/** The fixture key of a managed resource or data source type. */
export function fixtureKey(kind: "resource" | "data", typeName: string): string {
  return kind === "data" ? `data.${typeName}` : typeName;
}

/** Reads and checks a fixture file; throws naming the file and the bad place. */
export function readFixtures(file: string): Fixtures {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`fixture file ${file}: ${(error as Error).message}`);
  }
  return parseFixtures(parsed, file);
}

/** Checks the structure of a parsed fixture document. */
export function parseFixtures(document: unknown, source: string): Fixtures {
  if (!isJsonObject(document as Json)) throw new Error(`fixture file ${source}: the top level must be an object`);
  const fixtures = new Map<string, FixtureEntry[]>();
  for (const [key, entries] of Object.entries(document as Record<string, Json>)) {
    if (key === "$comment" || key === "drift") continue; // drift: see drift.ts
    if (!Array.isArray(entries)) throw new Error(`fixture file ${source}: "${key}" must be a list of entries`);
    fixtures.set(
      key,
      entries.map((entry, index) => {
        const where = `fixture file ${source}: ${key}[${index}]`;
        if (!isJsonObject(entry)) throw new Error(`${where} must be an object`);
        const extra = Object.keys(entry).filter((name) => !["when", "set", "comment"].includes(name));
        if (extra.length > 0) throw new Error(`${where} has unknown key "${extra[0]}" (allowed: when, set, comment)`);
        if (!isJsonObject(entry.set)) throw new Error(`${where}.set must be an object of attribute values`);
        if (entry.when !== undefined && !isJsonObject(entry.when)) throw new Error(`${where}.when must be an object`);
        return entry as unknown as FixtureEntry;
      }),
    );
  }
  return fixtures;
}

/** Keys that name no resource type or `data.` data source type of any of the given providers. */
export function unknownFixtureKeys(fixtures: Fixtures, providers: readonly JsonProviderSchema[]): string[] {
  const known = new Set<string>();
  for (const provider of providers) {
    for (const name of Object.keys(provider.resource_schemas ?? {})) known.add(fixtureKey("resource", name));
    for (const name of Object.keys(provider.data_source_schemas ?? {})) known.add(fixtureKey("data", name));
  }
  return [...fixtures.keys()].filter((key) => !known.has(key));
}

/** The `set` values of the first entry under `key` whose `when` matches `config`. */
export function findFixture(fixtures: Fixtures, key: string, config: CtyValue): Json | undefined {
  return fixtures.get(key)?.find((entry) => entry.when === undefined || matchesSubset(entry.when, config))?.set;
}

/**
 * Deep-subset match: every key of a pattern object must match the same attribute; every element
 * of a pattern list must match some element of the list; primitives compare equal (numbers by value).
 */
export function matchesSubset(pattern: Json, value: CtyValue): boolean {
  if (value instanceof TypedValue) return matchesSubset(pattern, value.value);
  if (value instanceof Unknown) return false;
  if (pattern === null) return value === null;
  if (Array.isArray(pattern)) {
    return (
      Array.isArray(value) && pattern.every((element) => value.some((candidate) => matchesSubset(element, candidate)))
    );
  }
  if (typeof pattern === "object") {
    return (
      isRecord(value) &&
      Object.entries(pattern).every(([key, element]) => key in value && matchesSubset(element, value[key]))
    );
  }
  if (typeof pattern === "number") {
    if (typeof value === "number") return value === pattern;
    if (typeof value === "bigint") return Number(value) === pattern;
    return value instanceof NumberText && Number(value.text) === pattern;
  }
  return value === pattern;
}
