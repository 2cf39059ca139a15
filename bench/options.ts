/** The command line of `npm run bench` (after `--`). */
import { Command, InvalidArgumentError } from "commander";

/** What to measure and how often. */
export interface BenchOptions {
  /** Timed synths per side for the ratio. */
  readonly runs: number;
  /** Untimed warm-up synths per side before them. */
  readonly warmups: number;
  /** Synths per side profiled to split the time by owner (0: no profile). */
  readonly profileRuns: number;
  /** Pair counts of the scale section. */
  readonly sizes: readonly number[];
  /** Fresh processes per pair count, at most. */
  readonly scaleRuns: number;
  /** Seconds after which a pair count gets no further process. */
  readonly scaleBudget: number;
  /** Full offline Terraform passes (medians per command). */
  readonly terraformRuns: number;
  readonly skipTerraform: boolean;
  readonly skipTests: boolean;
  /** Processes per command of the user-facing section (npm run synth, mve-ha start, verify). */
  readonly userRuns: number;
  readonly skipUser: boolean;
  /** File whose generated block receives the results (BENCHMARKS.md), or none. */
  readonly report?: string;
}

/** Parses `argv` (process.argv). */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const command = new Command("npm run bench --")
    .description("Measures synthesis, scale, offline Terraform and npm test on this machine and prints a table.")
    .option("--runs <n>", "timed synths per side for the example/bare ratio", positive, 10)
    .option("--warmups <n>", "warm-up synths per side before the timed ones", positive, 3)
    .option("--profile-runs <n>", "synths per side profiled to split time by owner (0: none)", natural, 3)
    .option("--sizes <list>", "pair counts for the scale section", sizes, [1, 10, 50, 100])
    .option("--scale-runs <n>", "fresh processes per pair count, at most", positive, 3)
    .option(
      "--scale-budget <seconds>",
      "no further process for a pair count once its runs took this long",
      positive,
      60,
    )
    .option("--terraform-runs <n>", "offline Terraform passes (median per command)", positive, 3)
    .option("--skip-terraform", "skip the offline Terraform section", false)
    .option("--user-runs <n>", "processes per command of the user-facing section (median)", positive, 5)
    .option("--skip-user", "skip the user-facing section (npm run synth, mve-ha start, verify)", false)
    .option("--skip-tests", "skip timing npm test and the Terraform-backed suites (about three minutes)", false)
    .option("--report [file]", "write the results into the generated block of this file", undefined)
    .parse(argv);
  const options = command.opts<Omit<BenchOptions, "report"> & { report?: string | true }>();
  return { ...options, report: options.report === true ? "BENCHMARKS.md" : options.report };
}

function natural(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

function positive(value: string): number {
  const n = natural(value);
  if (n === 0) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
}

function sizes(value: string): number[] {
  return value.split(",").map((part) => positive(part.trim()));
}
