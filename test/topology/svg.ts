/** Reading a rendered SVG in tests: its elements by id, their texts and colours. */
import { parseXml, type XmlElement } from "../../lib/xmlspec/xml";

/** The `<svg>` element of an SVG document (or of an HTML page that inlines one). */
export function parseSvg(document: string): XmlElement {
  const start = document.indexOf("<svg");
  const end = document.lastIndexOf("</svg>");
  if (start < 0 || end < 0) throw new Error("no <svg> element");
  const [root] = parseXml(document.slice(start, end + "</svg>".length));
  return decoded(root);
}

/** Graphviz writes `-` as `&#45;` (numeric references the XML parser leaves as they are). */
function decodeReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, decimal: string) => String.fromCodePoint(Number(decimal)));
}

function decoded(element: XmlElement): XmlElement {
  const attributes = Object.fromEntries(Object.entries(element.attributes).map(([k, v]) => [k, decodeReferences(v)]));
  const children = element.children.map(decoded);
  return element.text === undefined
    ? { name: element.name, attributes, children }
    : { name: element.name, attributes, children, text: decodeReferences(element.text) };
}

/** Every element below `root` (root included), depth first. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

/** The element with this `id`, or undefined. */
export function byId(root: XmlElement, id: string): XmlElement | undefined {
  return descendants(root).find((e) => e.attributes.id === id);
}

/** Every id in the document. */
export function ids(root: XmlElement): string[] {
  return descendants(root)
    .map((e) => e.attributes.id)
    .filter((id): id is string => id !== undefined);
}

/** The texts drawn below `element`, in order. */
export function texts(element: XmlElement): string[] {
  return descendants(element)
    .filter((e) => e.name === "text")
    .map((e) => e.text ?? "");
}

/**
 * The colour an element of the diagram is drawn in: a table cell (Graphviz wraps cells that have
 * an ID in `<g id="a_ID">`) by its fill, an edge by its line.
 */
export function colourOf(root: XmlElement, id: string): string | undefined {
  // Graphviz wraps what has a tooltip in `<g id="a_ID"><a xlink:title=…>`.
  const element = byId(root, `a_${id}`) ?? byId(root, id);
  if (!element) return undefined;
  const all = descendants(element);
  const filled = all.find((e) => e.name === "polygon" && e.attributes.fill !== "none");
  return filled ? filled.attributes.fill : all.find((e) => e.name === "path")?.attributes.stroke;
}
