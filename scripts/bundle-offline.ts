/**
 * `npm run bundle:offline`: bundles the offline Terraform command (tools/tf/offline-bin.ts: the
 * command, the offline provider plugin and the mve-ha shim, gRPC and msgpack included) into one
 * CommonJS file, dist/bundle/mve-ha-offline.cjs, with the provider schemas (schemas/*.json) and
 * pins (cdktf.json) embedded. The package ships it as `mve-ha-offline`, so a user's app checks its
 * stacks offline with nothing but node and terraform. Rebuilds only when a source changed.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { pinnedProviders } from "../tools/bindings/providers";
import { hashSources } from "../tools/tf/bundle";
import type { EmbeddedOfflineData } from "../tools/tf/packaged-assets";
import { ensureStampedBundle, type StampedBundle } from "./stamped-bundle";

const REPO_ROOT = path.resolve(__dirname, "..");
/** Where the bundle goes, relative to the repository (and to the installed package). */
export const OFFLINE_BUNDLE_RELATIVE_PATH = path.join("dist", "bundle", "mve-ha-offline.cjs");
/** Everything the entry imports from this repository (the shim's loopback check reaches lib/cli, lib/core). */
const SOURCE_DIRS = [
  "tools/offline-provider",
  "tools/tf",
  "tools/bindings",
  "lib/core",
  "lib/cli",
  "lib/xmlspec",
  "lib/xmlapi",
];

/** The bundle's path, its size and whether this call built it. */
export type OfflineBundle = StampedBundle;

/** Builds dist/bundle/mve-ha-offline.cjs unless it is up to date with the sources; returns where it is. */
export function ensureOfflineBundle(repoRoot: string = REPO_ROOT): OfflineBundle {
  const embedded = embeddedData(repoRoot);
  const stamp = `${hashSources(repoRoot, SOURCE_DIRS, ["package-lock.json", "package.json"])} ${embedded.hash}`;
  return ensureStampedBundle(path.join(repoRoot, OFFLINE_BUNDLE_RELATIVE_PATH), stamp, () => ({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, "tools", "tf", "offline-bin.ts")],
    // A string literal: the provider and shim roles only scan it; the command parses it once.
    define: { MVE_HA_OFFLINE_EMBEDDED: JSON.stringify(JSON.stringify(embedded)) },
  }));
}

/** The pins of cdktf.json and their schemas, whitespace removed. */
function embeddedData(repoRoot: string): EmbeddedOfflineData {
  const pinned = pinnedProviders(repoRoot);
  const schemas = Object.fromEntries(
    pinned.map((p) => [p.name, JSON.stringify(JSON.parse(fs.readFileSync(p.schemaFile, "utf8")))]),
  );
  const providers = pinned.map(({ namespace, name, version, spec, address }) => ({
    namespace,
    name,
    version,
    spec,
    address,
  }));
  const hash = createHash("sha256").update(JSON.stringify({ providers, schemas })).digest("hex").slice(0, 16);
  return { hash, providers, schemas };
}

if (require.main === module) {
  const bundle = ensureOfflineBundle();
  const where = path.relative(process.cwd(), bundle.file);
  process.stdout.write(`${where}: ${(bundle.bytes / 1024).toFixed(0)} KiB${bundle.built ? "" : " (up to date)"}\n`);
}
