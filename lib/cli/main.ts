/** Entry point of `mve-ha`: parses the command line, runs the command, returns its exit code. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
/* eslint-disable @typescript-eslint/no-require-imports -- the API client and the failure report load on
   first use (require(): the tsx CommonJS hook of bin/mve-ha.js does not cover import()), so that
   `mve-ha --help` reads no HTTP client or XML parser. */
import { CommanderError } from "commander";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes";
import { buildProgram } from "./program";
import type { CliContext, Tuning } from "./session";
import { Terminal, type TextSink } from "./terminal";

/** What a run reads and writes; the binary passes the process's, tests their own. */
export interface RunEnvironment {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Shorter waits for tests. */
  readonly tuning?: Partial<Tuning>;
}

/** Set by scripts/bundle-cli.ts in the bundle stacks carry, which has no package.json above it. */
declare const MVE_HA_BUNDLED_VERSION: string | undefined;

/** This package's version: the bundle's own, else from the package.json above this file (source checkout or dist). */
function packageVersion(): string {
  if (typeof MVE_HA_BUNDLED_VERSION === "string") return MVE_HA_BUNDLED_VERSION;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "cdktf-megaport-panos-ha") return pkg.version ?? "0.0.0";
  }
  return "0.0.0";
}

/** Runs `mve-ha` with `argv` (the arguments after the program name); resolves with the exit code. */
export async function run(argv: readonly string[], io: RunEnvironment): Promise<number> {
  const terminal = new Terminal(io.stdout, io.stderr);
  let tuning: Tuning | undefined;
  const context: CliContext = {
    terminal,
    env: io.env,
    // The defaults live with the API client: read them only when a command asks.
    get tuning() {
      return (tuning ??= { ...defaultTuning(), ...io.tuning });
    },
  };
  let exitCode = EXIT_OK;
  const program = buildProgram(context, (code) => (exitCode = code), packageVersion());
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; an unknown command, a bad option or a missing command is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const { reportFailure } = require("./commands/with-session") as typeof import("./commands/with-session");
    return reportFailure(error, argv.includes("--json"), context);
  }
}

function defaultTuning(): Tuning {
  const { DEFAULT_RETRY } = require("../xmlapi/client") as typeof import("../xmlapi/client");
  const { DEFAULT_POLL } = require("../xmlapi/commit") as typeof import("../xmlapi/commit");
  return { retry: DEFAULT_RETRY, poll: DEFAULT_POLL };
}

/** Runs with the process's arguments, streams and environment, and sets its exit code. */
export function main(): void {
  // A closed pipe (`mve-ha --help | head`) is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`mve-ha: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
