import type { Precondition, TerraformResourceLifecycle } from "cdktf";

/** A `lifecycle` block with `create_before_destroy` and preconditions, or none when neither is set. */
export function lifecycleOf(
  createBeforeDestroy: boolean | undefined,
  preconditions: readonly Precondition[],
): TerraformResourceLifecycle | undefined {
  if (!createBeforeDestroy && preconditions.length === 0) return undefined;
  return {
    ...(createBeforeDestroy ? { createBeforeDestroy: true } : {}),
    ...(preconditions.length > 0 ? { precondition: [...preconditions] } : {}),
  };
}
