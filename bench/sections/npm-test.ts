/**
 * Section 4: the full `npm test` (typecheck, lint, jest --maxWorkers=2), and the Terraform-backed
 * suites on their own, each timed as a child process.
 */
import { spawn } from "node:child_process";
import type { Table } from "../table";
import { seconds } from "../stats";
import { verdict, type SectionResult, type Verdict } from "../verdict";

export interface Timed {
  readonly code: number | null;
  readonly wallMs: number;
  /** Jest's "Test Suites:" and "Tests:" lines. */
  readonly summary: string[];
}

/** Runs a command in `root` once and reports its wall time, exit code and jest's summary. */
async function timed(root: string, command: string, args: string[]): Promise<Timed> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding("utf8").on("data", (c: string) => (output += c));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  const wallMs = performance.now() - started;
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
  return { code, wallMs, summary };
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
    header: ["Command", "wall time", "exit code"],
    rows: [
      ["npm test (tsc --noEmit, eslint, prettier --check, jest --maxWorkers=2)", timing(all), `${all.code}`],
      [`jest --maxWorkers=2 ${TERRAFORM_SUITES.join(" ")}`, timing(terraform), `${terraform.code}`],
      [`jest --maxWorkers=2 ${END_TO_END.join(" ")}`, timing(endToEnd), `${endToEnd.code}`],
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
      timedVerdict("full npm test time (well under 5 minutes)", all, 300_000),
      timedVerdict("Terraform-backed suite < 60 s on 2 cores (issue 3)", terraform, 60_000),
    ],
  };
}
