/**
 * `npm run bundle:cli`: bundles the `mve-ha` CLI (lib/cli/main.ts and everything it imports,
 * dependencies included) into one CommonJS file, dist/bundle/mve-ha.cjs. Every stack of the
 * constructs carries that file as a TerraformAsset, so a synthesized stack applies on any machine
 * with `terraform` and `node`, with the CLI version that synthesized it. `npm run synth` and the
 * test suite's global setup run this first; it rebuilds only when a source changed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CLI_BUNDLE_RELATIVE_PATH } from "../lib/core/cli-bundle-location";
import { hashSources } from "../tools/tf/bundle";
import { ensureStampedBundle, type StampedBundle } from "./stamped-bundle";

const REPO_ROOT = path.resolve(__dirname, "..");
/** The sources the CLI is built from: the library (the CLI reaches lib/cli, lib/xmlapi, lib/xmlspec, lib/core, lib/verify). */
export const SOURCE_DIRS = ["lib"];
/** And these files: the lockfile, the version, and the bundler with its shared options (a changed option must rebuild). scripts/synth.cjs checks the same. */
export const SOURCE_FILES = ["package-lock.json", "package.json", "scripts/bundle-cli.ts", "scripts/stamped-bundle.ts"];

/** The bundle's path, its size and whether this call built it. */
export type CliBundle = StampedBundle;

/** Builds dist/bundle/mve-ha.cjs unless it is up to date with the sources; returns where it is. */
export function ensureCliBundle(repoRoot: string = REPO_ROOT): CliBundle {
  return ensureStampedBundle(path.join(repoRoot, CLI_BUNDLE_RELATIVE_PATH), sourceHash(repoRoot), () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    return {
      absWorkingDir: repoRoot,
      entryPoints: [path.join(repoRoot, "lib", "cli", "main.ts")],
      // The bundle runs outside this package, where no package.json tells the CLI its version.
      define: { MVE_HA_BUNDLED_VERSION: JSON.stringify(pkg.version) },
      // Graphviz (WebAssembly, 1.5 MiB) draws only `verify --report`'s diagram, which the provisioners
      // never ask for; every stack carries this file, so it stays out. From this bundle `--report`
      // writes the page with a note instead of the diagram; the installed `mve-ha` draws it.
      external: ["@viz-js/viz"],
      footer: { js: "module.exports.main();" },
    };
  });
}

/** A hash of every source the bundle is built from, the lockfile, the version and esbuild's version. */
function sourceHash(repoRoot: string): string {
  return hashSources(repoRoot, SOURCE_DIRS, SOURCE_FILES);
}

if (require.main === module) {
  const bundle = ensureCliBundle();
  const where = path.relative(process.cwd(), bundle.file);
  process.stdout.write(`${where}: ${(bundle.bytes / 1024).toFixed(0)} KiB${bundle.built ? "" : " (up to date)"}\n`);
}
