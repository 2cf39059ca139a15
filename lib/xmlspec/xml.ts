/**
 * A small element tree for PAN-OS configuration XML, built and parsed with fast-xml-parser.
 * PAN-OS configuration has no mixed content: an element holds either text or child elements.
 */
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";

/** One XML element. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text content; undefined for elements with children or empty elements. */
  readonly text?: string;
}

type Child = XmlElement | undefined | false | null;

/** An element whose content is either text or child elements (undefined/false children are dropped). */
export function el(
  name: string,
  content?: string | number | readonly Child[],
  attributes: Record<string, string> = {},
): XmlElement {
  if (content === undefined) return { name, attributes, children: [] };
  if (typeof content === "string" || typeof content === "number") {
    return { name, attributes, children: [], text: String(content) };
  }
  return { name, attributes, children: content.filter((c): c is XmlElement => Boolean(c)) };
}

/** `<entry name="...">children</entry>`, the PAN-OS list item. */
export function entry(name: string, children: readonly Child[] = []): XmlElement {
  return el("entry", children, { name });
}

/** `<member>value</member>` items, the PAN-OS string list. */
export function members(values: readonly string[]): XmlElement[] {
  return values.map((v) => el("member", v));
}

/** `yes` / `no`, as PAN-OS writes booleans. */
export function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

type FxpNode = Record<string, unknown>;

const ATTR = "@_";
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  suppressEmptyNode: true,
  processEntities: true,
  format: false,
});
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  processEntities: true,
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: "#comment",
});

function toFxp(element: XmlElement): FxpNode {
  const body: FxpNode[] =
    element.text !== undefined ? [{ "#text": element.text }] : element.children.map((c) => toFxp(c));
  const node: FxpNode = { [element.name]: body };
  const attributes = Object.entries(element.attributes);
  if (attributes.length > 0) node[":@"] = Object.fromEntries(attributes.map(([k, v]) => [ATTR + k, v]));
  return node;
}

function fromFxp(node: FxpNode): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (name === undefined || name === "#text" || name === "#comment") return undefined;
  const rawAttributes = (node[":@"] ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttributes)) attributes[k.slice(ATTR.length)] = String(v);
  const body = (node[name] ?? []) as FxpNode[];
  const children: XmlElement[] = [];
  let text: string | undefined;
  for (const item of body) {
    if ("#text" in item) text = (text ?? "") + String(item["#text"]);
    else {
      const child = fromFxp(item);
      if (child) children.push(child);
    }
  }
  if (children.length > 0) return { name, attributes, children };
  return text !== undefined && text.length > 0 ? { name, attributes, children, text } : { name, attributes, children };
}

/** Serialises elements to compact XML with every text and attribute value escaped. */
export function renderXml(elements: XmlElement | readonly XmlElement[]): string {
  const list = Array.isArray(elements) ? (elements as readonly XmlElement[]) : [elements as XmlElement];
  return builder.build(list.map(toFxp)) as string;
}

/** Text that is not well-formed XML: truncated, unbalanced, or with text outside the elements. */
export class XmlSyntaxError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

const FRAGMENT = "xml-fragment";
const DECLARATION = /^\uFEFF?\s*<\?xml\s[^?]*\?>/;

/**
 * A document or a fragment of several elements, validated inside one wrapping element: the validator
 * judges several roots inconsistently (`<a/><b/>` passes, `<a>x</a><b/>` does not) and the parser
 * drops text between them, which the wrapper keeps visible.
 */
function wrapFragment(text: string): string {
  const declaration = DECLARATION.exec(text)?.[0] ?? "";
  const wrapped = `<${FRAGMENT}>${text.slice(declaration.length)}</${FRAGMENT}>`;
  const verdict = XMLValidator.validate(wrapped);
  if (verdict === true) return wrapped;
  const { msg, line, col } = verdict.err;
  const column = line === 1 && col !== undefined ? col - FRAGMENT.length - 2 + declaration.length : col;
  throw new XmlSyntaxError(
    `${msg.replace(/\.$/, "")} (line ${line}${column === undefined ? "" : `, column ${column}`})`,
  );
}

/**
 * Parses an XML document or fragment (several top-level elements allowed) into elements. Parsing is
 * strict: the parser alone tolerates unclosed tags at the end, so a body cut short would read as a
 * shorter, complete answer. Blank text is no elements. Throws XmlSyntaxError.
 */
export function parseXml(text: string): XmlElement[] {
  if (text.trim() === "") return [];
  const wrapped = wrapFragment(text);
  let body: FxpNode[];
  try {
    const [fragment] = parser.parse(wrapped) as FxpNode[];
    body = (fragment?.[FRAGMENT] ?? []) as FxpNode[];
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (body.some((node) => "#text" in node && String(node["#text"]).trim() !== "")) {
    throw new XmlSyntaxError("text outside the elements");
  }
  return body.map(fromFxp).filter((e): e is XmlElement => e !== undefined);
}

/** First child element with the given name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Follows a path of child names, e.g. `path(response, "result", "job")`. */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** Text of the element, trimmed, or undefined. */
export function textOf(element: XmlElement | undefined): string | undefined {
  return element?.text?.trim();
}
