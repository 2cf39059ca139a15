import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findTerraform, type TerraformRun } from "../../tools/tf/harness";

/** The terraform executable the suite runs, or undefined when none is on PATH. */
export const terraformPath = findTerraform();

/**
 * `describe` for Terraform-backed tests: without `terraform` on PATH the block is skipped with one
 * loud line; with it, the tests run (never a silent skip).
 */
export function describeWithTerraform(name: string, body: () => void): void {
  if (terraformPath) {
    describe(name, body);
    return;
  }
  // Straight to stderr: Jest drops console output of a file whose tests were all skipped.
  process.stderr.write(`\nSKIPPED: terraform not found on PATH, so "${name}" did not run (install Terraform 1.11).\n`);
  describe.skip(name, body);
}

/** Throws with Terraform's own output when the command failed. */
export function expectSuccess(run: TerraformRun, what: string): TerraformRun {
  if (run.code !== 0)
    throw new Error(`${what} exited ${run.code}\n--- stderr ---\n${run.stderr}\n--- stdout ---\n${run.stdout}`);
  return run;
}

/** A fresh scratch directory, removed by the returned function. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The fixture files under test/terraform/fixtures. */
export function fixtureFile(name: string): string {
  return path.join(__dirname, "fixtures", name);
}

/** One `mve-ha` run the harness's recording shim logged (tools/tf/mve-ha-shim.ts). */
export interface RecordedCliRun {
  readonly argv: string[];
  readonly cwd: string;
  /** Names of the MVE_HA_* / PANOS_* variables it saw, never their values. */
  readonly envNames: string[];
  /** Why the shim refused the run (an address outside loopback), when it did. */
  readonly refused?: string;
}

/** Every `mve-ha` run the shim logged to `cliLog` so far, in order (none before the first). */
export function recordedCliRuns(cliLog: string): RecordedCliRun[] {
  if (!fs.existsSync(cliLog)) return [];
  return fs
    .readFileSync(cliLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedCliRun);
}
