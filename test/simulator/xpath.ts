/**
 * The XPath subset PAN-OS configuration requests use: absolute paths of element names, each
 * optionally narrowed by `[@name='value']` (list entries) or `[text()='value']` (a `<member>` of a
 * string list), in single or double quotes. Values may hold `/`, `]` and the other quote
 * character, so the path is tokenised, not split.
 */

/** One step: an element name and, for list entries, the entry's name, or for members, their text. */
export interface XpathStep {
  readonly name: string;
  readonly entryName?: string;
  readonly text?: string;
}

/** Thrown for paths outside the supported subset (the device answers code 6, bad xpath). */
export class XpathError extends Error {}

const NAME_CHAR = /[A-Za-z0-9_.:-]/;

/** Parses `/config/devices/entry[@name='localhost.localdomain']/…` into steps. */
export function parseXpath(xpath: string): XpathStep[] {
  if (!xpath.startsWith("/")) throw new XpathError(`xpath must be absolute: ${xpath}`);
  const steps: XpathStep[] = [];
  let i = 0;
  while (i < xpath.length) {
    if (xpath[i] !== "/") throw new XpathError(`unexpected ${JSON.stringify(xpath[i])} at ${i} in ${xpath}`);
    i++;
    const start = i;
    while (i < xpath.length && NAME_CHAR.test(xpath[i])) i++;
    const name = xpath.slice(start, i);
    if (name.length === 0) throw new XpathError(`empty step at ${start} in ${xpath}`);
    if (xpath[i] !== "[") {
      steps.push({ name });
      continue;
    }
    const predicate = /^\[\s*(@name|text\(\))\s*=\s*(['"])/.exec(xpath.slice(i));
    if (!predicate) throw new XpathError(`unsupported predicate at ${i} in ${xpath}`);
    const quote = predicate[2];
    const valueStart = i + predicate[0].length;
    const valueEnd = xpath.indexOf(quote, valueStart);
    if (valueEnd < 0) throw new XpathError(`unterminated ${quote} at ${valueStart} in ${xpath}`);
    const close = /^\s*\]/.exec(xpath.slice(valueEnd + 1));
    if (!close) throw new XpathError(`expected ] after the name at ${valueEnd + 1} in ${xpath}`);
    const value = xpath.slice(valueStart, valueEnd);
    steps.push(predicate[1] === "@name" ? { name, entryName: value } : { name, text: value });
    i = valueEnd + 1 + close[0].length;
  }
  return steps;
}
