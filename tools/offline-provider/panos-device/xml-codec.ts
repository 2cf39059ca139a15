/**
 * Resource values ↔ PAN-OS entry XML, by the element rule of the pan-os-codegen specs (see
 * xpaths.ts) and each row's exceptions. Writing leaves out nulls and unknowns (what the
 * configuration and the spec defaults do not give); reading turns an absent element into null,
 * as the real provider's read does, and keeps only what is not on the device (the location,
 * xpath variables, write-only values) from the stored state.
 */
import { el, textOf, type XmlElement } from "../../../lib/xmlspec/xml";
import { type CtyType, type CtyValue, isRecord, NumberText, record, type CtyRecord, Unknown } from "../cty/types";
import type { AttributeNode, ObjectNode } from "../schema/nodes";
import { LOCATION_DEFAULTS, type PanosObjectRow, type SpecDefault } from "./xpaths";

/** A value the table cannot put into PAN-OS XML, or XML that does not fit the schema. */
export class DeviceMappingError extends Error {}

function join(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}

/** The element steps of an attribute: the row's exception, else `a_b` → `a-b`. */
export function elementSteps(row: PanosObjectRow, path: string, name: string): string[] {
  return (row.elements[path] ?? name.replace(/_/g, "-")).split("/");
}

function kept(row: PanosObjectRow, path: string): boolean {
  return path === "location" || row.notInXml.includes(path);
}

/** Replaces unknown (not yet planned) attributes by the row's spec defaults and the location defaults. */
export function withSpecDefaults(value: CtyValue, node: ObjectNode, row: PanosObjectRow, base = ""): CtyValue {
  if (!isRecord(value)) return value;
  const result = record();
  for (const [name, element] of Object.entries(value)) {
    const path = join(base, name);
    const attribute = node.attributes.get(name);
    const fallback = row.defaults[path] ?? LOCATION_DEFAULTS[path];
    if (element instanceof Unknown && attribute && fallback !== undefined) {
      result[name] = typed(fallback, attribute.type);
    } else if (attribute?.nested && attribute.nested.nesting === "single") {
      result[name] = withSpecDefaults(element, attribute.nested.object, row, path);
    } else if (attribute?.nested && Array.isArray(element)) {
      const object = attribute.nested.object;
      result[name] = element.map((item) => withSpecDefaults(item, object, row, path));
    } else {
      result[name] = element;
    }
  }
  return result;
}

function typed(value: SpecDefault, type: CtyType): CtyValue {
  if (type === "string") return String(value);
  if (type === "number") return Number(value);
  if (type === "bool") return value === true || value === "yes";
  throw new DeviceMappingError(`a spec default cannot be a ${JSON.stringify(type)}`);
}

/** `<entry name="…">` holding the object's attributes. */
export function renderEntry(value: CtyRecord, node: ObjectNode, row: PanosObjectRow, base = ""): XmlElement {
  const name = value.name;
  if (typeof name !== "string" || name === "") throw new DeviceMappingError(`${base || "the object"} has no name`);
  return el("entry", renderChildren(value, node, row, base, true), { name });
}

function renderChildren(
  value: CtyRecord,
  node: ObjectNode,
  row: PanosObjectRow,
  base: string,
  isEntry: boolean,
): XmlElement[] {
  if (node.blocks.size > 0) throw new DeviceMappingError(`${base || row.resource}: blocks are not mapped`);
  const children: XmlElement[] = [];
  for (const [name, attribute] of node.attributes) {
    const path = join(base, name);
    const element = value[name];
    if ((isEntry && name === "name") || kept(row, path)) continue;
    if (element === null || element === undefined || element instanceof Unknown) continue;
    const steps = elementSteps(row, path, name);
    const last = steps[steps.length - 1];
    let rendered = renderValue(element, attribute, row, path, last);
    for (const step of steps.slice(0, -1).reverse()) rendered = el(step, [rendered]);
    children.push(rendered);
  }
  return children;
}

function renderValue(
  value: CtyValue,
  attribute: AttributeNode,
  row: PanosObjectRow,
  path: string,
  tag: string,
): XmlElement {
  const nested = attribute.nested;
  if (nested?.nesting === "single" && isRecord(value)) {
    return el(tag, renderChildren(value, nested.object, row, path, false));
  }
  if (nested && (nested.nesting === "list" || nested.nesting === "set") && Array.isArray(value)) {
    return el(
      tag,
      value.map((item) => {
        if (!isRecord(item)) throw new DeviceMappingError(`${path}: an element is not an object`);
        return renderEntry(item, nested.object, row, path);
      }),
    );
  }
  const type = attribute.type;
  if (type === "string" && typeof value === "string") return el(tag, value);
  if (type === "bool" && typeof value === "boolean") return el(tag, value ? "yes" : "no");
  if (type === "number") return el(tag, numberText(value, path));
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set") && Array.isArray(value)) {
    return el(
      tag,
      value.map((item) => el("member", typeof item === "string" ? item : numberText(item, path))),
    );
  }
  throw new DeviceMappingError(`${path}: a ${JSON.stringify(type)} value is not mapped to PAN-OS XML`);
}

function numberText(value: CtyValue, path: string): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof NumberText) return value.text;
  throw new DeviceMappingError(`${path}: a number is required`);
}

/** The element at `steps` below `parent` (first match at each step). */
function find(parent: XmlElement, steps: readonly string[]): XmlElement | undefined {
  let current: XmlElement | undefined = parent;
  for (const step of steps) current = current?.children.find((c) => c.name === step);
  return current;
}

/**
 * The value the device holds for an entry: every mapped attribute from the XML (absent: null);
 * `name` from the entry; the location and the row's `notInXml` attributes from `stored`.
 */
export function readEntry(
  entry: XmlElement,
  node: ObjectNode,
  row: PanosObjectRow,
  stored: CtyValue,
  base = "",
  isEntry = true,
): CtyRecord {
  const result = record();
  const before = isRecord(stored) ? stored : record();
  for (const [name, attribute] of node.attributes) {
    const path = join(base, name);
    if (isEntry && name === "name") result[name] = entry.attributes.name ?? before[name] ?? null;
    else if (kept(row, path)) result[name] = before[name] ?? null;
    else {
      const child = find(entry, elementSteps(row, path, name));
      result[name] = child ? readValue(child, attribute, row, path, before[name] ?? null) : null;
    }
  }
  return result;
}

function readValue(
  element: XmlElement,
  attribute: AttributeNode,
  row: PanosObjectRow,
  path: string,
  stored: CtyValue,
): CtyValue {
  const nested = attribute.nested;
  if (nested?.nesting === "single") return readEntry(element, nested.object, row, stored, path, false);
  if (nested && (nested.nesting === "list" || nested.nesting === "set")) {
    const storedItems = Array.isArray(stored) ? stored : [];
    return element.children
      .filter((c) => c.name === "entry")
      .map((entry) => {
        const previous = storedItems.find((item) => isRecord(item) && item.name === entry.attributes.name) ?? null;
        return readEntry(entry, nested.object, row, previous, path, true);
      });
  }
  if (nested) throw new DeviceMappingError(`${path}: a ${nested.nesting} of objects is not mapped`);
  const type = attribute.type;
  if (type === "string") return textOf(element) ?? "";
  if (type === "bool") return textOf(element) === "yes";
  if (type === "number") return parseNumber(textOf(element), path);
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set")) {
    const values = element.children.filter((c) => c.name === "member").map((c) => textOf(c) ?? "");
    return type[1] === "number" ? values.map((v) => parseNumber(v, path)) : values;
  }
  throw new DeviceMappingError(`${path}: a ${JSON.stringify(type)} value is not mapped from PAN-OS XML`);
}

function parseNumber(text: string | undefined, path: string): number {
  const number = Number(text);
  if (text === undefined || text.trim() === "" || !Number.isFinite(number)) {
    throw new DeviceMappingError(`${path}: the device holds ${JSON.stringify(text ?? "")}, not a number`);
  }
  return number;
}

/**
 * `rendered` plus what `existing` holds that no attribute maps at each level (e.g. the
 * `layer3/units` subinterfaces of an ethernet entry, which are other resources): the real
 * provider reads the entry before its edit and keeps such elements (pango's `Misc`), so an edit
 * never drops them.
 */
export function keepUnmapped(
  rendered: XmlElement,
  existing: XmlElement | undefined,
  node: ObjectNode,
  row: PanosObjectRow,
  base = "",
): XmlElement {
  if (!existing) return rendered;
  const mapped = new Map<string, AttributeNode>();
  for (const [name, attribute] of node.attributes) {
    const path = join(base, name);
    if (!kept(row, path)) mapped.set(elementSteps(row, path, name)[0], attribute);
  }
  const children = rendered.children.map((child) => {
    const attribute = [...node.attributes.values()].find(
      (a) => elementSteps(row, join(base, a.name), a.name).join("/") === child.name,
    );
    const before = existing.children.find((c) => c.name === child.name);
    return attribute?.nested?.nesting === "single"
      ? keepUnmapped(child, before, attribute.nested.object, row, join(base, attribute.name))
      : child;
  });
  const unmapped = existing.children.filter((c) => !mapped.has(c.name));
  return { ...rendered, children: [...children, ...unmapped] };
}
