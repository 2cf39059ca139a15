/** The generated binding classes of `.gen/providers`, found by the Terraform type they declare. */
import { TerraformDataSource, TerraformProvider, TerraformResource, type TerraformElement } from "cdktf";
import type { Construct } from "constructs";
import * as megaport from "../../.gen/providers/megaport";
import * as panos from "../../.gen/providers/panos";
import type { JsonObject } from "./convert";

/** A generated binding's constructor, called with a config built from JSON at run time. */
export type BindingClass = new (scope: Construct, id: string, config: JsonObject) => TerraformElement;

interface Bindings {
  readonly providers: Map<string, BindingClass>;
  readonly resources: Map<string, BindingClass>;
  readonly dataSources: Map<string, BindingClass>;
}

let cached: Bindings | undefined;

/** Every provider, resource and data source class of the generated bindings. */
export function generatedBindings(): Bindings {
  if (cached) return cached;
  const bindings: Bindings = { providers: new Map(), resources: new Map(), dataSources: new Map() };
  for (const provider of [megaport, panos]) {
    for (const namespace of Object.values(provider)) {
      for (const exported of Object.values(namespace as Record<string, unknown>)) {
        if (typeof exported !== "function") continue;
        const type = (exported as { tfResourceType?: unknown }).tfResourceType;
        if (typeof type !== "string") continue;
        const prototype = (exported as { prototype: unknown }).prototype;
        const binding = exported as BindingClass;
        if (prototype instanceof TerraformProvider) bindings.providers.set(type, binding);
        else if (prototype instanceof TerraformDataSource) bindings.dataSources.set(type, binding);
        else if (prototype instanceof TerraformResource) bindings.resources.set(type, binding);
      }
    }
  }
  cached = bindings;
  return bindings;
}
