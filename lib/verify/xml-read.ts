/** Small readers over parsed op responses: PAN-OS pads values with spaces and leaves elements empty. */
import { child, type XmlElement } from "../xmlspec/xml";

/** Child elements with the given name, in document order. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/**
 * The `entry` records of a list answer. A result without entries is an empty list only when it holds
 * nothing else (bar `ignored` elements such as a legend): anything else is an answer of another shape,
 * which must not read as "none configured". Throws naming what it found.
 */
export function listEntries(result: XmlElement, what: string, ignored: readonly string[] = []): XmlElement[] {
  const entries = childrenNamed(result, "entry");
  if (entries.length > 0) return entries;
  const others = [...new Set(result.children.filter((c) => !ignored.includes(c.name)).map((c) => `<${c.name}>`))];
  if (others.length > 0) throw new Error(`no <entry> in the ${what} answer, only ${others.join(", ")}`);
  const text = result.text?.trim();
  if (text) throw new Error(`no <entry> in the ${what} answer, only the text "${text.slice(0, 60)}"`);
  return [];
}

/** Trimmed text of a field a record cannot be judged without; throws naming the field. */
export function requiredField(element: XmlElement, what: string, ...names: string[]): string {
  const text = fieldText(element, ...names);
  if (text === undefined) throw new Error(`${what} without <${names.join("> or <")}>`);
  return text;
}

/** The first child present among alternative names (PAN-OS spells some fields differently per command). */
export function firstChild(element: XmlElement | undefined, names: readonly string[]): XmlElement | undefined {
  for (const name of names) {
    const found = child(element, name);
    if (found) return found;
  }
  return undefined;
}

/** Trimmed text of the first non-empty child among alternative names; undefined when absent or blank. */
export function fieldText(element: XmlElement | undefined, ...names: string[]): string | undefined {
  for (const name of names) {
    const text = child(element, name)?.text?.trim();
    if (text) return text;
  }
  return undefined;
}

/** A field as a count; undefined when absent, blank or not a whole number. */
export function fieldCount(element: XmlElement | undefined, ...names: string[]): number | undefined {
  const text = fieldText(element, ...names);
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `yes`/`no` (also `true`/`false`, `on`/`off`) as a boolean; undefined when absent or unrecognised. */
export function fieldFlag(element: XmlElement | undefined, ...names: string[]): boolean | undefined {
  return parseFlag(fieldText(element, ...names));
}

/** Parses the boolean spellings PAN-OS uses in op output. */
export function parseFlag(text: string | undefined): boolean | undefined {
  const value = text?.trim().toLowerCase();
  if (value === "yes" || value === "true" || value === "on" || value === "enabled") return true;
  if (value === "no" || value === "false" || value === "off" || value === "disabled") return false;
  return undefined;
}
