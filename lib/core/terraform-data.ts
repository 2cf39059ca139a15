import {
  TerraformResource,
  Token,
  anyToHclTerraform,
  anyToTerraform,
  hashMapper,
  hashMapperHcl,
  type DataConfig,
  type IResolveContext,
  type ITerraformDependable,
} from "cdktf";
import type { Construct } from "constructs";

/**
 * Terraform's built-in `terraform_data` resource (Terraform ≥ 1.4; this package needs ≥ 1.11).
 *
 * cdktf's own `DataResource` synthesizes the same block, but adds a validation to every instance
 * that runs `terraform version` in a child process; a pair has 16 of them, and with 100 pairs in
 * an app that alone took over a minute of synthesis. This class leaves the version to Terraform,
 * which refuses the block itself when it is too old.
 *
 * `dependsOn` is written as cdktf writes it, but without cdktf's token per dependency, which
 * records a full stack trace each time (a pair's bridges and destroy guards have ~150 edges).
 */
export class TerraformData extends TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = "terraform_data";

  private readonly inputValue: DataConfig["input"];
  private readonly triggersReplaceValue: DataConfig["triggersReplace"];

  public constructor(scope: Construct, id: string, config: DataConfig = {}) {
    super(scope, id, {
      terraformResourceType: TerraformData.tfResourceType,
      terraformGeneratorMetadata: { providerName: "terraform" },
      provider: config.provider,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this.inputValue = config.input;
    this.triggersReplaceValue = config.triggersReplace;
    if (config.dependsOn) this.dependsOn = config.dependsOn.map(dependencyOn);
  }

  /** The resource id (known after apply). */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {
      input: hashMapper(anyToTerraform)(this.inputValue),
      triggers_replace: hashMapper(anyToTerraform)(this.triggersReplaceValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return {
      input: hashMapperHcl(anyToHclTerraform)(this.inputValue),
      triggers_replace: hashMapperHcl(anyToHclTerraform)(this.triggersReplaceValue),
    };
  }
}

/**
 * The address of `target` in `depends_on`, as cdktf's own `dependable()` resolves it (the
 * target's fqn without braces), from a resolvable that records no creation stack.
 */
function dependencyOn(target: ITerraformDependable): string {
  return Token.asString({
    creationStack: [],
    resolve: (context: IResolveContext) => {
      context.suppressBraces = true;
      return target.fqn;
    },
    toString: () => target.fqn,
  });
}
