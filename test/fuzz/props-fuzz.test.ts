/**
 * The bounded props fuzz run of `npm test` (issue 9, "How to prove it"): every case is a synth
 * whose values are all valid, or a ValidationError naming a prop the oracle blames. The long run
 * is `npm run fuzz -- --cases 10000 --seed N`.
 */
import { formatSummary, runCase, runFuzz } from "./props-fuzzer";

describe("props fuzzer", () => {
  test("300 seeded cases: no crash, no silent invalid synth, no valid props refused", () => {
    const summary = runFuzz({ seed: 20261203, cases: 300, synthEvery: 8 });
    if (summary.bugs.length > 0) throw new Error(formatSummary(summary));
    // The run must exercise both outcomes, or it proves nothing.
    expect(summary.validationErrors).toBeGreaterThan(100);
    expect(summary.validSynths + summary.validBuilt).toBeGreaterThan(10);
    expect(summary.validSynths).toBeGreaterThan(0);
  });

  test("a case is reproducible from its seed and number", () => {
    expect(runCase(7, 42, false)).toEqual(runCase(7, 42, false));
  });
});
