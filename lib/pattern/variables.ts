/**
 * Values the network stack declares as Terraform variables. A pair builds its stacks itself, so a
 * secret cannot be a TerraformVariable made beforehand (it would live in another stack and reach
 * the network stack through remote state). `variable("admin_password_hash")` instead asks the
 * network stack to declare the variable; its value comes at plan time (`TF_VAR_…` or `-var`), is
 * sensitive by default, and never appears in the synthesized JSON.
 */
import { TerraformStack, TerraformVariable } from "cdktf";
import type { IConstruct } from "constructs";

/** A variable of the network stack, declared when first used. */
export class StackVariable {
  public constructor(
    /** Terraform variable name. */
    public readonly name: string,
    /** Hide the value in plans and logs. */
    public readonly sensitive: boolean,
    /** What to put in it. */
    public readonly description?: string,
  ) {}
}

/** A string prop: a literal, a token, or a variable the network stack declares. */
export type StringValue = string | StackVariable;

/**
 * A string variable of the network stack.
 * @param options.sensitive hide it in plans and logs (default true: use it for secrets)
 */
export function variable(name: string, options: { sensitive?: boolean; description?: string } = {}): StackVariable {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw new Error(`variable name ${JSON.stringify(name)} is not a Terraform identifier`);
  }
  return new StackVariable(name, options.sensitive ?? true, options.description);
}

/** The value in the stack of `scope`: the string itself, or the declared variable's value. */
export function valueIn(scope: IConstruct, value: StringValue): string;
export function valueIn(scope: IConstruct, value: StringValue | undefined): string | undefined;
export function valueIn(scope: IConstruct, value: StringValue | undefined): string | undefined {
  if (!(value instanceof StackVariable)) return value;
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(`var-${value.name}`);
  if (existing instanceof TerraformVariable) return existing.stringValue;
  const declared = new TerraformVariable(stack, `var-${value.name}`, {
    type: "string",
    sensitive: value.sensitive,
    description: value.description,
  });
  declared.overrideLogicalId(value.name);
  return declared.stringValue;
}
