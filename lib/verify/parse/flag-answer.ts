/**
 * Op answers whose whole `result` is one word: `check pending-changes` (`yes`/`no`, as the CLI's
 * commit code and pan-os-upgrade-assurance read it) and `show system setting jumbo-frame`
 * (`on`/`off`; `yes`/`no` as pan-os-upgrade-assurance reads it). Anything else — elements, another
 * word, nothing — throws naming what was expected and what was found.
 */
import type { XmlElement } from "../../xmlspec/xml";

/** Reads a one-word answer as a boolean: `truthy` words true, `falsy` words false (the caller names the answer). */
export function parseWordAnswer(result: XmlElement, truthy: readonly string[], falsy: readonly string[]): boolean {
  const expected = `${[...truthy, ...falsy].join(", ")}`;
  if (result.children.length > 0) {
    const found = [...new Set(result.children.map((c) => `<${c.name}>`))].join(", ");
    throw new Error(`expected one of ${expected} as text, found ${found}`);
  }
  const word = result.text?.trim().toLowerCase() ?? "";
  if (truthy.includes(word)) return true;
  if (falsy.includes(word)) return false;
  throw new Error(`expected one of ${expected}, found ${word === "" ? "nothing" : `"${word.slice(0, 60)}"`}`);
}

/** `check pending-changes`: true when the candidate configuration holds uncommitted changes. */
export function parsePendingChanges(result: XmlElement): boolean {
  return parseWordAnswer(result, ["yes"], ["no"]);
}

/** `show system setting jumbo-frame`: true when the mode in effect is on. */
export function parseJumboFrameMode(result: XmlElement): boolean {
  return parseWordAnswer(result, ["on", "yes"], ["off", "no"]);
}
