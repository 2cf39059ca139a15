/** Issue 17 item 6: `npm run bench` never reports a failed `npm test` as a timing. */
import { timedVerdict, timing, type Timed } from "../../bench/sections/npm-test";

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
