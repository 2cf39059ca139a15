#!/usr/bin/env node
/**
 * The app command of cdktf.json (`node scripts/app.cjs`, what `cdktf synth`, `cdktf deploy` and
 * `npm run synth` start): runs main.ts compiled to one CommonJS file, dist/app/main.cjs.
 *
 * Why not `npx tsx main.ts`: tsx compiles the sources on every start and turns on source maps,
 * and cdktf formats a stack trace for every token it creates, each one mapped through them; that
 * made the example's synth several times slower than the compiled app. This file is plain
 * JavaScript so that its own start costs no compiler either. The bundle is rebuilt (esbuild, about
 * a second) only when a source changed: its stamp is the same kind of hash as the CLI bundle's.
 * Packages stay outside the bundle and resolve from node_modules, exactly as under tsx.
 */
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
/** The compiled app. */
const APP_BUNDLE = path.join(ROOT, "dist", "app", "main.cjs");
/** What the app is built from: every .ts file below these folders, and these files. */
const APP_SOURCE_DIRS = ["lib", "examples", ".gen"];
const APP_SOURCE_FILES = ["main.ts", "package.json", "package-lock.json"];

/**
 * sha256 over esbuild's version, then each source's path and bytes; the same hash as
 * hashSources of tools/tf/bundle.ts (test/bench/user-synth.test.ts holds them equal), so the
 * stamp of the CLI bundle can be checked here without a TypeScript loader.
 */
function hashSources(root, dirs, files) {
  const hash = createHash("sha256").update(`esbuild ${require("esbuild").version}\n`);
  const sources = dirs.flatMap((dir) => listTypeScript(path.join(root, dir))).sort();
  for (const file of [...sources, ...files.map((name) => path.join(root, name))]) {
    hash.update(`${path.relative(root, file)}\n`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

function listTypeScript(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTypeScript(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Builds dist/app/main.cjs unless its stamp matches the sources; returns its path and whether it was built. */
function ensureAppBundle(root = ROOT) {
  const file = path.join(root, path.relative(ROOT, APP_BUNDLE));
  const stampFile = `${file}.sources`;
  const stamp = hashSources(root, APP_SOURCE_DIRS, APP_SOURCE_FILES);
  if (fs.existsSync(file) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) {
    return { file, built: false };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Built beside the target and renamed: two synths may race to build it.
  const staging = `${file}.${process.pid}.tmp`;
  try {
    require("esbuild").buildSync({
      absWorkingDir: root,
      entryPoints: [path.join(root, "main.ts")],
      outfile: staging,
      bundle: true,
      packages: "external",
      platform: "node",
      target: "node20",
      format: "cjs",
      logLevel: "error",
    });
    fs.renameSync(staging, file);
    fs.writeFileSync(stampFile, stamp);
  } finally {
    fs.rmSync(staging, { force: true });
  }
  return { file, built: true };
}

module.exports = { APP_BUNDLE, APP_SOURCE_DIRS, APP_SOURCE_FILES, ensureAppBundle, hashSources };

if (require.main === module) {
  require(ensureAppBundle().file);
}
