/** Recognises op commands by their word path, e.g. `<show><high-availability><state/></…>` → show high-availability state. */
import type { XmlElement } from "../../../lib/xmlspec/xml";

/** The command words (element names down the first-child chain) and the trailing argument text, if any. */
export interface CommandWords {
  readonly words: readonly string[];
  readonly argument?: string;
}

/** Reads the words of a parsed `cmd`. */
export function commandWords(cmd: XmlElement): CommandWords {
  const words: string[] = [];
  let node: XmlElement | undefined = cmd;
  let argument: string | undefined;
  while (node) {
    words.push(node.name);
    if (node.text !== undefined) argument = node.text.trim();
    node = node.children[0];
  }
  return { words, argument };
}

/** True when the command starts with these words (filters after them are ignored). */
export function startsWith(command: CommandWords, ...words: string[]): boolean {
  return words.every((word, i) => command.words[i] === word);
}
