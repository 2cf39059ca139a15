/**
 * Checks of the stack directory the offline command is pointed at, before Terraform starts: it
 * exists and holds a synthesized configuration, every provider it needs is one the offline check
 * simulates (at the pinned version), and its state lives in a local backend, so an offline run
 * neither needs credentials nor writes placeholder state into a real backend.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { PinnedProvider } from "../bindings/providers";

/** The stack directory is missing or cannot be checked offline; the message says what to do. */
export class OfflineStackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfflineStackError";
  }
}

/** The parts of a synthesized `*.tf.json` the checks read. */
interface TerraformJson {
  terraform?: {
    backend?: Record<string, unknown>;
    cloud?: unknown;
    required_providers?: Record<string, { source?: string; version?: string } | string>;
  };
  provider?: Record<string, unknown>;
  resource?: Record<string, Record<string, { provider?: string }>>;
  data?: Record<string, Record<string, { provider?: string; backend?: string }>>;
}

/** Throws an OfflineStackError unless `dir` (shown to the user as `shown`) can be run offline. */
export function checkStackDirectory(dir: string, shown: string, providers: readonly PinnedProvider[]): void {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new OfflineStackError(`stack directory ${shown} does not exist${siblings(dir)}`);
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".tf.json") || name.endsWith(".tf"));
  if (files.length === 0) {
    throw new OfflineStackError(
      `${shown} holds no Terraform configuration (cdk.tf.json): synthesize first (cdktf synth, or your app's own command)${siblings(dir)}`,
    );
  }
  const problems = files
    .filter((name) => name.endsWith(".tf.json"))
    .flatMap((name) => configurationProblems(readJson(path.join(dir, name)), providers));
  if (problems.length > 0) throw new OfflineStackError(`${shown}: ${[...new Set(problems)].join("\n  ")}`);
}

/** Everything in one configuration file that the offline check cannot run. */
export function configurationProblems(json: TerraformJson, providers: readonly PinnedProvider[]): string[] {
  return [...providerProblems(json, providers), ...backendProblems(json)];
}

function providerProblems(json: TerraformJson, providers: readonly PinnedProvider[]): string[] {
  const simulated = providers.map((p) => `${p.namespace}/${p.name} ${p.version}`).join(" and ");
  const notSimulated = (what: string) =>
    `${what}, which the offline check does not simulate (it simulates ${simulated} only)`;
  const required = json.terraform?.required_providers ?? {};
  const problems: string[] = [];
  for (const [localName, requirement] of Object.entries(required)) {
    const { source, version } =
      typeof requirement === "string" ? { source: undefined, version: requirement } : requirement;
    const address = registryAddress(source ?? `hashicorp/${localName}`);
    const pinned = providers.find((p) => p.address === address);
    if (!pinned) problems.push(notSimulated(`it requires provider ${address}`));
    else {
      const exact = version === undefined ? undefined : /^=?\s*(\d+\.\d+\.\d+)$/.exec(version.trim())?.[1];
      if (exact !== undefined && exact !== pinned.version) {
        problems.push(
          `it requires ${pinned.namespace}/${pinned.name} ${exact}; the offline check simulates version ${pinned.version} (the version this package's constructs pin)`,
        );
      }
    }
  }
  // A type whose provider is not in required_providers implies hashicorp/<prefix>.
  for (const [kind, blocks] of [
    ["resource", json.resource],
    ["data source", json.data],
  ] as const) {
    for (const [type, instances] of Object.entries(blocks ?? {})) {
      const names = Object.values(instances).map((i) => i.provider?.split(".")[0] ?? type.split("_")[0]);
      for (const localName of new Set(names)) {
        if (localName === "terraform" || localName in required) continue;
        problems.push(notSimulated(`its ${kind} ${type} needs provider registry.terraform.io/hashicorp/${localName}`));
      }
    }
  }
  for (const localName of Object.keys(json.provider ?? {})) {
    if (!(localName in required)) {
      problems.push(notSimulated(`it configures provider registry.terraform.io/hashicorp/${localName}`));
    }
  }
  return problems;
}

function backendProblems(json: TerraformJson): string[] {
  const problems: string[] = [];
  const fix =
    "the offline check runs only stacks whose state is local (synthesize them with the default backend for it)";
  if (json.terraform?.cloud !== undefined) {
    problems.push(`its state is in HCP Terraform (a cloud block): ${fix}`);
  }
  for (const type of Object.keys(json.terraform?.backend ?? {})) {
    if (type !== "local") problems.push(`its state is in a "${type}" backend: ${fix}`);
  }
  for (const [name, source] of Object.entries(json.data?.terraform_remote_state ?? {})) {
    if (source.backend !== undefined && source.backend !== "local") {
      problems.push(`its remote state ${name} is read from a "${source.backend}" backend: ${fix}`);
    }
  }
  return problems;
}

/** `megaport/megaport` or `registry.terraform.io/megaport/megaport` → the full lower-case address. */
export function registryAddress(source: string): string {
  const parts = source.toLowerCase().split("/");
  return (parts.length === 2 ? ["registry.terraform.io", ...parts] : parts).join("/");
}

function readJson(file: string): TerraformJson {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as TerraformJson;
  } catch (error) {
    throw new OfflineStackError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** ` (stacks there: a, b)` when the parent directory exists and holds stack directories. */
function siblings(dir: string): string {
  const parent = path.dirname(dir);
  if (!fs.existsSync(parent) || !fs.statSync(parent).isDirectory()) {
    return ` (nor does ${parent}: run this from your app's directory, or synthesize first)`;
  }
  const stacks = fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(parent, entry.name, "cdk.tf.json")))
    .map((entry) => entry.name)
    .sort();
  return stacks.length > 0 ? ` (stacks there: ${stacks.join(", ")})` : "";
}
