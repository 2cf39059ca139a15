/**
 * The example against a bare cdktf app declaring the same L1 resources directly: both are
 * synthesized in this process, warmed up, then timed alternately; both outputs must be the same
 * Terraform JSON, or the ratio would compare unlike things.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { buildBareApp } from "../bare/build";
import { compareOutdirs, type OutdirComparison } from "../bare/compare";
import { readBareApp, type BareStack } from "../bare/recipe";
import { ProviderSchemas } from "../bare/schema";
import { profileSynths, type ProfileBreakdown } from "./profile";
import { timedSynth, type SynthTime } from "./timed-synth";

/** Options of a ratio measurement. */
export interface RatioOptions {
  /** Project root (for `schemas/`). */
  readonly root: string;
  /** Where the compiled code runs from (to tell our code from packages in profiles). */
  readonly compiledRoot: string;
  readonly warmups: number;
  readonly runs: number;
  /** Synths of each side to profile after the timed runs (0: none). */
  readonly profileRuns: number;
  /** `new App({ skipValidation })`: skips cdktf's validations, among them one `terraform version` per terraform_data. */
  readonly skipValidation: boolean;
}

/** Timings of both sides, and what the bare app declares. */
export interface RatioResult {
  readonly options: Pick<RatioOptions, "warmups" | "runs" | "profileRuns" | "skipValidation">;
  readonly example: readonly SynthTime[];
  readonly bare: readonly SynthTime[];
  /** The example's output against the bare app's, after the last timed run. */
  readonly comparison: OutdirComparison;
  readonly declared: { readonly stacks: number; readonly resources: number; readonly dataSources: number };
  readonly profile?: { readonly example: ProfileBreakdown; readonly bare: ProfileBreakdown };
}

/** Measures the example and the bare app `options.runs` times each, after `options.warmups` warm-ups. */
export async function measureRatio(options: RatioOptions): Promise<RatioResult> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ratio-"));
  try {
    const exampleOut = path.join(scratch, "example");
    const bareOut = path.join(scratch, "bare");
    const example = (collectFirst = true) =>
      timedSynth(exampleOut, options.skipValidation, (app) => guideExample(app), collectFirst);
    example();
    const recipe = readBareApp(exampleOut, new ProviderSchemas(path.join(options.root, "schemas")));
    const bare = (collectFirst = true) =>
      timedSynth(bareOut, options.skipValidation, (app) => buildBareApp(app, recipe), collectFirst);

    for (let i = 0; i < options.warmups; i++) {
      example();
      bare();
    }
    const times = { example: [] as SynthTime[], bare: [] as SynthTime[] };
    for (let run = 0; run < options.runs; run++) {
      // Alternate which side goes first, so drift (heat, caches, background load) hits both alike.
      const exampleFirst = run % 2 === 0;
      if (exampleFirst) times.example.push(example());
      times.bare.push(bare());
      if (!exampleFirst) times.example.push(example());
    }
    const comparison = compareOutdirs(exampleOut, bareOut);
    const profile =
      options.profileRuns > 0
        ? {
            // No forced GC inside the profile: it would show up as collection work of the synth.
            example: await profileSynths(options.profileRuns, options.compiledRoot, () => example(false)),
            bare: await profileSynths(options.profileRuns, options.compiledRoot, () => bare(false)),
          }
        : undefined;
    return {
      options: {
        warmups: options.warmups,
        runs: options.runs,
        profileRuns: options.profileRuns,
        skipValidation: options.skipValidation,
      },
      ...times,
      comparison,
      declared: countDeclared(recipe),
      profile,
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function countDeclared(recipe: readonly BareStack[]): RatioResult["declared"] {
  const elements = recipe.flatMap((stack) => stack.elements);
  const remoteStates = recipe.flatMap((stack) => stack.remoteStates).length;
  return {
    stacks: recipe.length,
    resources: elements.filter((element) => element.kind === "resource").length,
    dataSources: elements.filter((element) => element.kind === "data").length + remoteStates,
  };
}
