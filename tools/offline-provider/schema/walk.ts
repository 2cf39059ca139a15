import { type CtyValue, isRecord, record, TypedValue } from "../cty/types";
import type { AttributeNode, ObjectNode } from "./nodes";

/**
 * Rebuilds an object value attribute by attribute, descending into nested attributes and blocks.
 * `visit` returns a replacement for an attribute's value, or `undefined` to keep it (and descend).
 */
export type AttributeVisitor = (attribute: AttributeNode, value: CtyValue) => CtyValue | undefined;

/** Applies `visit` to every attribute of `value` (an object of `node`) at every depth. */
export function transformAttributes(value: CtyValue, node: ObjectNode, visit: AttributeVisitor): CtyValue {
  if (!isRecord(value)) return value;
  const result = record();
  for (const [name, element] of Object.entries(value)) {
    const attribute = node.attributes.get(name);
    if (attribute) {
      const replaced = visit(attribute, element);
      result[name] =
        replaced !== undefined
          ? replaced
          : attribute.nested
            ? transformNested(element, attribute.nested, visit)
            : element;
      continue;
    }
    const block = node.blocks.get(name);
    result[name] = block ? transformNested(element, block, visit) : element;
  }
  return result;
}

function transformNested(
  value: CtyValue,
  nested: { readonly nesting: string; readonly object: ObjectNode },
  visit: AttributeVisitor,
): CtyValue {
  // List and map blocks holding dynamic attributes travel as typed tuples / objects.
  if (value instanceof TypedValue) return new TypedValue(value.type, transformNested(value.value, nested, visit));
  if (nested.nesting === "single" || nested.nesting === "group")
    return transformAttributes(value, nested.object, visit);
  if (Array.isArray(value)) return value.map((element) => transformAttributes(element, nested.object, visit));
  if (isRecord(value)) {
    const result = record();
    for (const [key, element] of Object.entries(value))
      result[key] = transformAttributes(element, nested.object, visit);
    return result;
  }
  return value;
}
