/**
 * The offline Terraform command: `mve-ha-offline` from the package, `npm run tf` in this
 * repository. Checks the command line, the environment and the stack directory, then runs real
 * Terraform with the offline providers. Commands that need it are preceded by a quiet
 * `terraform init` (about 0.1 s) whose data lives in the private directory (TF_DATA_DIR); the
 * stack's lock file is left as it was, so nothing offline stays in the stack directory. The
 * command starts each provider the stack needs once and Terraform attaches to it
 * (tools/tf/command-providers.ts); with `--no-reattach`, Terraform starts them itself from the
 * offline mirror for every command and instance, over AutoMTLS, as it starts real providers.
 * Environment: OFFLINE_PROVIDER_FIXTURES (a fixture file; --fixture wins), OFFLINE_TF_MVE_HA_EXEC
 * (a JSON array, the command `mve-ha` on PATH runs; default: record only).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES_ENV } from "../offline-provider/environment";
import { type CommandProviders, startCommandProviders } from "./command-providers";
import { chdirArgument, OfflineUsageError, parseCommandLine, subcommandOf, usage } from "./command-line";
import {
  foreignProviders,
  OfflineRefusedError,
  refuseIfAny,
  refusedArguments,
  refusedEnvironment,
} from "./offline-guards";
import {
  findTerraform,
  type MveHaMode,
  type OfflineAssets,
  prepareOfflineSession,
  terraformBinary,
} from "./offline-session";
import { placeholderVariables } from "./placeholder-variables";
import { checkStackDirectory } from "./stack-check";
import { TerraformChild } from "./terraform-child";

/** Who runs the command and where its programs come from. */
export interface OfflineCommandSetup {
  /** The name messages start with: `mve-ha-offline` or `npm run tf`. */
  readonly name: string;
  readonly assets: () => Promise<OfflineAssets>;
}

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

/**
 * Subcommands that need an initialized directory but no provider: the command starts none for
 * them; their quiet `init` installs the providers from the mirror, as for `--no-reattach`, so
 * Terraform can still start one itself should it need it.
 */
const NO_PROVIDERS = new Set(["output", "taint", "untaint"]);

/** Subcommands that write state. */
const WRITES_STATE = new Set(["apply", "destroy", "import", "state", "taint", "untaint", "refresh"]);

/** Runs the command with `argv` (without node and the script) from `cwd`; returns the exit status. */
export async function runOfflineCommand(
  argv: readonly string[],
  setup: OfflineCommandSetup,
  cwd: string = process.cwd(),
): Promise<number> {
  const say = (line: string) => process.stderr.write(`${setup.name}: ${line}\n`);
  try {
    return await offlineTerraform(argv, setup, cwd, say);
  } catch (error) {
    if (error instanceof OfflineUsageError) {
      say(error.message);
      process.stderr.write(usage(setup.name));
      return 2;
    }
    const message = (error as Error).message;
    say(error instanceof OfflineRefusedError ? `REFUSED: ${message}` : message);
    return 1;
  }
}

async function offlineTerraform(
  argv: readonly string[],
  setup: OfflineCommandSetup,
  cwd: string,
  say: (line: string) => void,
): Promise<number> {
  const commandLine = parseCommandLine(argv);
  if (commandLine.help) {
    process.stdout.write(usage(setup.name));
    return 0;
  }
  const args = [...commandLine.terraformArgs];
  const subcommand = subcommandOf(args);
  if (!subcommand) throw new OfflineUsageError("no Terraform subcommand given (e.g. -- -chdir=STACK_DIR plan)");
  refuseIfAny([...refusedArguments(args, "the command line"), ...refusedEnvironment(process.env)]);
  if (!findTerraform()) {
    say(`"${terraformBinary()}" was not found on PATH; install Terraform 1.11 or set TERRAFORM_BINARY_NAME`);
    return 127;
  }

  const assets = await setup.assets();
  const chdir = chdirArgument(args);
  // Terraform would resolve a relative -chdir against its own working directory; ours is the caller's.
  const workDir = path.resolve(cwd, chdir ?? ".");
  if (NEEDS_INIT.has(subcommand) || subcommand === "init") checkStackDirectory(workDir, chdir ?? ".", assets.providers);
  if (chdir !== undefined) args[args.indexOf(`-chdir=${chdir}`)] = `-chdir=${workDir}`;
  const fixture = commandLine.fixture ?? (process.env[FIXTURES_ENV] || undefined);
  const fixturesFile = fixture && path.resolve(cwd, fixture);
  if (fixturesFile && !fs.statSync(fixturesFile, { throwIfNoEntry: false })?.isFile()) {
    throw new Error(`fixture file ${fixture} does not exist (looked for ${fixturesFile})`);
  }

  const terraform = prepareOfflineSession(assets, {
    fixturesFile,
    cli: mveHaMode(process.env.OFFLINE_TF_MVE_HA_EXEC),
    reuseDirName: "cli",
    // Without reattaching, Terraform starts the providers as it starts real ones: AutoMTLS.
    pluginTls: !commandLine.reattach,
  });
  const placeholders = placeholderVariables(workDir, process.env);
  if (Object.keys(placeholders).length > 0) {
    const names = Object.keys(placeholders).map((key) => key.slice("TF_VAR_".length));
    say(`offline placeholder values for variables ${names.join(", ")}`);
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
  const offlineProvidersOnly = () =>
    refuseIfAny(foreignProviders(dataDir).map((file) => `${file} in ${dataDir} is not an offline provider`));
  const child = new TerraformChild();
  let providers: CommandProviders | undefined;
  try {
    if (commandLine.reattach && NEEDS_INIT.has(subcommand) && !NO_PROVIDERS.has(subcommand)) {
      providers = await startCommandProviders({
        assets,
        stackDir: workDir,
        env: terraform.env,
        cwd,
        privateDir: terraform.privateDir,
      });
      // init and the command attach to the same processes: init installs only what is not among them.
      Object.assign(terraform.env, providers.env);
    }
    if (NEEDS_INIT.has(subcommand)) {
      const code = await child.quiet([`-chdir=${workDir}`, "init", "-input=false", "-no-color"], terraform.env);
      if (code !== 0) return code;
      offlineProvidersOnly();
    }
    if (WRITES_STATE.has(subcommand)) {
      say(
        "this writes Terraform state with offline placeholder values where the stack's backend says " +
          "(e.g. terraform.<stack>.tfstate in the project); delete it before a real deploy",
      );
    }
    const code = await child.inherited(args, terraform.env);
    if (subcommand === "init") offlineProvidersOnly();
    return code;
  } finally {
    await providers?.stop();
    child.dispose();
    if (lockBefore === undefined) fs.rmSync(lockFile, { force: true });
    else fs.writeFileSync(lockFile, lockBefore);
  }
}

function mveHaMode(execJson: string | undefined): MveHaMode {
  if (!execJson) return { kind: "record" };
  const command: unknown = JSON.parse(execJson);
  if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === "string")) {
    throw new Error('OFFLINE_TF_MVE_HA_EXEC must be a JSON array of strings, e.g. ["node","bin/mve-ha.js"]');
  }
  return { kind: "exec", command };
}
