/**
 * Locks: `show config-locks` and `show commit-locks` answer `result/config-locks` (or
 * `result/commit-locks`) holding one `entry` per lock, its holder in the `name` attribute, with
 * `type`, `name` (scope, e.g. `shared`), `created`, `loggedin` and `comment` (real shape:
 * pan-os-upgrade-assurance's fixture in test/fixtures/panos-captures). An empty list element, or an
 * empty `result`, is "no lock"; any other shape throws naming the element looked for.
 */
import { child, type XmlElement } from "../../xmlspec/xml";
import { childrenNamed, fieldText } from "../xml-read";

/** One lock as listed. */
export interface HeldLock {
  /** The administrator holding it (`?` when the entry does not name one). */
  readonly holder: string;
  /** `shared` or a vsys, when reported. */
  readonly scope?: string;
  readonly comment?: string;
}

/** Parses the `result` of `show config-locks` or `show commit-locks`. */
export function parseLocks(result: XmlElement, list: "config-locks" | "commit-locks"): HeldLock[] {
  const container = child(result, list);
  if (!container) {
    const found = [...new Set(result.children.map((c) => `<${c.name}>`))];
    const text = result.text?.trim();
    if (found.length === 0 && !text) return [];
    const what = found.length > 0 ? found.join(", ") : `the text "${text?.slice(0, 60)}"`;
    throw new Error(`no <${list}> in the answer, only ${what}`);
  }
  const entries = childrenNamed(container, "entry");
  const others = container.children.filter((c) => c.name !== "entry");
  if (others.length > 0) throw new Error(`<${list}> holds <${others[0].name}>, not <entry>`);
  return entries.map((entry) => ({
    holder: entry.attributes.name?.trim() || "?",
    scope: fieldText(entry, "name", "type"),
    comment: fieldText(entry, "comment"),
  }));
}
