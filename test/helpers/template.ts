/**
 * Given a stack, when synthesized, then resource X has Y: a small wrapper over Testing.synth with
 * access to the synthesized JSON by type, by construct and by address, and to the depends_on graph.
 */
import { Testing, type TerraformResource, type TerraformStack } from "cdktf";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- synthesized Terraform JSON is untyped
export type Json = any;

/** One synthesized resource block. */
export type Block = Record<string, unknown>;

export class Template {
  /** Synthesizes the stack (running construct validations unless told not to). */
  public static synth(stack: TerraformStack, runValidations = true): Template {
    return new Template(stack, Testing.synth(stack, runValidations));
  }

  /** The parsed Terraform JSON. */
  public readonly json: Json;

  private constructor(
    private readonly stack: TerraformStack,
    /** The synthesized JSON text, e.g. to search for secrets or to give the cdktf matchers. */
    public readonly text: string,
  ) {
    this.json = JSON.parse(text);
  }

  /** Resources of a type, keyed by logical id. */
  public resources(type: string): Record<string, Json> {
    return this.json.resource?.[type] ?? {};
  }

  /** Resources of a type, in synthesis order. */
  public resourceList(type: string): Json[] {
    return Object.values(this.resources(type));
  }

  /** The one resource of a type whose logical id starts with `idPart`. */
  public resource(type: string, idPart: string): Json {
    const matches = Object.entries(this.resources(type)).filter(([id]) => id.startsWith(idPart));
    if (matches.length !== 1) {
      throw new Error(
        `expected one ${type} matching "${idPart}", found ${matches.map(([id]) => id).join(", ") || "none"}`,
      );
    }
    return matches[0][1];
  }

  /** Data sources of a type, keyed by logical id. */
  public dataSources(type: string): Record<string, Json> {
    return this.json.data?.[type] ?? {};
  }

  /** Data sources of a type, in synthesis order. */
  public dataSourceList(type: string): Json[] {
    return Object.values(this.dataSources(type));
  }

  /** Outputs keyed by name. */
  public outputs(): Record<string, Json> {
    return this.json.output ?? {};
  }

  /** Variables keyed by name. */
  public variables(): Record<string, Json> {
    return this.json.variable ?? {};
  }

  /** Terraform address of a resource construct, e.g. `terraform_data.firewall_commit_B77690B5`. */
  public address(resource: TerraformResource): string {
    return `${resource.terraformResourceType}.${this.stack.getLogicalId(resource)}`;
  }

  /** Every resource address in the stack, sorted. */
  public addresses(): string[] {
    return Object.entries((this.json.resource ?? {}) as Record<string, Record<string, Block>>)
      .flatMap(([type, blocks]) => Object.keys(blocks).map((id) => `${type}.${id}`))
      .sort();
  }

  /** The block a resource construct synthesized to. */
  public block(resource: TerraformResource): Block {
    return this.blockAt(this.address(resource));
  }

  /** The block at a Terraform address. */
  public blockAt(address: string): Block {
    const dot = address.indexOf(".");
    const block = this.resources(address.slice(0, dot))[address.slice(dot + 1)] as Block | undefined;
    if (!block) throw new Error(`no resource ${address} in the synthesized stack`);
    return block;
  }

  /** The explicit `depends_on` addresses of a resource construct. */
  public dependsOn(resource: TerraformResource): string[] {
    return (this.block(resource).depends_on as string[] | undefined) ?? [];
  }

  /** True when `from` depends on `to` through a chain of `depends_on`. */
  public reaches(from: TerraformResource, to: TerraformResource): boolean {
    const target = this.address(to);
    const seen = new Set<string>();
    const pending = [this.address(from)];
    while (pending.length > 0) {
      const next = pending.pop() as string;
      for (const dep of (this.blockAt(next).depends_on as string[] | undefined) ?? []) {
        if (dep === target) return true;
        if (!seen.has(dep)) {
          seen.add(dep);
          pending.push(dep);
        }
      }
    }
    return false;
  }
}
