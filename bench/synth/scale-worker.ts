/**
 * Measurement process: one cold synthesis of N pairs (see scale.ts), of the example or, with
 * `--bare-recipe`, of the bare app written by recipe-worker. Run by `npm run bench`, compiled.
 */
import * as fs from "node:fs";
import { buildBareApp } from "../bare/build";
import { compareOutdirs } from "../bare/compare";
import type { BareStack } from "../bare/recipe";
import { withoutTokenCreationStacks } from "../../lib/core/creation-stacks";
import { countCreationStacks } from "./creation-stacks";
import { measureFloor } from "./floor";
import { addPairs, measureScale, withOutdir } from "./scale";
import { workerCommand, writeResult } from "./worker-io";

const command = workerCommand("scale-worker", (c) =>
  c
    .requiredOption("--pairs <n>", "pairs in the app", Number)
    .option("--bare-recipe <file>", "synthesize the bare app of this recipe instead of the example")
    .option("--compare-with <outdir>", "afterwards, check the output against this outdir")
    .option("--without-creation-stacks", "build and synthesize inside withoutTokenCreationStacks()", false)
    .option("--count-creation-stacks", "count cdktf's creation stacks by owner instead of timing", false),
).parse();
const options = command.opts<{
  result: string;
  pairs: number;
  skipValidation: boolean;
  bareRecipe?: string;
  compareWith?: string;
  withoutCreationStacks: boolean;
  countCreationStacks: boolean;
}>();

void writeResult(options.result, () => {
  const recipe = options.bareRecipe
    ? (JSON.parse(fs.readFileSync(options.bareRecipe, "utf8")) as BareStack[])
    : undefined;
  return withOutdir((outdir) => {
    const build = recipe ? (app: Parameters<typeof addPairs>[0]) => buildBareApp(app, recipe) : undefined;
    const add = (app: Parameters<typeof addPairs>[0]) => (build ? build(app) : addPairs(app, options.pairs));
    if (options.countCreationStacks) {
      return countCreationStacks(() => measureScale(options.pairs, options.skipValidation, outdir, add));
    }
    const measure = () => measureScale(options.pairs, options.skipValidation, outdir, add);
    const sample = options.withoutCreationStacks ? withoutTokenCreationStacks(measure) : measure();
    const differences = options.compareWith
      ? compareOutdirs(options.compareWith, outdir).differences.length
      : undefined;
    return { ...sample, differences, floor: measureFloor(outdir) };
  });
});
