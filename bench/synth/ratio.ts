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
import { sharedRenderer, type RendererStats } from "../../lib/topology/renderer";
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

/** Timings of the sides, and what the bare app declares. */
export interface RatioResult {
  readonly options: Pick<RatioOptions, "warmups" | "runs" | "profileRuns" | "skipValidation">;
  readonly example: readonly SynthTime[];
  readonly bare: readonly SynthTime[];
  /** The example with `topologyDiagram: false`: the diagram's share. */
  readonly withoutDiagram: readonly SynthTime[];
  /** What the diagram renderer did during the example's timed synths. */
  readonly renderer: RendererStats;
  /** The example's output against the bare app's, after the last timed run. */
  readonly comparison: OutdirComparison;
  /** The example's Terraform JSON and manifest against those without the diagram (none expected). */
  readonly withoutDiagramDifferences: readonly string[];
  readonly declared: { readonly stacks: number; readonly resources: number; readonly dataSources: number };
  readonly profile?: { readonly example: ProfileBreakdown; readonly bare: ProfileBreakdown };
}

/** Measures the example and the bare app `options.runs` times each, after `options.warmups` warm-ups. */
export async function measureRatio(options: RatioOptions): Promise<RatioResult> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ratio-"));
  try {
    const exampleOut = path.join(scratch, "example");
    const bareOut = path.join(scratch, "bare");
    const plainOut = path.join(scratch, "without-diagram");
    const renderer = sharedRenderer();
    const example = (collectFirst = true) => {
      // Every synth draws its diagram, as a user's one synth per process does: the SVG the
      // renderer remembers from the previous synth of the same pair is forgotten (untimed).
      renderer.forget();
      return timedSynth(exampleOut, options.skipValidation, (app) => guideExample(app), collectFirst);
    };
    const withoutDiagram = (collectFirst = true) =>
      timedSynth(
        plainOut,
        options.skipValidation,
        (app) => guideExample(app, { topologyDiagram: false }),
        collectFirst,
      );
    example();
    const recipe = readBareApp(exampleOut, new ProviderSchemas(path.join(options.root, "schemas")));
    const bare = (collectFirst = true) =>
      timedSynth(bareOut, options.skipValidation, (app) => buildBareApp(app, recipe), collectFirst);

    for (let i = 0; i < options.warmups; i++) {
      example();
      bare();
      withoutDiagram();
    }
    const times = { example: [] as SynthTime[], bare: [] as SynthTime[], withoutDiagram: [] as SynthTime[] };
    const sides = [
      () => times.example.push(example()),
      () => times.bare.push(bare()),
      () => times.withoutDiagram.push(withoutDiagram()),
    ];
    const before = { ...renderer.stats };
    for (let run = 0; run < options.runs; run++) {
      // Rotate which side goes first, so drift (heat, caches, background load) hits all alike.
      for (let side = 0; side < sides.length; side++) sides[(run + side) % sides.length]();
    }
    const rendererStats = difference(renderer.stats, before);
    const comparison = compareOutdirs(exampleOut, bareOut);
    const withoutDiagramDifferences = compareOutdirs(exampleOut, plainOut).differences;
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
      renderer: rendererStats,
      comparison,
      withoutDiagramDifferences,
      declared: countDeclared(recipe),
      profile,
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function difference(after: RendererStats, before: RendererStats): RendererStats {
  return {
    workersStarted: after.workersStarted - before.workersStarted,
    rendered: after.rendered - before.rendered,
    remembered: after.remembered - before.remembered,
    blockingWaits: after.blockingWaits - before.blockingWaits,
    blockedMs: after.blockedMs - before.blockedMs,
  };
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
