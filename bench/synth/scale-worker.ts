/**
 * Measurement process: one cold synthesis of N pairs (see scale.ts), of the example or, with
 * `--bare-recipe`, of the bare app written by recipe-worker. Run by `npm run bench`, compiled.
 */
import * as fs from "node:fs";
import { buildBareApp } from "../bare/build";
import { compareOutdirs } from "../bare/compare";
import type { BareStack } from "../bare/recipe";
import { addPairs, measureScale, withOutdir } from "./scale";
import { workerCommand, writeResult } from "./worker-io";

const command = workerCommand("scale-worker", (c) =>
  c
    .requiredOption("--pairs <n>", "pairs in the app", Number)
    .option("--bare-recipe <file>", "synthesize the bare app of this recipe instead of the example")
    .option("--compare-with <outdir>", "afterwards, check the output against this outdir"),
).parse();
const options = command.opts<{
  result: string;
  pairs: number;
  skipValidation: boolean;
  bareRecipe?: string;
  compareWith?: string;
}>();

void writeResult(options.result, () => {
  const recipe = options.bareRecipe
    ? (JSON.parse(fs.readFileSync(options.bareRecipe, "utf8")) as BareStack[])
    : undefined;
  return withOutdir((outdir) => {
    const build = recipe ? (app: Parameters<typeof addPairs>[0]) => buildBareApp(app, recipe) : undefined;
    const sample = measureScale(options.pairs, options.skipValidation, outdir, (app) =>
      build ? build(app) : addPairs(app, options.pairs),
    );
    const differences = options.compareWith
      ? compareOutdirs(options.compareWith, outdir).differences.length
      : undefined;
    return { ...sample, differences };
  });
});
