/** Issue 17 item 6: `npm run bench` never reports a failed `npm test` as a timing. */
import {
  failedCommands,
  forcedWorkerExit,
  npmTestVerdicts,
  timedVerdict,
  timing,
  type NpmTestRun,
  type Timed,
} from "../../bench/sections/npm-test";

const failed: Timed = { code: 1, wallMs: 95_000, summary: ["Tests: 3 failed, 900 passed"] };
const passed: Timed = { code: 0, wallMs: 95_000, summary: [] };

test("a failed run shows no wall time, only that it failed and its exit code", () => {
  expect(timing(failed)).toBe("none: failed (exit 1)");
  expect(timing(failed)).not.toMatch(/\d+\.\d+ s/);
  expect(timing(passed)).toBe("95.00 s");
});

test("a failed run is NOT MET however fast it stopped, and its detail carries no time", () => {
  expect(timedVerdict("npm test ≤ 120 s", failed, 120_000)).toEqual({
    target: "npm test ≤ 120 s",
    outcome: "NOT MET",
    detail: "none: failed (exit 1)",
  });
  expect(timedVerdict("npm test ≤ 120 s", passed, 120_000)).toEqual({
    target: "npm test ≤ 120 s",
    outcome: "met",
    detail: "95.00 s",
  });
});

describe("the npm test section's verdicts (issue 17 item 3: ≤ 120 s and ≤ 1 GB on 2 cores)", () => {
  const run = (over: Partial<NpmTestRun>): NpmTestRun => ({
    ...passed,
    peakTreeRssBytes: 900e6,
    forcedWorkerExit: false,
    ...over,
  });

  test("met: passed within 120 s and 1 GB, exiting cleanly", () => {
    expect(npmTestVerdicts(run({})).map((v) => v.outcome)).toEqual(["met", "met", "met"]);
  });

  test("slower than 120 s, over 1 GB, or a force-exited worker: each its own NOT MET", () => {
    const outcomes = (over: Partial<NpmTestRun>) => npmTestVerdicts(run(over)).map((v) => v.outcome);
    expect(outcomes({ wallMs: 121_000 })).toEqual(["NOT MET", "met", "met"]);
    expect(outcomes({ peakTreeRssBytes: 1.1e9 })).toEqual(["met", "NOT MET", "met"]);
    expect(outcomes({ forcedWorkerExit: true })).toEqual(["met", "met", "NOT MET"]);
  });

  test("a failed run meets none of them and reports neither its time nor its memory", () => {
    const verdicts = npmTestVerdicts(run({ code: 1, wallMs: 60_000, peakTreeRssBytes: 500e6 }));
    expect(verdicts.map((v) => v.outcome)).toEqual(["NOT MET", "NOT MET", "NOT MET"]);
    for (const v of verdicts) expect(v.detail).toBe("none: failed (exit 1)");
  });

  test("a failed command makes the whole bench fail", () => {
    expect(failedCommands([run({}), run({ code: 2 })])).toEqual([{ ...run({ code: 2 }) }]);
    expect(failedCommands([run({})])).toEqual([]);
  });
});

test("jest's warning about a force-exited worker is recognised", () => {
  expect(
    forcedWorkerExit(
      "PASS x\nA worker process has failed to exit gracefully and has been force exited. This is likely caused by tests leaking",
    ),
  ).toBe(true);
  expect(forcedWorkerExit("PASS x\nTests: 3 passed")).toBe(false);
});
