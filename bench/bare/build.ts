/**
 * Builds the bare app: the generated bindings and cdktf's core classes, instantiated directly
 * from the recipe, in the same construct tree (plain `Construct`s stand in for our L2/L3
 * constructs so that logical ids and metadata come out the same).
 */
import {
  DataTerraformRemoteStateLocal,
  LocalBackend,
  TerraformLocal,
  TerraformIterator,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
  type App,
  type DataTerraformRemoteStateLocalConfig,
  type ITerraformIterator,
  type LocalBackendConfig,
  type TerraformElement,
  type TerraformOutputConfig,
  type TerraformVariableConfig,
} from "cdktf";
import { TerraformData } from "../../lib/core/terraform-data";
import { Construct } from "constructs";
import { generatedBindings, type BindingClass } from "./bindings";
import type { JsonObject } from "./convert";
import type { BareElement, BareStack } from "./recipe";

/** Adds every stack of `recipe` to `app`, the way a hand-written app would declare them. */
export function buildBareApp(app: App, recipe: readonly BareStack[]): void {
  const stacks = new Map<string, TerraformStack>();
  for (const stack of recipe) stacks.set(stack.path.join("/"), buildStack(app, stack));
  for (const stack of recipe) {
    for (const dependency of stack.dependencies) {
      const target = stacks.get(dependency);
      if (!target) throw new Error(`bare app: stack ${stack.name} depends on ${dependency}, which is not in the app`);
      stacks.get(stack.path.join("/"))?.addDependency(target);
    }
  }
}

function buildStack(app: App, recipe: BareStack): TerraformStack {
  const stack = new TerraformStack(scopeAt(app, recipe.path.slice(0, -1)), recipe.path[recipe.path.length - 1]);
  const bindings = generatedBindings();
  const providers = new Map<string, TerraformElement>();
  recipe.providers.forEach(({ type, config }, index) => {
    const provider = new (found(bindings.providers.get(type), `provider ${type}`))(stack, `${type}-${index}`, config);
    providers.set(config.alias === undefined ? type : `${type}.${String(config.alias)}`, provider);
  });
  if (recipe.localBackend) new LocalBackend(stack, recipe.localBackend as LocalBackendConfig);
  if (recipe.requiredVersion) stack.addOverride("terraform.required_version", recipe.requiredVersion);
  for (const { id, config } of recipe.variables) new TerraformVariable(stack, id, config as TerraformVariableConfig);
  for (const { id, expression } of recipe.locals) new TerraformLocal(stack, id, expression);
  for (const { id, config } of recipe.remoteStates) {
    new DataTerraformRemoteStateLocal(stack, id, config as unknown as DataTerraformRemoteStateLocalConfig);
  }

  const built = new Map<string, TerraformElement>();
  for (const element of recipe.elements) {
    const config = {
      ...element.config,
      dependsOn: element.dependsOn.length > 0 ? element.dependsOn.map((address) => built.get(address)) : undefined,
      provider: element.provider === undefined ? undefined : found(providers.get(element.provider), element.provider),
      forEach: element.forEach === undefined ? undefined : iteratorOf(element.forEach),
    };
    const construct = new (bindingOf(element))(scopeAt(stack, element.scope), element.id, config);
    // Not friendlyUniqueId: reading it fixes the id, and a later override would be ignored.
    if (stack.getLogicalId(construct) !== element.logicalId) construct.overrideLogicalId(element.logicalId);
    built.set(element.address, construct);
  }
  for (const { scope, id, config } of recipe.outputs) {
    new TerraformOutput(scopeAt(stack, scope), id, config as unknown as TerraformOutputConfig);
  }
  return stack;
}

function bindingOf(element: BareElement): BindingClass {
  // The same L1 class as the example: the built-in terraform_data without cdktf's per-instance version check.
  if (element.kind === "resource" && element.type === "terraform_data") return TerraformData as unknown as BindingClass;
  const bindings = generatedBindings();
  const table = element.kind === "resource" ? bindings.resources : bindings.dataSources;
  return found(table.get(element.type), `${element.kind} binding for ${element.type}`);
}

/** The iterator a person would write for a synthesized `for_each`: a map, a `toset([...])` list, or else raw. */
function iteratorOf(forEach: string | JsonObject): ITerraformIterator {
  if (typeof forEach !== "string") return TerraformIterator.fromMap(forEach);
  const list = /^\$\{toset\((\[.*\])\)\}$/.exec(forEach);
  if (list) return TerraformIterator.fromList(JSON.parse(list[1]) as string[]);
  return { _getForEachExpression: () => forEach };
}

/** The construct at `segments` below `root`, creating plain constructs where none exists yet. */
function scopeAt(root: Construct, segments: readonly string[]): Construct {
  let scope = root;
  for (const segment of segments)
    scope = (scope.node.tryFindChild(segment) as Construct | undefined) ?? new Construct(scope, segment);
  return scope;
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bare app: no ${what}`);
  return value;
}
