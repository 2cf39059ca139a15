/**
 * `npm run bench`: measures, in one run on this machine, synthesis of the example against a bare
 * cdktf app, N pairs in one app, what a user waits for (npm run synth, mve-ha start, verify),
 * offline Terraform per stack and the full `npm test`, then prints
 * the tables and a verdict per target. `npm run bench -- --help` lists the options; `--report`
 * writes the results into BENCHMARKS.md.
 */
import * as path from "node:path";
import { describeMachine, loadAverage } from "./machine";
import { parseOptions } from "./options";
import { writeReport } from "./report";
import { npmTest } from "./sections/npm-test";
import { offlineCommand } from "./sections/offline-command";
import { offlineTerraform } from "./sections/offline-terraform";
import { scale } from "./sections/scale";
import { synthesisRatio } from "./sections/synthesis-ratio";
import { userFacing } from "./sections/user-facing";
import { renderText, type Table } from "./table";
import type { SectionResult, Verdict } from "./verdict";
import { compileWorkers } from "./workers";

const ROOT = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const started = performance.now();
  const machine = describeMachine();
  console.log(machine.map(([label, value]) => `${label}: ${value}`).join("\n"));
  const results: SectionResult[] = [];
  const show = (result: SectionResult) => {
    results.push(result);
    for (const table of result.tables) console.log(`\n${renderText(table)}`);
  };

  const workers = await compileWorkers(ROOT);
  try {
    progress("synthesis: example vs bare app");
    show(await synthesisRatio(workers, ROOT, options));
    progress(`scale: ${options.sizes.join(", ")} pairs`);
    show(await scale(workers, ROOT, options));
    if (!options.skipUser) {
      progress(`user-facing synth, mve-ha start and verify, ${options.userRuns} runs each`);
      show(await userFacing(workers, ROOT, options.userRuns));
    }
  } finally {
    workers.dispose();
  }
  if (!options.skipTerraform) {
    progress(`offline Terraform, ${options.terraformRuns} pass(es)`);
    show(await offlineTerraform(options));
    progress("the packaged mve-ha-offline command");
    show(await offlineCommand());
  }
  if (!options.skipTests) {
    progress("npm test");
    show(await npmTest(ROOT));
  }

  machine.push(["load average at end (1/5/15 min)", loadAverage()]);
  console.log(`\nload average at end (1/5/15 min): ${loadAverage()}`);
  const verdicts = results.flatMap((result) => result.verdicts);
  console.log(`\n${renderText(verdictTable(verdicts))}`);
  if (options.report) {
    const command = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
    const tables = results.flatMap((result) => result.tables);
    await writeReport(path.resolve(ROOT, options.report), {
      command,
      machine,
      durationMs: performance.now() - started,
      tables,
      verdicts,
    });
    console.log(`\nWrote the results into ${options.report}.`);
  }
  // A failed command is a failed bench, not a measurement: say so and exit non-zero.
  const failures = results.flatMap((result) => result.failures ?? []);
  if (failures.length > 0) {
    console.error(`\nFAILED: ${failures.join("; ")}`);
    process.exitCode = 1;
  }
}

function verdictTable(verdicts: readonly Verdict[]): Table {
  return {
    title: "Verdicts",
    header: ["Target", "Outcome", "Measured"],
    rows: verdicts.map((v) => [v.target, v.outcome, v.detail]),
  };
}

function progress(what: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${what} …`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
