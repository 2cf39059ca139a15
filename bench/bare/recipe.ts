/**
 * The "source code" of the bare app: what a person would write by hand to declare, with the
 * generated bindings and cdktf's core classes only, the same Terraform that an app synthesized.
 * It is read from a synthesized outdir once, before anything is timed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { camelKeys, isJsonObject, toBindingConfig, type JsonObject } from "./convert";
import type { ProviderSchemas } from "./schema";

/** One stack of the bare app. */
export interface BareStack {
  readonly name: string;
  /** Construct path of the stack, e.g. `["guide", "network"]`. */
  readonly path: readonly string[];
  /** Construct paths of the stacks it depends on. */
  readonly dependencies: readonly string[];
  readonly providers: ReadonlyArray<{ readonly type: string; readonly config: JsonObject }>;
  readonly localBackend?: JsonObject;
  /** `terraform.required_version`, when the stack sets one. */
  readonly requiredVersion?: string;
  readonly variables: ReadonlyArray<{ readonly id: string; readonly config: JsonObject }>;
  readonly locals: ReadonlyArray<{ readonly id: string; readonly expression: unknown }>;
  readonly remoteStates: ReadonlyArray<{ readonly id: string; readonly config: JsonObject }>;
  /** Resources and data sources, every one after those its `depends_on` names. */
  readonly elements: readonly BareElement[];
  readonly outputs: ReadonlyArray<{
    readonly scope: readonly string[];
    readonly id: string;
    readonly config: JsonObject;
  }>;
}

/** A resource or data source: its binding, where it sits in the tree, and its config. */
export interface BareElement {
  readonly kind: "resource" | "data";
  readonly type: string;
  /** Terraform address (`megaport_mve.x`, `data.megaport_location.y`). */
  readonly address: string;
  readonly logicalId: string;
  /** Construct path below the stack, without the element's own id. */
  readonly scope: readonly string[];
  readonly id: string;
  /** Binding config without the references to other constructs. */
  readonly config: JsonObject;
  readonly dependsOn: readonly string[];
  /** Provider reference (`panos`, `panos.alias`), when the element names one. */
  readonly provider?: string;
  /** `for_each`: a map, or an expression string. */
  readonly forEach?: string | JsonObject;
}

const STACK_KEYS = new Set(["//", "data", "output", "provider", "resource", "terraform", "variable", "locals"]);
const META_KEYS = new Set(["//", "depends_on", "provider", "for_each", "lifecycle", "provisioner", "count"]);

/** Reads every stack of the synthesized app in `outdir` back into bare-app form. */
export function readBareApp(outdir: string, schemas: ProviderSchemas): BareStack[] {
  const manifest = readJson(path.join(outdir, "manifest.json")) as {
    stacks: Record<
      string,
      { name: string; constructPath: string; synthesizedStackPath: string; dependencies: string[] }
    >;
  };
  return Object.values(manifest.stacks).map((entry) => {
    const stackPath = entry.constructPath.split("/");
    const json = readJson(path.join(outdir, entry.synthesizedStackPath));
    return readStack(entry.name, stackPath, entry.dependencies, json, schemas);
  });
}

function readStack(
  name: string,
  stackPath: string[],
  dependencies: string[],
  json: JsonObject,
  schemas: ProviderSchemas,
): BareStack {
  const unexpected = Object.keys(json).filter((key) => !STACK_KEYS.has(key));
  if (unexpected.length > 0) throw new Error(`bare app: stack ${name} has ${unexpected.join(", ")}; not handled`);
  const terraform = objectAt(json, "terraform");
  const backends = objectAt(terraform, "backend");
  const otherBackends = Object.keys(backends).filter((kind) => kind !== "local");
  if (otherBackends.length > 0) throw new Error(`bare app: backend ${otherBackends.join(", ")} is not handled`);

  const data = objectAt(json, "data");
  const { terraform_remote_state: remoteStates = {}, ...dataSources } = data;
  return {
    name,
    path: stackPath,
    dependencies,
    providers: Object.entries(objectAt(json, "provider")).flatMap(([type, configs]) =>
      (configs as JsonObject[]).map((config) => ({ type, config: providerConfig(type, config, schemas) })),
    ),
    localBackend: backends.local === undefined ? undefined : camelKeys(backends.local as JsonObject),
    requiredVersion: (objectAt(json, "terraform").required_version as string | undefined) ?? undefined,
    variables: Object.entries(objectAt(json, "variable")).map(([id, body]) => ({ id, config: variableConfig(body) })),
    locals: Object.entries(objectAt(json, "locals")).map(([id, expression]) => ({ id, expression })),
    remoteStates: Object.entries(remoteStates as JsonObject).map(([id, body]) => ({ id, config: remoteState(body) })),
    elements: dependenciesFirst([
      ...elementsOf("resource", objectAt(json, "resource"), stackPath, schemas),
      ...elementsOf("data", dataSources, stackPath, schemas),
    ]),
    outputs: outputsOf(json, stackPath),
  };
}

function providerConfig(type: string, json: JsonObject, schemas: ProviderSchemas): JsonObject {
  const { alias, ...attributes } = json;
  const config = toBindingConfig(schemas.provider(type), attributes, `provider ${type}`);
  return alias === undefined ? config : { ...config, alias };
}

function variableConfig(body: unknown): JsonObject {
  const config = camelKeys(body as JsonObject);
  const validation = config.validation as JsonObject[] | undefined;
  return validation ? { ...config, validation: validation.map((rule) => camelKeys(rule)) } : config;
}

function remoteState(body: unknown): JsonObject {
  const { backend, config = {}, ...rest } = body as JsonObject;
  if (backend !== "local") throw new Error(`bare app: remote state backend ${String(backend)} is not handled`);
  return { ...camelKeys(config as JsonObject), ...rest };
}

function elementsOf(
  kind: "resource" | "data",
  byType: JsonObject,
  stackPath: string[],
  schemas: ProviderSchemas,
): BareElement[] {
  return Object.entries(byType).flatMap(([type, byId]) =>
    Object.entries(byId as JsonObject).map(([logicalId, body]) => {
      const json = body as JsonObject;
      const where = `${kind} ${type}.${logicalId}`;
      const attributes = Object.fromEntries(Object.entries(json).filter(([key]) => !META_KEYS.has(key)));
      const metadata = (json["//"] as { metadata?: { path?: string } } | undefined)?.metadata;
      const constructPath = (metadata?.path ?? [...stackPath, logicalId].join("/")).split("/").slice(stackPath.length);
      return {
        kind,
        type,
        address: kind === "data" ? `data.${type}.${logicalId}` : `${type}.${logicalId}`,
        logicalId,
        scope: constructPath.slice(0, -1),
        id: constructPath[constructPath.length - 1],
        config: { ...attributeConfig(kind, type, attributes, schemas, where), ...metaConfig(json) },
        dependsOn: (json.depends_on as string[] | undefined) ?? [],
        provider: json.provider as string | undefined,
        forEach: json.for_each as string | JsonObject | undefined,
      };
    }),
  );
}

function attributeConfig(
  kind: "resource" | "data",
  type: string,
  attributes: JsonObject,
  schemas: ProviderSchemas,
  where: string,
): JsonObject {
  // terraform_data is built into Terraform: its input and triggers_replace are dynamic values.
  if (kind === "resource" && type === "terraform_data") return camelKeys(attributes);
  const block = kind === "resource" ? schemas.resource(type) : schemas.dataSource(type);
  return toBindingConfig(block, attributes, where);
}

/** Lifecycle, provisioners and count as cdktf's config names them (references are added when built). */
function metaConfig(json: JsonObject): JsonObject {
  const config: JsonObject = {};
  if (json.count !== undefined) config.count = json.count;
  if (isJsonObject(json.lifecycle)) {
    const lifecycle = camelKeys(json.lifecycle);
    for (const condition of ["precondition", "postcondition"]) {
      const list = lifecycle[condition] as JsonObject[] | undefined;
      if (list) lifecycle[condition] = list.map((entry) => camelKeys(entry));
    }
    config.lifecycle = lifecycle;
  }
  if (Array.isArray(json.provisioner)) {
    config.provisioners = (json.provisioner as JsonObject[]).map((entry) => {
      const [[type, body]] = Object.entries(entry);
      return { type, ...camelKeys(body as JsonObject) };
    });
  }
  return config;
}

/** Output construct paths come from the stack's `//` metadata (construct id to logical id, per scope). */
function outputsOf(json: JsonObject, stackPath: string[]): BareStack["outputs"] {
  const outputs = objectAt(json, "output");
  const paths = new Map<string, string[]>();
  const walk = (node: unknown, at: string[]): void => {
    if (typeof node === "string") paths.set(node, at);
    else if (isJsonObject(node)) for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
  };
  walk((json["//"] as { outputs?: unknown } | undefined)?.outputs, []);
  return Object.entries(outputs).map(([logicalId, body]) => {
    const constructPath = (paths.get(logicalId) ?? [...stackPath, logicalId]).slice(stackPath.length);
    const { depends_on: dependsOn, ...rest } = body as JsonObject;
    if (dependsOn !== undefined) throw new Error(`bare app: output ${logicalId} has depends_on; not handled`);
    return { scope: constructPath.slice(0, -1), id: constructPath[constructPath.length - 1], config: rest };
  });
}

/** Orders elements so that each comes after the elements its `depends_on` names (they are passed as constructs). */
function dependenciesFirst(elements: BareElement[]): BareElement[] {
  const byAddress = new Map(elements.map((element) => [element.address, element]));
  const ordered: BareElement[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (element: BareElement): void => {
    if (state.get(element.address) === "done") return;
    if (state.get(element.address) === "visiting") throw new Error(`bare app: depends_on cycle at ${element.address}`);
    state.set(element.address, "visiting");
    for (const address of element.dependsOn) {
      const dependency = byAddress.get(address);
      if (!dependency) throw new Error(`bare app: ${element.address} depends on ${address}, not in its stack`);
      visit(dependency);
    }
    state.set(element.address, "done");
    ordered.push(element);
  };
  elements.forEach(visit);
  return ordered;
}

function objectAt(json: JsonObject, key: string): JsonObject {
  const value = json[key];
  return isJsonObject(value) ? value : {};
}

function readJson(file: string): JsonObject {
  return JSON.parse(fs.readFileSync(file, "utf8")) as JsonObject;
}
