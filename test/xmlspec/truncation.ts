/** Test helpers for truncated answers: the recorded captures as a device sends them, and where to cut them. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const CAPTURES = join(__dirname, "..", "fixtures", "panos-captures");

/** Every recorded capture file: its name and its whole text (leading source comment included). */
export function captureFiles(): Array<{ readonly name: string; readonly text: string }> {
  return readdirSync(CAPTURES)
    .filter((file) => file.endsWith(".xml"))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(join(CAPTURES, file), "utf8") }));
}

/** A capture's body as the device sent it: the leading source comment stripped. */
export function deviceBody(text: string): string {
  return text.replace(/^<!--[\s\S]*?-->\s*\n/, "");
}

/**
 * Cut points of a body: every length from 0 up to the last non-blank character when there are at
 * most `max`, otherwise a deterministic spread (every first and last 64 lengths, evenly spaced ones
 * between). A cut keeps `body.slice(0, n)`; only cuts that lose a non-blank character are returned.
 */
export function cutPoints(body: string, max = 400): number[] {
  const end = body.trimEnd().length;
  if (end <= max) return Array.from({ length: end }, (_, n) => n);
  const points = new Set<number>();
  for (let n = 0; n < 64; n++) {
    points.add(n);
    points.add(end - 1 - n);
  }
  const step = (end - 128) / (max - 128);
  for (let i = 0; i < max - 128; i++) points.add(64 + Math.floor(i * step));
  return [...points].filter((n) => n >= 0 && n < end).sort((a, b) => a - b);
}
