/**
 * Decides whether the device already holds what an operation would write, so that applying a
 * spec twice writes nothing the second time.
 *
 * Comparison ignores the bookkeeping attributes PAN-OS adds to nodes it returns (who changed
 * them, when) and the order of sibling elements (PAN-OS stores children in its schema order,
 * not in the order they were sent).
 */
import type { XmlOperation } from "./spec";
import { parseXml, type XmlElement } from "./xml";

/** Attributes on configuration nodes that PAN-OS maintains itself. */
export const METADATA_ATTRIBUTES: ReadonlySet<string> = new Set(["admin", "dirtyId", "time", "uuid", "loc"]);

function configAttributes(element: XmlElement): [string, string][] {
  return Object.entries(element.attributes)
    .filter(([k]) => !METADATA_ATTRIBUTES.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A canonical string for an element: metadata attributes dropped, children sorted, text trimmed. */
export function canonical(element: XmlElement): string {
  const attributes = configAttributes(element)
    .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`)
    .join("");
  const text = element.text?.trim() ?? "";
  const children = element.children.map(canonical).sort();
  return `<${element.name}${attributes}>${JSON.stringify(text)}${children.join("")}</${element.name}>`;
}

function sameIdentity(want: XmlElement, have: XmlElement): boolean {
  if (want.name !== have.name) return false;
  const name = want.attributes.name;
  return name === undefined || have.attributes.name === name;
}

/** True when `have` holds everything in `want` (a `set` never removes, so extra content is fine). */
export function contains(have: XmlElement, want: XmlElement): boolean {
  if (!sameIdentity(want, have)) return false;
  const wantText = want.text?.trim() ?? "";
  if (want.children.length === 0) {
    // A leaf: its value must match; an empty element (e.g. <static/>) only has to be present.
    return wantText === "" || (have.text?.trim() ?? "") === wantText;
  }
  return want.children.every((w) => have.children.some((h) => contains(h, w)));
}

/**
 * True when the node read back for `op.xpath` (undefined when absent) already satisfies the
 * operation. For `set`, `current` is the parent node; for `edit` and `delete`, the node itself.
 */
export function isSatisfied(op: XmlOperation, current: XmlElement | undefined): boolean {
  switch (op.action) {
    case "delete":
      return current === undefined;
    case "edit": {
      if (current === undefined) return false;
      const [wanted, ...rest] = parseXml(op.element ?? "");
      if (!wanted || rest.length > 0) throw new Error(`edit of ${op.xpath} needs exactly one element`);
      return canonical(current) === canonical(wanted);
    }
    case "set": {
      const wanted = parseXml(op.element ?? "");
      if (wanted.length === 0) return true;
      if (current === undefined) return false;
      return wanted.every((w) => current.children.some((h) => contains(h, w)));
    }
  }
}
