import { shellQuote } from "../../lib/core/shell";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { PinnedProvider } from "../bindings/providers";
import { CACHE_DIR_ENV, FIXTURES_ENV } from "../offline-provider/environment";
import { readFixtures, unknownFixtureKeys } from "../offline-provider/provider/fixtures";
import { loadProviderSchema } from "../offline-provider/schema/json-schema";
import { cliConfig, ensureMirror, WRAPPER_ENV } from "./mirror";
import { SHIM_CONFIG_ENV, type ShimConfig } from "./mve-ha-shim";
import { makePrivateDir, privateRoot } from "./private-dir";
import { type ReattachedProviders, startReattachedProviders } from "./reattach";

/**
 * Real Terraform set up to install the pinned providers from the offline mirror and start them
 * per command, or to attach to providers the session starts once (tools/tf/reattach.ts), whatever
 * the programs come from: the repository's sources bundled on demand (tools/tf/harness.ts) or the
 * packaged `mve-ha-offline` bundle (tools/tf/packaged-assets.ts). Neither may import esbuild here.
 */

/** The programs and data one offline session runs. */
export interface OfflineAssets {
  /** The providers the mirror offers; each `schemaFile` is `<schemaDir>/<name>.json`. */
  readonly providers: readonly PinnedProvider[];
  /** The directory the provider wrappers read `<name>.json` from. */
  readonly schemaDir: string;
  /** The JavaScript file node runs as the provider (`<file> --schema <schema file>`). */
  readonly providerProgram: string;
  /** The `mve-ha` shim: the JavaScript file and the arguments before the CLI's own. */
  readonly shimProgram: readonly string[];
  /** A private directory for derived data (serialized schema responses). */
  readonly cacheDir: string;
}

/** What `mve-ha` on PATH does inside the harness. */
export type MveHaMode = { kind: "record" } | { kind: "exec"; command: string[] };

/** Options for {@link prepareOfflineSession}. */
export interface OfflineTerraformOptions {
  /** JSON overrides for computed values (tools/offline-provider/README.md); absent = deterministic values only. */
  fixturesFile?: string;
  /** What `mve-ha` on PATH does. @default { kind: "record" } */
  cli?: MveHaMode;
  /**
   * How Terraform gets its providers. `per-command`: it starts them from the mirror for each
   * command (and each provider instance), as with real providers. `reattach`: the session starts
   * each provider once, on the first run(), and every run attaches to it (TF_REATTACH_PROVIDERS,
   * plaintext on loopback); dispose() stops them. @default "per-command"
   */
  providers?: "per-command" | "reattach";
  /**
   * With `providers: "per-command"`: whether Terraform talks to the provider over go-plugin AutoMTLS (as with real providers) or
   * plaintext on loopback (TF_DISABLE_PLUGIN_TLS=1), which starts each provider process about
   * 50 ms sooner. @default false
   */
  pluginTls?: boolean;
  /**
   * A stable directory name under the private root, kept across runs (the `npm run tf` CLI uses
   * one). @default - a fresh directory, removed by dispose()
   */
  reuseDirName?: string;
}

/** The result of one terraform command. */
export interface TerraformRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Real Terraform with the offline providers: from the mirror per command, or reattached. */
export interface OfflineTerraform {
  /**
   * TF_CLI_CONFIG_FILE, CHECKPOINT_DISABLE=1, TF_IN_AUTOMATION=1, the fixtures path, PATH with the
   * mve-ha shim first. run() reads it at call time, so a caller may add e.g. TF_LOG; reattached
   * providers see it as it was at the first run (they started then).
   */
  env: NodeJS.ProcessEnv;
  /** This run's directory: CLI config, mve-ha shim, logs (the mirror and bundles are shared caches beside it). */
  privateDir: string;
  /** The filesystem mirror every provider is installed from. */
  mirrorDir: string;
  /** The file the mve-ha shim appends each invocation to (JSON lines). */
  cliLog: string;
  /** Where the providers a reattach session started write their logs (per-command: Terraform's TF_LOG). */
  providerLog: string;
  /** The provider processes of a reattach session by provider address, once the first run started them. */
  providerPids(): Readonly<Record<string, number>> | undefined;
  /**
   * Runs `terraform <args>` in `cwd` without input prompts, capturing its output. A reattach
   * session's first run starts the providers with `env` as it is then.
   */
  run(cwd: string, args: string[]): Promise<TerraformRun>;
  /** Stops the providers of a reattach session; removes the private directory (unless it is a reused one). */
  dispose(): Promise<void>;
}

/** Writes the mirror, CLI config and mve-ha shim for `assets`; fast when they are cached. */
export function prepareOfflineSession(assets: OfflineAssets, options: OfflineTerraformOptions = {}): OfflineTerraform {
  const mode = options.providers ?? "per-command";
  if (mode === "reattach" && options.pluginTls) {
    throw new Error('pluginTls needs providers: "per-command" (Terraform dials reattached providers without TLS)');
  }
  const fixturesFile = options.fixturesFile && path.resolve(options.fixturesFile);
  if (fixturesFile) checkFixtures(fixturesFile, assets.providers);

  const root = privateRoot();
  const mirrorDir = ensureMirror(path.join(root, "mirror"), assets.providers);
  const privateDir = options.reuseDirName ? path.join(root, options.reuseDirName) : makePrivateDir("run");
  const binDir = path.join(privateDir, "bin");
  fs.mkdirSync(binDir, { recursive: true, mode: 0o700 });

  const configFile = path.join(privateDir, "terraform.tfrc");
  fs.writeFileSync(configFile, cliConfig(mirrorDir, assets.providers));
  const cliLog = path.join(privateDir, "mve-ha.log.jsonl");
  const shimConfig: ShimConfig = {
    mode: options.cli?.kind ?? "record",
    log: cliLog,
    ...(options.cli?.kind === "exec" ? { command: options.cli.command } : {}),
  };
  const shimConfigFile = path.join(privateDir, "mve-ha-shim.json");
  fs.writeFileSync(shimConfigFile, JSON.stringify(shimConfig, null, 2));
  const shim = [process.execPath, ...assets.shimProgram].map(shellQuote).join(" ");
  fs.writeFileSync(
    path.join(binDir, "mve-ha"),
    `#!/bin/sh\n${SHIM_CONFIG_ENV}=${shellQuote(shimConfigFile)} exec ${shim} "$@"\n`,
    { mode: 0o755 },
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: configFile,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    // Stacks carry their own CLI (run with node, not the shim on PATH): keep it on loopback too.
    MVE_HA_LOOPBACK_ONLY: "1",
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}`,
    [WRAPPER_ENV.node]: process.execPath,
    [WRAPPER_ENV.bundle]: assets.providerProgram,
    [WRAPPER_ENV.schemaDir]: assets.schemaDir,
    [CACHE_DIR_ENV]: assets.cacheDir,
  };
  // A plugin cache, a provider to reattach to or a fixture file from the caller's shell would
  // bypass what this run set up.
  delete env.TF_PLUGIN_CACHE_DIR;
  delete env.TF_REATTACH_PROVIDERS;
  delete env[FIXTURES_ENV];
  if (fixturesFile) env[FIXTURES_ENV] = fixturesFile;
  delete env.TF_DISABLE_PLUGIN_TLS;
  if (!options.pluginTls) env.TF_DISABLE_PLUGIN_TLS = "1";

  const providerLog = path.join(privateDir, "providers.log");
  let providers: Promise<ReattachedProviders> | undefined;
  let started: ReattachedProviders | undefined;
  const reattach = async (): Promise<NodeJS.ProcessEnv> => {
    if (mode !== "reattach") return {};
    providers ??= startReattachedProviders(assets, env, providerLog).then((running) => (started = running));
    return { TF_REATTACH_PROVIDERS: (await providers).reattach };
  };

  return {
    env,
    privateDir,
    mirrorDir,
    cliLog,
    providerLog,
    providerPids: () => started?.pids,
    run: async (cwd, args) => runTerraform(cwd, args, { ...env, TF_INPUT: "0", ...(await reattach()) }),
    dispose: async () => {
      await providers?.then(
        (running) => running.stop(),
        () => undefined,
      );
      if (!options.reuseDirName) fs.rmSync(privateDir, { recursive: true, force: true });
    },
  };
}

/** The terraform executable to run: TERRAFORM_BINARY_NAME (as cdktf reads it) or `terraform`. */
export function terraformBinary(): string {
  return process.env.TERRAFORM_BINARY_NAME || "terraform";
}

/** The absolute path of the terraform executable on PATH, or undefined when there is none. */
export function findTerraform(): string | undefined {
  const binary = terraformBinary();
  const candidates = binary.includes(path.sep)
    ? [binary]
    : (process.env.PATH ?? "")
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, binary));
  return candidates.find((candidate) => {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

function runTerraform(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<TerraformRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(terraformBinary(), args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        ms: Math.round(performance.now() - started),
      }),
    );
  });
}

/** Fails early, naming the file, when the fixtures are malformed or name a type no provider has. */
function checkFixtures(file: string, providers: readonly PinnedProvider[]): void {
  const schemas = providers.map((provider) => loadProviderSchema(provider.schemaFile).schema);
  const unknown = unknownFixtureKeys(readFixtures(file), schemas);
  if (unknown.length > 0) {
    const keys = unknown.map((key) => `"${key}"`).join(", ");
    throw new Error(
      `fixture file ${file}: ${keys} name no resource type (or data.<type> data source) of the pinned providers`,
    );
  }
}
