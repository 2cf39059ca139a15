/**
 * `mve-ha verify --outputs FILE`: the firewalls' management addresses and the Megaport product UIDs
 * from the network stack's outputs, as either tool writes them:
 *
 * - `cdktf deploy --outputs-file FILE`: `{"<stack>": {"<output>": value, ...}, ...}`, one entry per
 *   stack deployed (the network stack is `network`, or `<stackPrefix>network`);
 * - `terraform output -json` in the network stack's directory: `{"<output>": {"value": value,
 *   "type": ..., "sensitive": false}, ...}`.
 *
 * The output names are the network stack's (lib/pattern/network-stack.ts; a test keeps them equal;
 * this file does not import the constructs so that the CLI bundle stays small).
 */
import { readFileSync } from "node:fs";
import { parseIpv4 } from "../core/ipv4";
import type { PairProduct, PairProducts } from "../verify/checks/megaport-products";
import { UsageError } from "./exit-codes";

export const MANAGEMENT_IP_OUTPUTS = ["firewall-0-management-ip", "firewall-1-management-ip"] as const;
export const PRODUCTS_OUTPUT = "megaport-products";

/** What `verify` needs from the outputs. */
export interface PairOutputs {
  /** The stack the outputs were found under (cdktf outputs files only). */
  readonly stack?: string;
  readonly hosts: readonly [string, string];
  readonly products: PairProducts;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `terraform output -json` wraps each value as `{"value", "type", "sensitive"}`. */
function isTerraformWrapped(value: unknown): value is { value: unknown } {
  return (
    isObject(value) && "value" in value && Object.keys(value).every((k) => ["value", "type", "sensitive"].includes(k))
  );
}

/** Reads and interprets FILE; every problem is a UsageError naming the file and what is missing. */
export function readPairOutputs(file: string, stack?: string): PairOutputs {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --outputs ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--outputs ${file} is not JSON (${(error as Error).message})`);
  }
  return pairOutputsFrom(json, file, stack);
}

/** Interprets parsed outputs (either shape). */
export function pairOutputsFrom(json: unknown, file: string, stack?: string): PairOutputs {
  if (!isObject(json)) throw new UsageError(`--outputs ${file} is not a JSON object of stack outputs`);
  const flat = MANAGEMENT_IP_OUTPUTS.some((name) => name in json) || PRODUCTS_OUTPUT in json;
  if (flat) {
    if (stack !== undefined) {
      throw new UsageError(
        `--outputs-stack ${stack}: ${file} holds the outputs of one stack (terraform output -json), not of several`,
      );
    }
    const unwrapped = Object.fromEntries(
      Object.entries(json).map(([name, value]) => [name, isTerraformWrapped(value) ? value.value : value]),
    );
    return interpret(unwrapped, `${file}`);
  }
  const name = stack ?? networkStackIn(json, file);
  const outputs = json[name];
  if (!isObject(outputs)) {
    const known = Object.keys(json).join(", ") || "none";
    throw new UsageError(`--outputs-stack ${name}: ${file} has no such stack (stacks: ${known})`);
  }
  return { stack: name, ...interpret(outputs, `${file}, stack ${name}`) };
}

/** The one stack of a cdktf outputs file that holds the network stack's outputs. */
function networkStackIn(json: Json, file: string): string {
  const candidates = Object.entries(json)
    .filter(([, outputs]) => isObject(outputs) && MANAGEMENT_IP_OUTPUTS.some((o) => o in outputs))
    .map(([name]) => name);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) {
    throw new UsageError(
      `--outputs ${file} holds no network stack outputs (${MANAGEMENT_IP_OUTPUTS.join(", ")}): give the file ` +
        "`cdktf deploy --outputs-file` wrote, or `terraform output -json` of the network stack",
    );
  }
  throw new UsageError(
    `--outputs ${file} holds the outputs of several pairs (stacks ${candidates.join(", ")}); choose one with --outputs-stack`,
  );
}

function interpret(outputs: Json, where: string): Omit<PairOutputs, "stack"> {
  const hosts = MANAGEMENT_IP_OUTPUTS.map((name) => {
    const value = outputs[name];
    if (value === undefined) throw new UsageError(`${where}: no ${name} output`);
    if (typeof value !== "string" || parseIpv4(value) === undefined) {
      throw new UsageError(`${where}: ${name} is ${JSON.stringify(value)}, not an IPv4 address`);
    }
    return value;
  }) as unknown as [string, string];
  const products = outputs[PRODUCTS_OUTPUT];
  if (products === undefined) {
    throw new UsageError(
      `${where}: no ${PRODUCTS_OUTPUT} output (the network stack was deployed by an older version): deploy the ` +
        "network stack again to add it (nothing else changes), or check the firewalls alone with --host",
    );
  }
  return { hosts, products: productsFrom(products, `${where}: ${PRODUCTS_OUTPUT}`) };
}

/** A UID: a non-empty string. */
function uid(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim().length === 0) {
    throw new UsageError(`${where} is ${JSON.stringify(value) ?? "missing"}, not a product UID`);
  }
  return value;
}

/** One UID per firewall, in firewall order. */
function perFirewall(value: unknown, where: string, label: (i: number) => string): PairProduct[] {
  if (!Array.isArray(value) || value.length !== 2) throw new UsageError(`${where} is not a list of two product UIDs`);
  return value.map((v, i) => ({ label: label(i), uid: uid(v, `${where}[${i}]`) }));
}

/**
 * The management VXCs: `managementInternet` (Megaport Internet) or `managementPrivate` (private
 * management VXCs), whichever the pair ordered.
 */
function managementProducts(value: Json, where: string): PairProduct[] {
  if (value.managementPrivate !== undefined && value.managementInternet === undefined) {
    return perFirewall(
      value.managementPrivate,
      `${where}.managementPrivate`,
      (i) => `firewall ${i} private management VXC`,
    );
  }
  return perFirewall(
    value.managementInternet,
    `${where}.managementInternet`,
    (i) => `firewall ${i} management Internet`,
  );
}

/**
 * `{mves: [2], haLinks: {ha1, ha2, ha3}, managementInternet | managementPrivate: [2],
 * cloudConnections: {name: [2]}}`.
 */
function productsFrom(value: unknown, where: string): PairProducts {
  if (!isObject(value)) throw new UsageError(`${where} is not an object`);
  const mves = perFirewall(value.mves, `${where}.mves`, (i) => `firewall ${i} MVE`);
  const links = value.haLinks;
  if (!isObject(links)) throw new UsageError(`${where}.haLinks is not an object`);
  const haLinks = (["ha1", "ha2", "ha3"] as const).map((role) => ({
    label: `${role.toUpperCase()} link`,
    uid: uid(links[role], `${where}.haLinks.${role}`),
  }));
  const management = managementProducts(value, where);
  const clouds = value.cloudConnections;
  if (!isObject(clouds)) throw new UsageError(`${where}.cloudConnections is not an object`);
  const cloud = Object.entries(clouds).flatMap(([name, uids]) =>
    perFirewall(uids, `${where}.cloudConnections.${name}`, (i) => `${name} connection of firewall ${i}`),
  );
  return { mves, vxcs: [...haLinks, ...management, ...cloud] };
}
