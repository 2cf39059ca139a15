/** Compares two synthesized outdirs: the manifest and every stack's Terraform JSON. */
import { isDeepStrictEqual } from "node:util";
import * as fs from "node:fs";
import * as path from "node:path";

/** How two outdirs differ. */
export interface OutdirComparison {
  /** Stacks compared. */
  readonly stacks: number;
  /** JSON paths that differ anywhere, `//` metadata included (empty when identical). */
  readonly differences: readonly string[];
  /** JSON paths that differ outside the `//` metadata blocks. */
  readonly terraformDifferences: readonly string[];
}

/** Compares the synthesized Terraform of `expectedDir` and `actualDir`. */
export function compareOutdirs(expectedDir: string, actualDir: string): OutdirComparison {
  const manifest = (dir: string) =>
    readJson(path.join(dir, "manifest.json")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  const expected = manifest(expectedDir);
  const differences: string[] = [];
  diff(expected, manifest(actualDir), "manifest.json", differences);
  for (const [name, stack] of Object.entries(expected.stacks)) {
    const actualFile = path.join(actualDir, stack.synthesizedStackPath);
    if (!fs.existsSync(actualFile)) differences.push(`${name}: no ${stack.synthesizedStackPath}`);
    else diff(readJson(path.join(expectedDir, stack.synthesizedStackPath)), readJson(actualFile), name, differences);
  }
  return {
    stacks: Object.keys(expected.stacks).length,
    differences,
    terraformDifferences: differences.filter((at) => !at.split(".").includes("//")),
  };
}

function diff(expected: unknown, actual: unknown, at: string, out: string[]): void {
  if (isDeepStrictEqual(expected, actual)) return;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (!isObject(expected) || !isObject(actual) || Array.isArray(expected) !== Array.isArray(actual)) {
    out.push(at);
    return;
  }
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    diff(expected[key], actual[key], `${at}.${key}`, out);
  }
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
