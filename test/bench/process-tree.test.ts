/**
 * Issue 17 item 3: `npm test` ≤ 1 GB peak. The bench measures the peak of the whole process tree
 * (npm, tsc, eslint, jest and its workers at once), not only of the largest process, so two
 * processes of 64 MB each count as 128 MB. Measured memory, not time (and kept small: this test
 * runs inside the `npm test` it measures).
 */
import { spawn } from "node:child_process";
import { runSampled } from "../../bench/process-tree";

/** A Node.js program that holds 64 MB of touched memory until its stdin closes. */
const HOLDER = `const b = Buffer.alloc(64e6, 1); process.stdout.write("held\\n"); process.stdin.resume(); process.stdin.on("end", () => process.exit(b[0] - 1));`;

/** Starts two holders, prints "both" once both hold their memory, and lets them go when its stdin closes. */
const PARENT = `
  const { spawn } = require("node:child_process");
  const kids = [0, 1].map(() => spawn(process.execPath, ["-e", ${JSON.stringify(HOLDER)}], { stdio: ["pipe", "pipe", "inherit"] }));
  let held = 0;
  for (const kid of kids) kid.stdout.on("data", () => ++held === kids.length && process.stdout.write("both\\n"));
  process.stdin.resume();
  process.stdin.on("end", () => kids.forEach((k) => k.stdin.end()));`;

test("the peak of a process tree counts every process alive at the same time", async () => {
  const parent = spawn(process.execPath, ["-e", PARENT], { stdio: ["pipe", "pipe", "inherit"] });
  let holding = false;
  parent.stdout.on("data", () => (holding = true));
  // Release the holders once the sampler has seen them holding twice: no wait on the clock.
  let samplesWhileHolding = 0;
  const run = await runSampled(parent, () => {
    if (holding && ++samplesWhileHolding === 2) parent.stdin.end();
  });
  expect(run.code).toBe(0);
  expect(run.peakTreeRssBytes).toBeGreaterThan(2 * 64e6);
  // The largest single process held one holder's share: the other holder's is on top of it.
  expect(run.peakProcessRssBytes).toBeGreaterThan(64e6);
  expect(run.peakProcessRssBytes).toBeLessThan(run.peakTreeRssBytes - 64e6);
});

test("a failing command reports its exit code", async () => {
  const run = await runSampled(spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" }));
  expect(run.code).toBe(3);
});
