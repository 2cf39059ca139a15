/** Reads a recorded PAN-OS response from test/fixtures/panos-captures, without its source comment. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DIRECTORY = join(__dirname, "..", "fixtures", "panos-captures");

export function capture(name: string): string {
  const text = readFileSync(join(DIRECTORY, `${name}.xml`), "utf8");
  return text.replace(/^<!--[\s\S]*?-->\s*/, "");
}
