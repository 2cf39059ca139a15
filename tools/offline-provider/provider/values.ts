import { type CtyValue, UNKNOWN } from "../cty/types";
import type { ObjectNode } from "../schema/nodes";
import { transformAttributes } from "../schema/walk";

/** Null computed attributes become unknown ("known after apply"); write-only attributes become null. */
export function computedNullsToUnknown(value: CtyValue, node: ObjectNode): CtyValue {
  return transformAttributes(value, node, (attribute, element) =>
    attribute.writeOnly ? null : element === null && attribute.computed ? UNKNOWN : undefined,
  );
}

/** Write-only attributes become null: Terraform rejects a plan or state that holds one. */
export function withoutWriteOnly(value: CtyValue, node: ObjectNode): CtyValue {
  return transformAttributes(value, node, (attribute) => (attribute.writeOnly ? null : undefined));
}
