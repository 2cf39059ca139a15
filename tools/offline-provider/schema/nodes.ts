import { type CtyType, checkType } from "../cty/types";
import type { JsonAttribute, JsonBlock, JsonNestedType } from "./json-schema";

/**
 * A schema as the value walkers need it: each attribute with its flags and cty type, nested
 * attribute objects and blocks as object nodes, and the implied type of the whole object.
 */

/** One attribute; `nested` is set for protocol-v6 nested attributes. */
export interface AttributeNode {
  readonly name: string;
  readonly type: CtyType;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  readonly writeOnly: boolean;
  readonly nested?: { readonly nesting: JsonNestedType["nesting_mode"]; readonly object: ObjectNode };
}

/** A nested block type. */
export interface BlockNode {
  readonly name: string;
  readonly nesting: "single" | "list" | "set" | "map" | "group";
  readonly type: CtyType;
  readonly object: ObjectNode;
}

/** An object: a block body or the element of a nested attribute. */
export interface ObjectNode {
  readonly attributes: ReadonlyMap<string, AttributeNode>;
  readonly blocks: ReadonlyMap<string, BlockNode>;
  /** The object type of one element (attributes and blocks). */
  readonly type: CtyType;
}

/** Builds the node tree of a block. */
export function blockNode(block: JsonBlock): ObjectNode {
  return objectNode(block.attributes ?? {}, block.block_types ?? {});
}

function objectNode(
  attributes: Readonly<Record<string, JsonAttribute>>,
  blockTypes: Readonly<Record<string, { nesting_mode: BlockNode["nesting"]; block: JsonBlock }>>,
): ObjectNode {
  const attributeNodes = new Map<string, AttributeNode>();
  const blockNodes = new Map<string, BlockNode>();
  const types: Record<string, CtyType> = Object.create(null) as Record<string, CtyType>;
  for (const [name, attribute] of Object.entries(attributes)) {
    const node = attributeNode(name, attribute);
    attributeNodes.set(name, node);
    types[name] = node.type;
  }
  for (const [name, blockType] of Object.entries(blockTypes)) {
    const object = blockNode(blockType.block);
    const node: BlockNode = {
      name,
      nesting: blockType.nesting_mode,
      object,
      type: impliedBlockType(blockType.nesting_mode, object.type),
    };
    blockNodes.set(name, node);
    types[name] = node.type;
  }
  return { attributes: attributeNodes, blocks: blockNodes, type: ["object", types] };
}

function attributeNode(name: string, attribute: JsonAttribute): AttributeNode {
  const flags = {
    name,
    required: attribute.required === true,
    optional: attribute.optional === true,
    computed: attribute.computed === true,
    sensitive: attribute.sensitive === true,
    writeOnly: attribute.write_only === true,
  };
  if (attribute.nested_type) {
    const nesting = attribute.nested_type.nesting_mode;
    const object = objectNode(attribute.nested_type.attributes ?? {}, {});
    const type: CtyType = nesting === "single" ? object.type : [nesting, object.type];
    return { ...flags, type, nested: { nesting, object } };
  }
  return { ...flags, type: checkType(attribute.type, `attribute "${name}"`) };
}

/** Terraform's implied type of a block type: list and map blocks with dynamic content become dynamic. */
function impliedBlockType(nesting: BlockNode["nesting"], element: CtyType): CtyType {
  switch (nesting) {
    case "single":
    case "group":
      return element;
    case "list":
    case "map":
      return containsDynamic(element) ? "dynamic" : [nesting, element];
    case "set":
      return ["set", element];
  }
}

/** True when the type has a `dynamic` anywhere inside. */
export function containsDynamic(type: CtyType): boolean {
  if (type === "dynamic") return true;
  if (typeof type === "string") return false;
  if (type[0] === "object") return Object.values(type[1]).some(containsDynamic);
  if (type[0] === "tuple") return type[1].some(containsDynamic);
  return containsDynamic(type[1]);
}
