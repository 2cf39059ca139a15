/** Measurement process: the example against the bare app (see ratio.ts). Run by `npm run bench`, compiled. */
import * as path from "node:path";
import { workerCommand, writeResult } from "./worker-io";
import { measureRatio } from "./ratio";

const command = workerCommand("ratio-worker", (c) =>
  c
    .requiredOption("--root <dir>", "project root")
    .requiredOption("--runs <n>", "timed runs per side", Number)
    .requiredOption("--warmups <n>", "warm-up runs per side", Number)
    .option("--profile-runs <n>", "synths per side to profile afterwards", Number, 0),
).parse();
const options = command.opts<{
  result: string;
  root: string;
  runs: number;
  warmups: number;
  profileRuns: number;
  skipValidation: boolean;
}>();
void writeResult(options.result, () => measureRatio({ ...options, compiledRoot: path.resolve(__dirname, "..", "..") }));
