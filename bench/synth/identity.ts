/**
 * The synthesized output of a few pairs as one digest per file, so that a change made for speed
 * (lazy bindings, fewer tokens, an opt-in of cdktf's) can be checked byte-identical to the output
 * before it. test/bench/fixtures/synth-identity.json holds the digests of the code before issue 17;
 * test/bench/synth-identity.test.ts compares against it.
 *
 *   npx tsx bench/synth/identity.ts --write   rewrite the fixture from the current code
 *   npx tsx bench/synth/identity.ts           print the digests
 *
 * The one input that is not the constructs' doing, the content hash of the bundled mve-ha CLI
 * every stack carries, is replaced by a placeholder (it changes with every edit below lib/); the
 * bundle's own bytes (the copied asset) are left out.
 */
import { App, type AppConfig } from "cdktf";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cliBundlePath } from "../../lib/core/cli-bundle-location";
import { addPairs } from "./scale";

/** The fixture, relative to the repository root. */
export const IDENTITY_FIXTURE = "test/bench/fixtures/synth-identity.json";

/** The apps whose output is recorded: the plain example (what main.ts synthesizes) and three pairs in one app. */
export const IDENTITY_CASES: Readonly<Record<string, number>> = { example: 1, "three-pairs": 3 };

/** What stands for the CLI bundle's content hash in the recorded output. */
const BUNDLE_HASH_PLACEHOLDER = "<MVE-HA-CLI-BUNDLE-HASH>";

/** sha256 of every output file (path relative to the outdir → hex digest), bundle hash replaced. */
export type OutputDigests = Record<string, string>;

/**
 * Synthesizes `pairs` pairs (bench's addPairs) into a temporary outdir and digests the output.
 * `prepare` runs on the new App before the pairs are added (for an opt-in under test).
 */
export function synthesizedDigests(pairs: number, config: AppConfig = {}, prepare?: (app: App) => void): OutputDigests {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-identity-"));
  try {
    const app = new App({ ...config, outdir });
    prepare?.(app);
    addPairs(app, pairs);
    app.synth();
    return digestOutdir(outdir, bundleHash());
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** The bundle's hash as the stacks write it (MD5, upper-case hex; see lib/core/cli-bundle-asset.ts). */
function bundleHash(): string {
  return createHash("md5").update(fs.readFileSync(cliBundlePath())).digest("hex").toUpperCase();
}

/** Digests every output file below `outdir` (the copied bundle left out, its hash replaced). */
export function digestOutdir(outdir: string, hash: string = bundleHash()): OutputDigests {
  const digests: OutputDigests = {};
  for (const file of listFiles(outdir)) {
    // The copied bundle itself: its bytes are the CLI's, not the synthesis'.
    if (file.split(path.sep).includes("assets")) continue;
    const text = fs.readFileSync(path.join(outdir, file), "utf8").split(hash).join(BUNDLE_HASH_PLACEHOLDER);
    digests[file.split(path.sep).join("/")] = createHash("sha256").update(text).digest("hex");
  }
  return digests;
}

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const rel = path.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
    })
    .sort();
}

/** Digests of every case in IDENTITY_CASES. */
export function identityDigests(config: AppConfig = {}, prepare?: (app: App) => void): Record<string, OutputDigests> {
  return Object.fromEntries(
    Object.entries(IDENTITY_CASES).map(([name, pairs]) => [name, synthesizedDigests(pairs, config, prepare)]),
  );
}

if (require.main === module) {
  const digests = identityDigests();
  const text = `${JSON.stringify(digests, null, 2)}\n`;
  if (process.argv.includes("--write")) {
    const file = path.resolve(__dirname, "../..", IDENTITY_FIXTURE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote ${IDENTITY_FIXTURE}\n`);
  } else {
    process.stdout.write(text);
  }
}
