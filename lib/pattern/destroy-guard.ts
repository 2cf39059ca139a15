import { TerraformResource, type TerraformStack } from "cdktf";
import { TerraformData } from "../core/terraform-data";

/** The guard's Terraform name: Terraform's refusal names it, so it says what to do. */
export const DESTROY_GUARD_NAME = "set-preventDestroy-false-to-allow-destroy";

/** The guard's message: why the destroy is refused and how to allow it. */
export function destroyGuardMessage(destroyOrder: readonly string[]): string {
  return (
    "This pair is protected from destroy (PaloAltoHaPair preventDestroy, true by default). To destroy it: " +
    "set preventDestroy: false, run cdktf synth, then destroy the stacks in this order: " +
    `${destroyOrder.join(", ")}.`
  );
}

/**
 * Refuses `terraform destroy` of a stack while the pair's `preventDestroy` is on, saying how to
 * allow it. Terraform offers no way to fail a destroy plan with one's own text: preconditions are
 * not evaluated for a destroy, and its `prevent_destroy` error is fixed. So the guard is a
 * `terraform_data` with `prevent_destroy` whose name is the instruction (Terraform's error names
 * it) and whose `input` is the full message, shown in the plan Terraform prints above the error.
 *
 * It depends on every other resource of the stack, so a destroy plans it first; its refusal then
 * stops the plan before Terraform reaches anything else, and it is the only error the user sees
 * (not the MVEs' and VXCs' own `prevent_destroy` errors, which say nothing of `preventDestroy`).
 * Every stack has one, so a destroy in the documented order stops at its first stack before
 * anything is removed from a firewall. With `preventDestroy: false` there is no guard: its block
 * leaves the configuration, and Terraform deletes it with the rest. Create it last in its stack.
 */
export class DestroyGuard extends TerraformData {
  public constructor(stack: TerraformStack, destroyOrder: readonly string[]) {
    const others = stack.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
    super(stack, "destroy-guard", {
      input: { message: destroyGuardMessage(destroyOrder) },
      dependsOn: others,
      lifecycle: { preventDestroy: true },
    });
    this.overrideLogicalId(DESTROY_GUARD_NAME);
  }
}
