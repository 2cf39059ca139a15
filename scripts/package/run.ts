/** Running commands for the package checks: output goes to our stdout/stderr, a failure throws. */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Runs `command args` in `cwd`, inheriting stdio; throws naming the command when it fails. */
export function run(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`$ (${path.basename(cwd)}) ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd} (exit ${result.status})`);
}

/** Runs a command and returns its stdout, stderr and exit status (never throws on exit status). */
export function capture(
  cwd: string,
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: result.status, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
}

/** A fresh private directory under the system temp directory, outside the repository. */
export function temporaryDirectory(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
}

/** Seconds since `start` (from `Date.now()`), for the closing timing line. */
export function secondsSince(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}

/** Throws `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The repository root (this file lives in scripts/package/). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");
