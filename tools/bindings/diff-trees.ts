import * as fs from "node:fs";
import * as path from "node:path";

function listFiles(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}

/** Lists the differences between two folders: files only in one of them, and files whose bytes differ. */
export function diffTrees(expectedDir: string, actualDir: string): string[] {
  const expected = new Set(listFiles(expectedDir));
  const actual = new Set(listFiles(actualDir));
  const differences: string[] = [];
  for (const file of expected) {
    if (!actual.has(file)) differences.push(`missing: ${path.join(actualDir, file)}`);
    else if (!fs.readFileSync(path.join(expectedDir, file)).equals(fs.readFileSync(path.join(actualDir, file)))) {
      differences.push(`differs: ${path.join(actualDir, file)}`);
    }
  }
  for (const file of actual) if (!expected.has(file)) differences.push(`unexpected: ${path.join(actualDir, file)}`);
  return differences.sort();
}
