/**
 * `npm run docs:check` (run by .ci/run): regenerates the API reference from the TSDoc into a
 * temporary directory and fails when it differs from the committed docs/api/, so the reference
 * cannot drift from the code. Fix a failure with `npm run docs`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { capture, REPO_ROOT, temporaryDirectory } from "./package/run";

const COMMITTED = path.join(REPO_ROOT, "docs", "api");

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Files that are only in one tree or differ between the two. */
export function treeDifferences(expected: string, actual: string): string[] {
  const names = new Set([...filesUnder(expected), ...filesUnder(actual)]);
  return [...names].sort().filter((name) => {
    const [a, b] = [path.join(expected, name), path.join(actual, name)];
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b));
  });
}

function main(): void {
  const out = temporaryDirectory("cdktf-megaport-panos-ha-api-docs");
  try {
    const result = capture(REPO_ROOT, "npx", ["--no-install", "typedoc", "--out", out], { stdio: "inherit" });
    if (result.status !== 0) throw new Error(`typedoc exited ${result.status}`);
    const differences = treeDifferences(COMMITTED, out);
    if (differences.length > 0) {
      throw new Error(
        `docs/api/ is out of date (${differences.length} file(s): ${differences.slice(0, 5).join(", ")}); run \`npm run docs\` and commit docs/api/`,
      );
    }
    console.log(`docs/api/ matches the TSDoc (${filesUnder(out).length} files)`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`API reference check FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
