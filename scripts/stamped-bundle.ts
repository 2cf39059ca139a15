/**
 * One esbuild bundle for node, rebuilt only when its stamp (a hash of what it is built from)
 * changed: the shared mechanics of the CLI bundle stacks carry (bundle-cli.ts) and of the offline
 * command (bundle-offline.ts).
 */
import { buildSync, type BuildOptions } from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";

/** The bundle's path, its size and whether this call built it. */
export interface StampedBundle {
  readonly file: string;
  readonly bytes: number;
  readonly built: boolean;
}

/**
 * What both bundles share: one CommonJS file for node 20, whitespace and syntax minified only
 * (smaller and faster to parse, names kept for readable stack traces), no comments (which also
 * drops esbuild's per-module path comments, so no machine path leaks), runnable as a script.
 */
export const NODE_SCRIPT_BUILD: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "error",
  banner: { js: "#!/usr/bin/env node" },
};

/**
 * Builds `file` with NODE_SCRIPT_BUILD plus `options()` unless `${file}.sources` holds `stamp`.
 * Built beside the target and renamed: parallel test runs may race to build the same bundle.
 */
export function ensureStampedBundle(file: string, stamp: string, options: () => BuildOptions): StampedBundle {
  const stampFile = `${file}.sources`;
  if (fs.existsSync(file) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) {
    return { file, bytes: fs.statSync(file).size, built: false };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const staging = `${file}.${process.pid}.tmp`;
  try {
    buildSync({ ...NODE_SCRIPT_BUILD, ...options(), outfile: staging });
    fs.renameSync(staging, file);
    fs.writeFileSync(stampFile, stamp);
  } finally {
    fs.rmSync(staging, { force: true });
  }
  return { file, bytes: fs.statSync(file).size, built: true };
}
