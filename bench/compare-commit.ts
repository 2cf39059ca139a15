/**
 * `npx tsx bench/compare-commit.ts <commit> [pairs] [rounds]`: N pairs synthesized by the code of
 * `<commit>` and by this checkout (default App, and inside withoutTokenCreationStacks()), side by
 * side in one run, rounds alternating the order: on a loaded machine only such ratios hold.
 * The commit's tree is extracted with `git archive` into a temporary directory that uses this
 * checkout's node_modules; each sample is one fresh process of its scale worker.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadAverage } from "./machine";
import { median, mb, seconds, times } from "./stats";
import type { ScaleSample } from "./synth/scale";
import { compileWorkers, type Workers } from "./workers";

const ROOT = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const [commit, pairs = "100", rounds = "3"] = process.argv.slice(2);
  if (!commit) throw new Error("usage: npx tsx bench/compare-commit.ts <commit> [pairs] [rounds]");
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "bench-commit-"));
  try {
    execFileSync("sh", ["-c", `git archive ${JSON.stringify(commit)} | tar -x -C ${JSON.stringify(tree)}`], {
      cwd: ROOT,
    });
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tree, "node_modules"));
    // The commit's own bench/workers.ts compiles its own sources.
    const { compileWorkers: compileThen } = (await import(path.join(tree, "bench", "workers.ts"))) as {
      compileWorkers: typeof compileWorkers;
    };
    const sides: Array<[string, Workers, string[]]> = [
      [`${commit}, default App`, await compileThen(tree), []],
      ["this checkout, default App", await compileWorkers(ROOT), []],
    ];
    sides.push(["this checkout, withoutTokenCreationStacks()", sides[1][1], ["--without-creation-stacks"]]);
    console.log(`load average at start: ${loadAverage()}`);
    const samples = sides.map(() => [] as ScaleSample[]);
    for (let round = 0; round < Number(rounds); round++) {
      const order = sides.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const [, workers, extra] = sides[i];
        samples[i].push((await workers.run<ScaleSample>("scale-worker", ["--pairs", pairs, ...extra])).result);
      }
    }
    const total = (i: number) => median(samples[i].map((s) => s.buildMs + s.synthMs));
    for (const [i, [label]] of sides.entries()) {
      const peak = median(samples[i].map((s) => s.peakRssBytes));
      console.log(
        `${label}: ${seconds(total(i))} in-process, peak ${mb(peak)}, ${times(total(0) / total(i))} faster than ${commit}`,
      );
    }
    console.log(`load average at end: ${loadAverage()}`);
    sides[0][1].dispose();
    sides[1][1].dispose();
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
