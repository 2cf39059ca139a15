/**
 * Flattens parsed XML into one line per leaf, e.g. `group/peer-ip=203.0.113.20` or
 * `group/mode/active-active/session-owner-selection/first-packet/session-setup/ip-modulo` (an
 * empty element). Entries show their name: `entry[aws]`. Comparing the full list proves a spec
 * holds exactly the expected nodes, no more and no fewer.
 */
import { parseXml, type XmlElement } from "../../lib/xmlspec";

export function leaves(element: XmlElement, prefix = ""): string[] {
  const name = element.attributes.name !== undefined ? `${element.name}[${element.attributes.name}]` : element.name;
  const path = prefix ? `${prefix}/${name}` : name;
  if (element.children.length === 0) return [element.text === undefined ? path : `${path}=${element.text}`];
  return element.children.flatMap((c) => leaves(c, path));
}

/** Parses an XML fragment (one or more top-level elements) and flattens it. */
export function leavesOf(xml: string): string[] {
  return parseXml(xml).flatMap((e) => leaves(e));
}
