/**
 * `npm run fuzz -- --cases 10000 --seed 7 [--synth-every 10] [--case N]`: the long props fuzz run.
 * Exits 1 when any case is a bug (each printed with the command that reproduces it).
 */
import { ensureCliBundle } from "../../scripts/bundle-cli";
import { formatSummary, runFuzz } from "./props-fuzzer";

// Every synthesized pair carries the bundled CLI: build it first when a source changed.
ensureCliBundle();

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

const only = option("case", -1);
const summary = runFuzz({
  seed: option("seed", 1),
  cases: only >= 0 ? 1 : option("cases", 1000),
  first: only >= 0 ? only : 0,
  synthEvery: only >= 0 ? 1 : option("synth-every", 10),
});
process.stdout.write(`${formatSummary(summary)}\n`);
process.exitCode = summary.bugs.length > 0 ? 1 : 0;
