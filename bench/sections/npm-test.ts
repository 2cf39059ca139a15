/**
 * Section 4: the full `npm test` (typecheck, lint, jest --maxWorkers=2), and the Terraform-backed
 * suites on their own, each timed as a child process, with the peak memory of its process tree.
 */
import { spawn } from "node:child_process";
import type { Table } from "../table";
import { runSampled } from "../process-tree";
import { mb, seconds } from "../stats";
import { verdict, type SectionResult, type Verdict } from "../verdict";

export interface Timed {
  readonly code: number | null;
  readonly wallMs: number;
  /** Jest's "Test Suites:" and "Tests:" lines. */
  readonly summary: string[];
}

/** A timed run with what issue 17 item 3 also asks of `npm test`. */
export interface NpmTestRun extends Timed {
  /** Peak resident memory of the command and all it started, summed over processes alive at once. */
  readonly peakTreeRssBytes: number;
  /** Jest printed that it had to kill a worker that did not exit (a test leaked a handle). */
  readonly forcedWorkerExit: boolean;
}

/** Issue 17 item 3's budget for `npm test` on 2 idle cores. */
export const NPM_TEST_LIMIT_MS = 120_000;
export const NPM_TEST_LIMIT_BYTES = 1e9;

/** Jest's warning when a worker had to be killed at the end of a run. */
export function forcedWorkerExit(output: string): boolean {
  return output.includes("A worker process has failed to exit gracefully");
}

/** Runs a command in `root` once and reports its wall time, exit code, peak memory and jest's summary. */
async function timed(root: string, command: string, args: string[]): Promise<NpmTestRun> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr])
    stream?.setEncoding("utf8").on("data", (c: string) => (output += c));
  const { code, wallMs, peakTreeRssBytes } = await runSampled(child);
  if (code !== 0)
    console.error(`${command} ${args.join(" ")} exited with ${code}; its last output:\n${output.slice(-3000)}`);
  const summary = ["Test Suites:", "Tests:"]
    .map((label) =>
      output
        .split("\n")
        .find((line) => line.startsWith(label))
        ?.trim(),
    )
    .filter((line): line is string => line !== undefined);
  return { code, wallMs, summary, peakTreeRssBytes, forcedWorkerExit: forcedWorkerExit(output) };
}

/**
 * The wall time of a command that passed; a failed one has no timing (a run that stopped at its
 * first failure says nothing about how long the suite takes).
 */
export function timing(run: Timed): string {
  return run.code === 0 ? seconds(run.wallMs) : `none: failed (exit ${run.code})`;
}

/** Met when the command passed within `limitMs`; a failed run is NOT MET and gives no time. */
export function timedVerdict(target: string, run: Timed, limitMs: number): Verdict {
  return verdict(target, run.code === 0 && run.wallMs < limitMs, run.code === 0 ? seconds(run.wallMs) : timing(run));
}

/** The commands of a section that failed: the bench then fails too, whatever it measured. */
export function failedCommands<T extends Timed>(runs: readonly T[]): T[] {
  return runs.filter((run) => run.code !== 0);
}

/**
 * `npm test` ≤ 120 s, ≤ 1 GB (the whole process tree) and a clean exit. A failed run meets none of
 * them and reports neither time nor memory: a run that stopped early says nothing about either.
 */
export function npmTestVerdicts(run: NpmTestRun): Verdict[] {
  const failed = run.code !== 0;
  return [
    timedVerdict(`npm test ≤ ${NPM_TEST_LIMIT_MS / 1000} s on 2 cores (issue 17)`, run, NPM_TEST_LIMIT_MS),
    verdict(
      `npm test peak memory ≤ ${mb(NPM_TEST_LIMIT_BYTES)}, all its processes together (issue 17)`,
      !failed && run.peakTreeRssBytes <= NPM_TEST_LIMIT_BYTES,
      failed ? timing(run) : mb(run.peakTreeRssBytes),
    ),
    verdict(
      'npm test exits cleanly (no "worker process has failed to exit gracefully")',
      !failed && !run.forcedWorkerExit,
      failed ? timing(run) : run.forcedWorkerExit ? "a worker was force-exited" : "clean",
    ),
  ];
}

/** The Terraform-backed suites: issue 3's (every stack under real Terraform, diagnostics, preconditions) and the end-to-end test. */
const TERRAFORM_SUITES = ["test/terraform", "test/panos/terraform-bridge.test.ts"];
const END_TO_END = ["test/e2e"];

/** Runs `npm test`, then the Terraform-backed suites alone, in `root`. */
export async function npmTest(root: string): Promise<SectionResult> {
  const all = await timed(root, "npm", ["test"]);
  const jest = (paths: string[]) => timed(root, "npx", ["jest", "--maxWorkers=2", ...paths]);
  const terraform = await jest(TERRAFORM_SUITES);
  const endToEnd = await jest(END_TO_END);
  const table: Table = {
    title: "4. npm test, and the Terraform-backed suites alone",
    header: ["Command", "wall time", "peak memory (all processes)", "exit code"],
    rows: [
      ["npm test (tsc --noEmit, eslint, prettier --check, jest --maxWorkers=2)", ...columns(all)],
      [`jest --maxWorkers=2 ${TERRAFORM_SUITES.join(" ")}`, ...columns(terraform)],
      [`jest --maxWorkers=2 ${END_TO_END.join(" ")}`, ...columns(endToEnd)],
    ],
    notes: [
      ...(all.summary.length > 0 ? all.summary.map((line) => `npm test: ${line}`) : ["(no jest summary found)"]),
      ...terraform.summary.map((line) => `Terraform-backed: ${line}`),
      ...endToEnd.summary.map((line) => `end to end: ${line}`),
    ],
  };
  return {
    tables: [table],
    verdicts: [
      ...npmTestVerdicts(all),
      timedVerdict("Terraform-backed suite < 60 s on 2 cores (issue 3)", terraform, 60_000),
    ],
    failures: failedCommands([
      { ...all, command: "npm test" },
      { ...terraform, command: "Terraform-backed suites" },
      { ...endToEnd, command: "end-to-end test" },
    ]).map((run) => `${run.command} failed (exit ${run.code})`),
  };
}

/** Wall time, peak memory and exit code; a failed run gives neither time nor memory. */
function columns(run: NpmTestRun): [string, string, string] {
  return [timing(run), run.code === 0 ? mb(run.peakTreeRssBytes) : "none: failed", `${run.code}`];
}
