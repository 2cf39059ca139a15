/**
 * `npm run tf -- <terraform arguments>`: real Terraform with the offline providers, e.g.
 * `npm run synth && npm run tf -- -chdir=cdktf.out/stacks/network plan`. Commands that need it are
 * preceded by a quiet `terraform init` (about 0.1 s); the plugin installation lives in the private
 * directory (TF_DATA_DIR) and the stack's lock file is left as it was, so nothing offline stays in
 * the stack directory. Environment:
 * - OFFLINE_PROVIDER_FIXTURES: a fixture file (tools/offline-provider/README.md);
 * - OFFLINE_TF_MVE_HA_EXEC: a JSON array, the command `mve-ha` runs (default: record only).
 * Variables the stack declares and the environment does not set get offline placeholders
 * (tools/tf/placeholder-variables.ts), named on stderr.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES_ENV } from "../offline-provider/environment";
import { findTerraform, type MveHaMode, prepareOfflineTerraform, terraformBinary } from "./harness";
import { placeholderVariables } from "./placeholder-variables";

/** Subcommands that need an initialized working directory. */
const NEEDS_INIT = new Set([
  "validate",
  "plan",
  "apply",
  "destroy",
  "refresh",
  "output",
  "show",
  "state",
  "console",
  "graph",
  "import",
  "providers",
  "taint",
  "untaint",
  "test",
]);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (!findTerraform()) {
    process.stderr.write(
      `npm run tf: "${terraformBinary()}" was not found on PATH; install Terraform 1.11 or set TERRAFORM_BINARY_NAME\n`,
    );
    return 127;
  }
  const terraform = await prepareOfflineTerraform({
    fixturesFile: process.env[FIXTURES_ENV] || undefined,
    cli: mveHaMode(process.env.OFFLINE_TF_MVE_HA_EXEC),
    reuseDirName: "cli",
  });
  const chdir = args.find((arg) => arg.startsWith("-chdir="))?.slice("-chdir=".length);
  const workDir = path.resolve(chdir ?? ".");
  const subcommand = args.find((arg) => !arg.startsWith("-"));
  const placeholders = placeholderVariables(workDir, process.env);
  if (Object.keys(placeholders).length > 0) {
    const names = Object.keys(placeholders).map((key) => key.slice("TF_VAR_".length));
    process.stderr.write(`npm run tf: offline placeholder values for variables ${names.join(", ")}\n`);
    Object.assign(terraform.env, placeholders);
  }
  // Keep the offline plugin installation out of the stack directory: a real `cdktf deploy` there
  // later must not find the offline provider's .terraform or its lock file.
  const dataDir = path.join(
    terraform.privateDir,
    "data",
    createHash("sha256").update(workDir).digest("hex").slice(0, 16),
  );
  terraform.env.TF_DATA_DIR = dataDir;
  const lockFile = path.join(workDir, ".terraform.lock.hcl");
  const lockBefore = fs.existsSync(lockFile) ? fs.readFileSync(lockFile) : undefined;
  try {
    if (subcommand && NEEDS_INIT.has(subcommand)) {
      const code = await runQuiet(
        [...(chdir ? [`-chdir=${chdir}`] : []), "init", "-input=false", "-no-color"],
        terraform.env,
      );
      if (code !== 0) return code;
    }
    if (subcommand && WRITES_STATE.has(subcommand)) {
      process.stderr.write(
        "npm run tf: this writes Terraform state with offline placeholder values where the stack's backend says " +
          "(e.g. terraform.<stack>.tfstate in the project); delete it before a real deploy\n",
      );
    }
    return await runInherited(args, terraform.env);
  } finally {
    if (lockBefore === undefined) fs.rmSync(lockFile, { force: true });
    else fs.writeFileSync(lockFile, lockBefore);
  }
}

/** Subcommands that write state. */
const WRITES_STATE = new Set(["apply", "destroy", "import", "state", "taint", "untaint", "refresh"]);

/** Runs terraform, showing its output only when it fails. */
function runQuiet(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(terraformBinary(), args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}

function mveHaMode(execJson: string | undefined): MveHaMode {
  if (!execJson) return { kind: "record" };
  const command: unknown = JSON.parse(execJson);
  if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === "string")) {
    throw new Error('OFFLINE_TF_MVE_HA_EXEC must be a JSON array of strings, e.g. ["node","bin/mve-ha.js"]');
  }
  return { kind: "exec", command };
}

function runInherited(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(terraformBinary(), args, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

// Ctrl-C reaches Terraform directly (same process group); wait for it to finish cleanly.
process.on("SIGINT", () => undefined);
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm run tf: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
