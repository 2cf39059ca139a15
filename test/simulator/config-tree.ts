/**
 * A PAN-OS configuration tree with the XML API's write semantics, kept immutable so that a
 * commit is a snapshot: `set` merges children (never removes), `edit` replaces a node, `delete`
 * removes one. Missing parents are created, as the device does.
 */
import type { XmlElement } from "../../lib/xmlspec/xml";
import type { XpathStep } from "./xpath";

/** Attributes the device stamps on nodes an administrator changed. */
export type Stamp = Readonly<Record<string, string>>;

function matches(node: XmlElement, step: XpathStep): boolean {
  return (
    node.name === step.name &&
    (step.entryName === undefined || node.attributes.name === step.entryName) &&
    (step.text === undefined || node.text === step.text)
  );
}

/** Every node the steps select (the first step must name the root). */
export function findNodes(root: XmlElement, steps: readonly XpathStep[]): XmlElement[] {
  if (steps.length === 0 || !matches(root, steps[0])) return [];
  let current: XmlElement[] = [root];
  for (const step of steps.slice(1)) current = current.flatMap((n) => n.children.filter((c) => matches(c, step)));
  return current;
}

function created(step: XpathStep): XmlElement {
  const attributes: Record<string, string> = step.entryName === undefined ? {} : { name: step.entryName };
  return { name: step.name, attributes, children: [], ...(step.text !== undefined ? { text: step.text } : {}) };
}

/** Rebuilds the tree with `update` applied to the node at `steps`, creating missing nodes on the way. */
function updateAt(node: XmlElement, steps: readonly XpathStep[], update: (n: XmlElement) => XmlElement): XmlElement {
  if (steps.length === 0) return update(node);
  const [step, ...rest] = steps;
  const index = node.children.findIndex((c) => matches(c, step));
  const target = index >= 0 ? node.children[index] : created(step);
  const children = [...node.children];
  const replacement = updateAt(target, rest, update);
  if (index >= 0) children[index] = replacement;
  else children.push(replacement);
  return { name: node.name, attributes: node.attributes, children };
}

/** How `set` finds the existing counterpart of an incoming child: entries by name, members by value. */
function sameSlot(existing: XmlElement, incoming: XmlElement): boolean {
  if (existing.name !== incoming.name) return false;
  if (incoming.attributes.name !== undefined) return existing.attributes.name === incoming.attributes.name;
  if (incoming.name === "member") return existing.text === incoming.text;
  return true;
}

/** `set` semantics: merge `incoming` into `node`'s children; a leaf value is replaced, an empty element only has to exist. */
export function mergeChildren(node: XmlElement, incoming: readonly XmlElement[]): XmlElement {
  if (incoming.length === 0) return node;
  const children = node.text !== undefined ? [] : [...node.children];
  for (const child of incoming) {
    const index = children.findIndex((c) => sameSlot(c, child));
    if (index < 0) {
      children.push(child);
      continue;
    }
    const existing = children[index];
    const attributes = { ...existing.attributes, ...child.attributes };
    if (child.children.length > 0) children[index] = { ...mergeChildren(existing, child.children), attributes };
    else if (child.text !== undefined) children[index] = { ...child, attributes };
  }
  return { name: node.name, attributes: node.attributes, children };
}

function stamped(node: XmlElement, stamp: Stamp): XmlElement {
  return { ...node, attributes: { ...node.attributes, ...stamp } };
}

/** The tree after `set` of `children` at the path (the parent node). */
export function setAt(root: XmlElement, steps: readonly XpathStep[], children: readonly XmlElement[], stamp: Stamp) {
  return updateAt(root, steps.slice(1), (node) => stamped(mergeChildren(node, children), stamp));
}

/** The tree after `edit`: the node at the path replaced by `replacement`. */
export function editAt(root: XmlElement, steps: readonly XpathStep[], replacement: XmlElement, stamp: Stamp) {
  return updateAt(root, steps.slice(1), () => stamped(replacement, stamp));
}

/** The tree after `delete` of the path; undefined when nothing was there. */
export function deleteAt(root: XmlElement, steps: readonly XpathStep[]): XmlElement | undefined {
  if (findNodes(root, steps).length === 0) return undefined;
  const parentSteps = steps.slice(1, -1);
  const last = steps[steps.length - 1];
  return updateAt(root, parentSteps, (parent) => ({
    ...parent,
    children: parent.children.filter((c) => !matches(c, last)),
  }));
}

/** A copy without the given attributes anywhere in the tree. */
export function withoutAttributes(node: XmlElement, names: ReadonlySet<string>): XmlElement {
  const attributes = Object.fromEntries(Object.entries(node.attributes).filter(([k]) => !names.has(k)));
  return { ...node, attributes, children: node.children.map((c) => withoutAttributes(c, names)) };
}
