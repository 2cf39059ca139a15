#!/usr/bin/env node
/**
 * `npm run synth [-- --output <dir>]`: what `cdktf synth` does for this project, without the
 * cdktf CLI, whose own start (about 3 s) adds nothing here: the app is TypeScript with no HCL
 * output, no Terraform modules to fetch and no provider bindings to generate.
 *
 * As `cdktf synth` (@cdktf/cli-core 0.21, SynthStack.synth and printAnnotations), it runs the
 * cdktf.json "app" command in a shell with CDKTF_OUTDIR, CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS,
 * CDKTF_CONTEXT_JSON and SYNTH_HCL_OUTPUT set and the TF_VAR_* variables removed, then prints the
 * manifest's annotations (an error annotation fails the synth), removes the stack folders of
 * stacks the app no longer has, and names the stacks it generated. First it brings the bundled
 * mve-ha CLI up to date (the stacks carry it), as `npm run bundle:cli` did before.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { hashSources } = require("./app.cjs");

const ROOT = path.resolve(__dirname, "..");
/** scripts/bundle-cli.ts: its output, its stamp and the sources the stamp covers. */
const CLI_BUNDLE = path.join(ROOT, "dist", "bundle", "mve-ha.cjs");
const CLI_SOURCE_DIRS = ["lib"];
const CLI_SOURCE_FILES = ["package-lock.json", "package.json", "scripts/bundle-cli.ts", "scripts/stamped-bundle.ts"];

function outdirFrom(argv) {
  const at = argv.findIndex((arg) => arg === "--output" || arg === "-o");
  if (at >= 0 && argv[at + 1]) return path.resolve(argv[at + 1]);
  const inline = argv.find((arg) => arg.startsWith("--output="));
  return path.resolve(inline ? inline.slice("--output=".length) : "cdktf.out");
}

/** Rebuilds the CLI bundle through scripts/bundle-cli.ts only when its stamp is stale (that needs tsx). */
function ensureCliBundle() {
  const stamp = `${CLI_BUNDLE}.sources`;
  const current = hashSources(ROOT, CLI_SOURCE_DIRS, CLI_SOURCE_FILES);
  if (fs.existsSync(CLI_BUNDLE) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === current) return;
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, [path.join(ROOT, "scripts", "bundle-cli.ts")], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function stackFolders(outdir) {
  const stacks = path.join(outdir, "stacks");
  if (!fs.existsSync(stacks)) return [];
  return fs.readdirSync(stacks, { withFileTypes: true }).filter((e) => e.isDirectory());
}

/** The environment `cdktf synth` gives the app. */
function appEnvironment(outdir) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("TF_VAR_")));
  if (!env.NODE_OPTIONS) env.NODE_OPTIONS = "--max-old-space-size=4096";
  const context = process.env.CDKTF_CONTEXT_JSON ? JSON.parse(process.env.CDKTF_CONTEXT_JSON) : {};
  return {
    ...env,
    CDKTF_OUTDIR: outdir,
    CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
    CDKTF_CONTEXT_JSON: JSON.stringify({ ...context, cdktfRelativeModules: [] }),
    SYNTH_HCL_OUTPUT: "false",
  };
}

/** Prints each annotation as `LEVEL [construct path]: message`; returns whether one was an error. */
function printAnnotations(stacks) {
  const levels = { "@cdktf/info": "INFO", "@cdktf/warn": "WARN", "@cdktf/error": "ERROR" };
  let error = false;
  for (const stack of stacks) {
    for (const annotation of stack.annotations ?? []) {
      error ||= annotation.level === "@cdktf/error";
      console.log(
        `${levels[annotation.level] ?? annotation.level} [${annotation.constructPath}]: ${annotation.message}`,
      );
    }
  }
  return error;
}

function main() {
  const outdir = outdirFrom(process.argv.slice(2));
  ensureCliBundle();
  const before = stackFolders(outdir);
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).app;
  const result = spawnSync(app, { cwd: ROOT, shell: true, stdio: "inherit", env: appEnvironment(outdir) });
  if (result.status !== 0) {
    console.error(`synth: the app (${app}) failed with exit code ${result.status ?? result.signal}`);
    process.exit(result.status || 1);
  }
  const manifestFile = path.join(outdir, "manifest.json");
  if (!fs.existsSync(manifestFile)) {
    console.error(`synth: the app (${app}) did not call synth(): ${manifestFile} was not written`);
    process.exit(1);
  }
  const stacks = Object.values(JSON.parse(fs.readFileSync(manifestFile, "utf8")).stacks);
  if (printAnnotations(stacks)) {
    console.error("synth: the app reported errors (above); no stacks were generated");
    process.exit(1);
  }
  const names = stacks.map((s) => s.name);
  for (const folder of before) {
    if (!names.includes(folder.name)) fs.rmSync(path.join(outdir, "stacks", folder.name), { recursive: true });
  }
  console.log(`Generated Terraform code for the stacks: ${names.join(", ")}`);
}

if (require.main === module) main();

module.exports = { CLI_SOURCE_DIRS, CLI_SOURCE_FILES };
