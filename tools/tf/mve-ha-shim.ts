/**
 * The `mve-ha` the harness puts first on PATH, so `local-exec` provisioners in the stacks never
 * reach a real firewall. Every invocation must carry `--host` inside 127.0.0.0/8, or it is refused
 * (exit 2, one line on stderr). Each invocation is appended to the log as one JSON line
 * `{argv, cwd, envNames}` (only the names of MVE_HA_* / PANOS_* variables, never values), plus
 * `refused` when refused. Mode `record` then exits 0; mode `exec` runs the configured command
 * with the same arguments and exits with its status.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { isLoopbackAddress } from "../../lib/cli/loopback-guard";

/** The shim's configuration file (JSON), named by SHIM_CONFIG_ENV. */
export interface ShimConfig {
  readonly mode: "record" | "exec";
  /** The JSON-lines log every invocation is appended to. */
  readonly log: string;
  /** Mode `exec`: the program and its leading arguments. */
  readonly command?: readonly string[];
}

/** The environment variable naming the shim's configuration file. */
export const SHIM_CONFIG_ENV = "OFFLINE_TF_MVE_HA_CONFIG";

/** Why `argv` must not run here (no loopback `--host`), or undefined when it may. */
export function refusal(argv: readonly string[]): string | undefined {
  const hosts: string[] = [];
  argv.forEach((argument, index) => {
    if (argument === "--host") hosts.push(argv[index + 1] ?? "");
    else if (argument.startsWith("--host=")) hosts.push(argument.slice("--host=".length));
  });
  if (hosts.length === 0) return "no --host given, so the target cannot be checked";
  // Dotted-quad IPv4 in 127.0.0.0/8 only: names such as `localhost` resolve elsewhere than they seem.
  const outside = hosts.find((host) => !isLoopbackAddress(host));
  return outside === undefined ? undefined : `--host "${outside}" is outside 127.0.0.0/8`;
}

/** Runs the shim for one `mve-ha` invocation with arguments `argv`; returns the exit status. */
export function main(argv: readonly string[] = process.argv.slice(2)): number {
  const configFile = process.env[SHIM_CONFIG_ENV];
  if (!configFile) {
    process.stderr.write(`mve-ha (offline harness shim): ${SHIM_CONFIG_ENV} is not set\n`);
    return 2;
  }
  const config = JSON.parse(fs.readFileSync(configFile, "utf8")) as ShimConfig;
  const refused = refusal(argv);
  const envNames = Object.keys(process.env)
    .filter((name) => name.startsWith("MVE_HA_") || name.startsWith("PANOS_"))
    .sort();
  fs.appendFileSync(
    config.log,
    `${JSON.stringify({ argv, cwd: process.cwd(), envNames, ...(refused ? { refused } : {}) })}\n`,
  );
  if (refused) {
    process.stderr.write(
      `mve-ha (offline harness shim): REFUSED: ${refused}; only loopback targets may be used here\n`,
    );
    return 2;
  }
  if (config.mode === "record") {
    process.stderr.write(
      `mve-ha (offline harness shim): recorded "${argv[0] ?? ""}" (record mode: nothing was sent)\n`,
    );
    return 0;
  }
  const [program, ...leading] = config.command ?? [];
  // The real CLI refuses non-loopback hosts itself too when MVE_HA_LOOPBACK_ONLY is set.
  const result = spawnSync(program, [...leading, ...argv], {
    stdio: "inherit",
    env: { ...process.env, MVE_HA_LOOPBACK_ONLY: "1" },
  });
  if (result.error) {
    process.stderr.write(`mve-ha (offline harness shim): cannot run ${program}: ${result.error.message}\n`);
    return 2;
  }
  return result.status ?? 1;
}
