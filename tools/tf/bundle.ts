import { build, version as esbuildVersion } from "esbuild";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The two programs Terraform runs, each bundled by esbuild into one CommonJS file: the offline
 * provider and the mve-ha shim. Bundles live in the private root under a hash of their sources
 * (and the lockfile and esbuild version), so a fresh clone needs no build step and an edited
 * source never runs stale. A bundle starts without module resolution, which keeps the
 * provider's handshake fast.
 */

/** Absolute paths of the bundled programs. */
export interface Bundles {
  readonly provider: string;
  readonly mveHaShim: string;
}

const ENTRIES = { provider: "tools/offline-provider/main.ts", "mve-ha-shim": "tools/tf/mve-ha-shim-entry.ts" };
/** Everything the entries import from this repository (the shim's loopback check reaches lib/cli, lib/xmlspec, lib/xmlapi). */
const SOURCE_DIRS = ["tools/offline-provider", "tools/tf", "lib/core", "lib/cli", "lib/xmlspec", "lib/xmlapi"];

/** Returns up-to-date bundles under `cacheDir`, building them when the sources changed. */
export async function ensureBundles(repoRoot: string, cacheDir: string): Promise<Bundles> {
  const dir = path.join(cacheDir, "bundles", sourceHash(repoRoot));
  const bundles: Bundles = {
    provider: path.join(dir, "provider.cjs"),
    mveHaShim: path.join(dir, "mve-ha-shim.cjs"),
  };
  if (fs.existsSync(bundles.provider) && fs.existsSync(bundles.mveHaShim)) return bundles;

  // Build beside the target and rename: parallel test workers may race to build the same hash.
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const staging = fs.mkdtempSync(`${dir}.staging-`);
  try {
    await build({
      entryPoints: Object.fromEntries(
        Object.entries(ENTRIES).map(([name, entry]) => [name, path.join(repoRoot, entry)]),
      ),
      outdir: staging,
      outExtension: { ".js": ".cjs" },
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      logLevel: "error",
      legalComments: "none",
    });
    try {
      fs.renameSync(staging, dir);
    } catch (error) {
      if (!fs.existsSync(bundles.provider)) throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return bundles;
}

/** A short hash of every source the bundles are built from. */
export function sourceHash(repoRoot: string): string {
  return hashSources(repoRoot, SOURCE_DIRS, ["package-lock.json"]).slice(0, 16);
}

/**
 * A hash (hex) of esbuild's version and every TypeScript file below `dirs` plus `files` (paths relative
 * to `repoRoot`; a missing one counts by name), for deciding whether a bundle must be rebuilt.
 */
export function hashSources(repoRoot: string, dirs: readonly string[], files: readonly string[]): string {
  const hash = createHash("sha256").update(`esbuild ${esbuildVersion}\n`);
  const sources = dirs.flatMap((dir) => listTypeScript(path.join(repoRoot, dir))).sort();
  for (const file of [...sources, ...files.map((name) => path.join(repoRoot, name))]) {
    hash.update(`${path.relative(repoRoot, file)}\n`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

function listTypeScript(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTypeScript(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}
