/**
 * `npm pack` of the repository into a directory, and the checks on what the tarball holds: what
 * `main`, `types` and `bin` point at is in it, and nothing that only the repository needs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { capture, check, REPO_ROOT } from "./run";

/** What `npm pack --json` reports about one tarball. */
export interface PackResult {
  readonly tarball: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly string[];
}

/** Packs the repository (which runs `prepack`, the build) into `destination`. */
export function npmPack(destination: string): PackResult {
  const result = capture(REPO_ROOT, "npm", ["pack", "--json", "--pack-destination", destination], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  check(result.status === 0, `npm pack failed (exit ${result.status})`);
  // npm prints the prepack script's output before the JSON on stdout.
  const json = JSON.parse(result.stdout.slice(result.stdout.indexOf("[\n"))) as Array<{
    filename: string;
    size: number;
    unpackedSize: number;
    files: Array<{ path: string }>;
  }>;
  const [entry] = json;
  return {
    tarball: path.join(destination, entry.filename),
    size: entry.size,
    unpackedSize: entry.unpackedSize,
    files: entry.files.map((f) => f.path),
  };
}

/** Problems with the tarball's contents; empty when it ships exactly what runs. */
export function packProblems(pack: PackResult): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    main: string;
    types: string;
    bin: Record<string, string>;
  };
  const files = new Set(pack.files);
  const problems: string[] = [];
  for (const [field, target] of [
    ["main", manifest.main],
    ["types", manifest.types],
    ...Object.entries(manifest.bin).map(([name, file]) => [`bin.${name}`, file]),
  ]) {
    if (!files.has(path.normalize(target))) problems.push(`${field} points at ${target}, which is not in the tarball`);
  }
  const mustHave = [
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "dist/lib/cli/main.js",
    "dist/bundle/mve-ha.cjs",
    "dist/bundle/mve-ha-offline.cjs",
    "dist/.gen/providers/megaport/index.js",
  ];
  for (const file of mustHave) if (!files.has(file)) problems.push(`${file} is missing`);
  const unwanted = pack.files.filter((f) => /\.map$|\.ts$(?<!\.d\.ts)|^(lib|test|tools|scripts|schemas)\//.test(f));
  if (unwanted.length > 0) problems.push(`ships what only the repository needs: ${unwanted.slice(0, 5).join(", ")}`);
  return problems;
}
