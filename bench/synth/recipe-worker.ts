/**
 * Helper process of the scale section: synthesizes N pairs into `--outdir` and writes the bare
 * app's recipe for them to `--recipe`, so that a fresh process can synthesize the bare app alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readBareApp } from "../bare/recipe";
import { ProviderSchemas } from "../bare/schema";
import { addPairs } from "./scale";
import { timedSynth } from "./timed-synth";
import { workerCommand, writeResult } from "./worker-io";

const command = workerCommand("recipe-worker", (c) =>
  c
    .requiredOption("--root <dir>", "project root")
    .requiredOption("--pairs <n>", "pairs in the app", Number)
    .requiredOption("--outdir <dir>", "where to synthesize the example (kept for comparison)")
    .requiredOption("--recipe <file>", "where to write the recipe JSON"),
).parse();
const options = command.opts<{ result: string; root: string; pairs: number; outdir: string; recipe: string }>();

void writeResult(options.result, () => {
  timedSynth(options.outdir, true, (app) => addPairs(app, options.pairs));
  const recipe = readBareApp(options.outdir, new ProviderSchemas(path.join(options.root, "schemas")));
  fs.writeFileSync(options.recipe, JSON.stringify(recipe));
  return { stacks: recipe.length };
});
