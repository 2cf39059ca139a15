/**
 * `npm run test:cdktn` (run by .ci/run): proves the package on CDK Terrain 0.24 without touching
 * this checkout. In a temporary copy of the repository, `cdktf` is installed as an npm alias of
 * `cdktn@0.24.0` (so the constructs and the generated bindings, which import "cdktf", run on CDK
 * Terrain unchanged, exactly as a user's app would after the README's migration steps) and the
 * CDK Terrain CLI replaces cdktf-cli. Then: the construct tests, the example's synth through
 * `cdktn synth` compared with this checkout's cdktf synth (identical JSON except the recorded
 * library version), and offline `terraform validate` of every stack.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { findTerraform } from "../tools/tf/harness";
import { jsonDifferences, type JsonDifference } from "./package/json-diff";
import { capture, check, REPO_ROOT, run, secondsSince, temporaryDirectory } from "./package/run";

export const CDKTN_VERSION = "0.24.0";
/**
 * The `cdktn` CLI needs Node >= 22.19 (on Node 20.20 its bundled undici fails: "markAsUncloneable
 * is not a function"). The copy installs Node 22 from npm (the `node` package) for the CLI only;
 * the construct tests and `terraform validate` run on the Node that runs this script.
 */
const CLI_NODE_VERSION = "22.22.0";
/** Jest suites that exercise the constructs (the CLI, simulator and bindings suites do not use cdktf). */
const CONSTRUCT_TESTS = ["test/core", "test/megaport", "test/panos", "test/pattern", "test/example", "test/package"];
/** Dev tools the copy does not need; @cdktf/* and cdktf-cli would pull cdktf 0.21 back in. */
const DROPPED_DEV_DEPENDENCIES = [
  "cdktf-cli",
  "@cdktf/commons",
  "@cdktf/provider-generator",
  "typedoc",
  "typedoc-plugin-markdown",
];
/**
 * Tests that use `Testing.app()`, which in CDK Terrain turns on the future flag
 * failOnConstructsOutsideOfStacks; PaloAltoHaPair fails it (see scripts/package/cdktn-future-flag.ts,
 * which measures that separately).
 */
const FUTURE_FLAG_TESTS = "the stacks of a pair (without a prefix|with stackPrefix)";
/** The only difference cdktn makes to the synthesized JSON: the version it records. */
const EXPLAINED = /^\$\.\/\/\.metadata\.version$/;

/** Copies the repository's files (tracked and new, not ignored) into `dir`. */
function copyRepository(dir: string): void {
  const listed = capture(REPO_ROOT, "git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  check(listed.status === 0, "git ls-files failed");
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    const from = path.join(REPO_ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted in the work tree
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
}

/** Rewrites the copy's package.json: cdktf is cdktn, the CDK Terrain CLI replaces cdktf-cli. */
function switchToCdktn(dir: string): void {
  const file = path.join(dir, "package.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const name of DROPPED_DEV_DEPENDENCIES) delete manifest.devDependencies[name];
  manifest.devDependencies.cdktf = `npm:cdktn@${CDKTN_VERSION}`;
  manifest.devDependencies["cdktn-cli"] = CDKTN_VERSION;
  manifest.devDependencies.node = CLI_NODE_VERSION;
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
  fs.rmSync(path.join(dir, "package-lock.json"));
  // The snapshots record the library version ("//".metadata.version); everything else must match.
  const snapshot = path.join(dir, "test/example/__snapshots__/guide-example.test.ts.snap");
  fs.writeFileSync(
    snapshot,
    fs.readFileSync(snapshot, "utf8").replaceAll('"version": "0.21.0"', `"version": "${CDKTN_VERSION}"`),
  );
}

/** Synthesizes the example with this checkout's cdktf 0.21 into `outdir`. */
function cdktfSynth(outdir: string): void {
  run(REPO_ROOT, "npx", ["--no-install", "tsx", "main.ts"], { CDKTF_OUTDIR: outdir });
}

/** Differences between the two synth outputs, per stack; throws when the stacks differ. */
function compareSynth(cdktfOut: string, cdktnOut: string, cdktnProject: string): Map<string, JsonDifference[]> {
  const stacks = (out: string) => fs.readdirSync(path.join(out, "stacks")).sort();
  check(
    JSON.stringify(stacks(cdktfOut)) === JSON.stringify(stacks(cdktnOut)),
    `stacks differ: ${stacks(cdktfOut)} vs ${stacks(cdktnOut)}`,
  );
  // Each project's own directory, if any path names it. The carried CLI's asset directory is named by
  // the bundle's content hash, and each copy builds its bundle from its own freshly resolved
  // node_modules (npm install with cdktn in place of cdktf), so the hash is compared apart (printed below).
  const bundleHashes = new Set<string>();
  const read = (out: string, stack: string, project: string) =>
    JSON.parse(
      fs
        .readFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), "utf8")
        .replaceAll(project, "<project>")
        .replace(/assets\/mve-ha-cli\/([0-9A-F]{32})\//g, (_match, hash: string) => {
          bundleHashes.add(`${path.basename(path.dirname(out))}:${hash}`);
          return "assets/mve-ha-cli/<bundle hash>/";
        }),
    );
  const differences = new Map(
    stacks(cdktfOut).map((stack) => [
      stack,
      jsonDifferences(read(cdktfOut, stack, REPO_ROOT), read(cdktnOut, stack, cdktnProject)),
    ]),
  );
  console.log(`carried CLI bundle hashes (compared apart): ${[...bundleHashes].join(", ")}`);
  return differences;
}

/** Runs `cdktn synth` on the Node running this script and says how it ends (it is not required to work). */
function reportCliOnThisNode(copy: string, outdir: string): void {
  const cli = path.join(copy, "node_modules", "cdktn-cli", "bin", "cdktn");
  const result = capture(copy, process.execPath, [cli, "synth", "--output", outdir], {
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" },
  });
  const error = `${result.stdout}\n${result.stderr}`.split("\n").find((line) => /Error:/.test(line));
  console.log(`cdktn synth on Node ${process.version}: exit ${result.status}${error ? `, ${error.trim()}` : ""}`);
}

function main(): void {
  const start = Date.now();
  const work = temporaryDirectory("cdktf-megaport-panos-ha-cdktn");
  const copy = path.join(work, "repo");
  try {
    copyRepository(copy);
    switchToCdktn(copy);
    run(copy, "npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
    const installed = JSON.parse(fs.readFileSync(path.join(copy, "node_modules/cdktf/package.json"), "utf8"));
    check(installed.name === "cdktn" && installed.version === CDKTN_VERSION, `node_modules/cdktf is ${installed.name}`);
    console.log(`cdktf resolves to ${installed.name}@${installed.version} (${secondsSince(start)})`);

    run(copy, "npx", ["--no-install", "jest", ...CONSTRUCT_TESTS, "--maxWorkers=2", "-t", `^(?!${FUTURE_FLAG_TESTS})`]);
    run(copy, "npx", ["--no-install", "tsx", "scripts/package/cdktn-future-flag.ts"]);

    const cdktnOut = path.join(work, "cdktn.out");
    reportCliOnThisNode(copy, path.join(work, "cdktn-this-node.out"));
    // node_modules/.bin first on PATH: `cdktn` (#!/usr/bin/env node) and the app it starts run on Node 22.
    const bin = path.join(copy, "node_modules", ".bin");
    run(copy, path.join(bin, "cdktn"), ["synth", "--output", cdktnOut], {
      CHECKPOINT_DISABLE: "1",
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
    });
    const cdktfOut = path.join(work, "cdktf.out");
    cdktfSynth(cdktfOut);
    const differences = compareSynth(cdktfOut, cdktnOut, copy);
    for (const [stack, list] of differences) {
      for (const d of list)
        console.log(`${stack}: ${d.path}: cdktf ${JSON.stringify(d.left)}, cdktn ${JSON.stringify(d.right)}`);
      const unexplained = list.filter((d) => !EXPLAINED.test(d.path));
      check(
        unexplained.length === 0,
        `${stack}: unexplained differences: ${unexplained.map((d) => d.path).join(", ")}`,
      );
    }

    if (!findTerraform()) {
      console.log("SKIPPED: terraform not found on PATH, so the stacks were not validated (install Terraform 1.11)");
    }
    for (const stack of findTerraform() ? fs.readdirSync(path.join(cdktnOut, "stacks")).sort() : []) {
      const dir = path.join(cdktnOut, "stacks", stack);
      run(copy, "npx", ["--no-install", "tsx", "tools/tf/cli.ts", `-chdir=${dir}`, "validate", "-no-color"]);
    }
    console.log(`CDK Terrain ${CDKTN_VERSION} check passed in ${secondsSince(start)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`CDK Terrain check FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
