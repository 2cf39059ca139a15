/**
 * A small Template over `Testing.synth`, so tests read as "given props, when synthesized, then
 * resource X has Y": typed access to blocks by construct, addresses, and the depends_on graph.
 */
import { Testing, type TerraformResource, type TerraformStack } from "cdktf";

/** One synthesized resource block. */
export type Block = Record<string, unknown>;

interface SynthesizedJson {
  readonly resource?: Record<string, Record<string, Block>>;
  readonly provider?: Record<string, Block[]>;
  readonly [key: string]: unknown;
}

export class Template {
  /** Synthesizes the stack (running construct validations unless told otherwise). */
  public static fromStack(stack: TerraformStack, runValidations = true): Template {
    const text = Testing.synth(stack, runValidations);
    return new Template(stack, text, JSON.parse(text) as SynthesizedJson);
  }

  private constructor(
    private readonly stack: TerraformStack,
    /** The synthesized JSON text, e.g. to search for secrets. */
    public readonly text: string,
    public readonly json: SynthesizedJson,
  ) {}

  /** Terraform address of a resource construct, e.g. `terraform_data.firewall_commit_B77690B5`. */
  public address(resource: TerraformResource): string {
    return `${resource.terraformResourceType}.${this.stack.getLogicalId(resource)}`;
  }

  /** Every block of a resource type, keyed by logical ID. */
  public resources(type: string): Record<string, Block> {
    return this.json.resource?.[type] ?? {};
  }

  /** Every resource address in the stack, sorted. */
  public addresses(): string[] {
    return Object.entries(this.json.resource ?? {})
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
    const block = this.resources(address.slice(0, dot))[address.slice(dot + 1)];
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
    const stack = [this.address(from)];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      for (const dep of (this.blockAt(next).depends_on as string[] | undefined) ?? []) {
        if (dep === target) return true;
        if (!seen.has(dep)) {
          seen.add(dep);
          stack.push(dep);
        }
      }
    }
    return false;
  }
}
