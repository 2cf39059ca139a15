/**
 * Section 2: synthesis time and peak memory for N pairs in one app, and how they grow; the floor
 * (serializing and writing the same JSON alone); and (2c) cdktf's token creation stacks per pair
 * by owner, a count that does not depend on the machine's load.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BenchOptions } from "../options";
import { mb, median, ms, seconds, times } from "../stats";
import type { CreationStackCount } from "../synth/creation-stacks";
import type { Floor } from "../synth/floor";
import type { ScaleSample } from "../synth/scale";
import type { Table } from "../table";
import { verdict, type SectionResult, type Verdict } from "../verdict";
import type { Workers } from "../workers";

const TARGET_PAIRS = 100;
const TARGET_MS = 5000;
/** Issue 17: 100 pairs in < 5 s and < 300 MB peak. */
const TARGET_BYTES = 300e6;
/** Growth counts as linear while doubling the pairs at most doubles the cost times 2^0.1 (exponent ≤ 1.1). */
const LINEAR_EXPONENT = 1.1;

/** The median sample of one pair count. */
interface SizeResult {
  readonly pairs: number;
  readonly samples: number;
  readonly totalMs: number;
  readonly buildMs: number;
  readonly synthMs: number;
  readonly wallMs: number;
  readonly peakRssBytes: number;
  /** Peak RSS above the RSS before the app was built. */
  readonly addedRssBytes: number;
  /** Live heap above the heap before the app was built. */
  readonly addedHeapBytes: number;
  /** Serializing and writing the same stacks' JSON alone (medians). */
  readonly floorSerializeMs: number;
  readonly floorWriteMs: number;
}

/** What is synthesized: the example (default App, skipValidation, or the creation-stack opt-in), or the bare app. */
interface Variant {
  readonly label: string;
  readonly skipValidation: boolean;
  readonly bare: boolean;
  /** Inside withoutTokenCreationStacks() (lib/core/creation-stacks.ts). */
  readonly withoutCreationStacks?: boolean;
}

const VARIANTS: readonly Variant[] = [
  { label: "example, default App (validation on)", skipValidation: false, bare: false },
  {
    label: "example, default App, withoutTokenCreationStacks()",
    skipValidation: false,
    bare: false,
    withoutCreationStacks: true,
  },
  { label: "example, App({ skipValidation: true })", skipValidation: true, bare: false },
  { label: "bare app (bindings only), App({ skipValidation: true })", skipValidation: true, bare: true },
];

/** Measures every size in fresh processes, for each variant; the targets apply to the example. */
export async function scale(workers: Workers, root: string, options: BenchOptions): Promise<SectionResult> {
  const tables: Table[] = [];
  const verdicts: Verdict[] = [];
  for (const variant of VARIANTS) {
    const sizes: SizeResult[] = [];
    for (const pairs of options.sizes) sizes.push(await measureSize(workers, root, pairs, variant, options));
    tables.push(sizeTable(variant, sizes, options, tables.length === 0));
    const growth = growthOf(sizes);
    if (growth) tables.push(growth.table(variant.label));
    if (!variant.bare && !variant.skipValidation) verdicts.push(...verdictsOf(variant.label, sizes, growth));
  }
  tables.push(await creationStackTable(workers));
  return { tables, verdicts };
}

/** 2c: cdktf's creation stacks while building and synthesizing one pair, by who caused them. */
async function creationStackTable(workers: Workers): Promise<Table> {
  const { result } = await workers.run<CreationStackCount>("scale-worker", ["--pairs", "1", "--count-creation-stacks"]);
  const rows = Object.entries(result.byOwner).map(([owner, count]) => [owner, `${count}`, share(count, result.total)]);
  return {
    title: "2c. Token creation stacks cdktf captures for one pair (build + synth), by owner",
    header: ["Owner (first frame of ours)", "stacks", "share"],
    rows: [
      ...rows,
      ["total", `${result.total}`, `${(result.frames / Math.max(1, result.total)).toFixed(1)} frames each`],
    ],
    notes: [
      "A count, independent of the machine's load. binding = a generated binding of .gen/ created the token " +
        "(before issue 17 its nested output references were created eagerly: 1,719 stacks per pair, 32.7 frames each).",
    ],
  };
}

function share(part: number, total: number): string {
  return `${((100 * part) / Math.max(1, total)).toFixed(1)} %`;
}

async function measureSize(
  workers: Workers,
  root: string,
  pairs: number,
  variant: Variant,
  options: BenchOptions,
): Promise<SizeResult> {
  const args = [
    "--pairs",
    `${pairs}`,
    ...(variant.skipValidation ? ["--skip-validation"] : []),
    ...(variant.withoutCreationStacks ? ["--without-creation-stacks"] : []),
  ];
  if (variant.bare) args.push(...(await bareRecipe(workers, root, pairs)));
  type Sample = ScaleSample & { wallMs: number; floor: Floor };
  const samples: Sample[] = [];
  let spentMs = 0;
  while (samples.length < options.scaleRuns && spentMs < options.scaleBudget * 1000) {
    const { result, wallMs } = await workers.run<ScaleSample & { differences?: number; floor: Floor }>(
      "scale-worker",
      args,
    );
    if (result.differences !== undefined && result.differences > 0) {
      throw new Error(
        `the bare app of ${pairs} pairs wrote different Terraform JSON than the example (${result.differences} paths)`,
      );
    }
    samples.push({ ...result, wallMs });
    spentMs += wallMs;
  }
  const med = (pick: (s: Sample) => number) => median(samples.map(pick));
  return {
    pairs,
    samples: samples.length,
    totalMs: med((s) => s.buildMs + s.synthMs),
    buildMs: med((s) => s.buildMs),
    synthMs: med((s) => s.synthMs),
    wallMs: med((s) => s.wallMs),
    peakRssBytes: med((s) => s.peakRssBytes),
    addedRssBytes: med((s) => s.peakRssBytes - s.rssBeforeBytes),
    addedHeapBytes: med((s) => s.heapLiveBytes - s.heapBeforeBytes),
    floorSerializeMs: med((s) => s.floor.serializeMs),
    floorWriteMs: med((s) => s.floor.writeMs),
  };
}

/** Writes the bare app's recipe for `pairs` pairs (a helper process synthesizes the example once, untimed). */
async function bareRecipe(workers: Workers, root: string, pairs: number): Promise<string[]> {
  const outdir = path.join(workers.scratch, `example-${pairs}`);
  const recipe = path.join(workers.scratch, `recipe-${pairs}.json`);
  if (!fs.existsSync(recipe)) {
    await workers.run("recipe-worker", ["--root", root, "--pairs", `${pairs}`, "--outdir", outdir, "--recipe", recipe]);
  }
  return ["--bare-recipe", recipe, "--compare-with", outdir];
}

function sizeTable(variant: Variant, sizes: readonly SizeResult[], options: BenchOptions, explain: boolean): Table {
  return {
    title: `2. N pairs in one app: ${variant.label}`,
    header: [
      "Pairs",
      "n",
      "build",
      "synth",
      "total",
      "per pair",
      "process",
      "peak RSS",
      "RSS/pair",
      "heap/pair",
      "floor: serialize + write",
    ],
    rows: sizes.map((size) => [
      `${size.pairs}`,
      `${size.samples}`,
      seconds(size.buildMs),
      seconds(size.synthMs),
      seconds(size.totalMs),
      ms(size.totalMs / size.pairs),
      seconds(size.wallMs),
      mb(size.peakRssBytes),
      mb(size.addedRssBytes / size.pairs),
      mb(size.addedHeapBytes / size.pairs),
      `${ms(size.floorSerializeMs)} + ${ms(size.floorWriteMs)}`,
    ]),
    notes: [
      ...(explain ? methodNotes(options) : []),
      ...(variant.bare
        ? [
            "Bare app: a helper process synthesizes the example once and writes the bare app's recipe; the " +
              "measured process loads it (before the baseline) and its output is checked identical to the example's.",
          ]
        : []),
    ],
  };
}

function methodNotes(options: BenchOptions): string[] {
  return [
    "One cold synth per fresh `node --expose-gc` process running compiled JS; n = processes (medians); at most " +
      `${options.scaleRuns} per size, fewer once a size's processes took ${options.scaleBudget} s.`,
    "total = build + synth in-process; process = wall time of the whole process (startup, module loading, " +
      "synth, exit). Peak RSS: process.resourceUsage().maxRSS. RSS/pair: (peak RSS - RSS before building) / " +
      "pairs. heap/pair: live V8 heap after synth and a full GC, above the heap before building, / pairs.",
    "floor: the same stacks' JSON, read back untimed, serialized (JSON.stringify, 2-space indent) and written " +
      "again in the same process: what any tool writing this JSON pays.",
  ];
}

interface Growth {
  readonly timeExponent: number;
  readonly memoryExponent: number;
  readonly from: SizeResult;
  readonly to: SizeResult;
  table(label: string): Table;
}

/** Growth between the smallest size ≥ 10 and the largest (one pair is dominated by warm-up). */
function growthOf(sizes: readonly SizeResult[]): Growth | undefined {
  const candidates = sizes.filter((size) => size.pairs >= 10);
  const from = candidates[0];
  const to = candidates[candidates.length - 1];
  if (!from || !to || to.pairs <= from.pairs) return undefined;
  const factor = to.pairs / from.pairs;
  const exponent = (a: number, b: number) => Math.log(b / a) / Math.log(factor);
  const measures: ReadonlyArray<readonly [string, (size: SizeResult) => number, (value: number) => string]> = [
    ["synthesis time (total)", (size) => size.totalMs, seconds],
    ["RSS added by the app", (size) => size.addedRssBytes, mb],
    ["live heap added by the app", (size) => size.addedHeapBytes, mb],
  ];
  return {
    timeExponent: exponent(from.totalMs, to.totalMs),
    memoryExponent: exponent(from.addedRssBytes, to.addedRssBytes),
    from,
    to,
    table: (label) => ({
      title: `2b. Growth from ${from.pairs} to ${to.pairs} pairs, ${label}`,
      header: ["Measure", `at ${from.pairs}`, `at ${to.pairs}`, "grew by", "linear would be", "exponent"],
      rows: measures.map(([name, pick, format]) => [
        name,
        format(pick(from)),
        format(pick(to)),
        times(pick(to) / pick(from)),
        times(factor),
        exponent(pick(from), pick(to)).toFixed(2),
      ]),
      notes: [`exponent b in cost ∝ pairs^b (1 = linear); "linear" here means b ≤ ${LINEAR_EXPONENT}.`],
    }),
  };
}

function verdictsOf(label: string, sizes: readonly SizeResult[], growth: Growth | undefined): Verdict[] {
  const at = sizes.find((size) => size.pairs === TARGET_PAIRS);
  return [
    verdict(
      `${TARGET_PAIRS} pairs synthesize in < ${TARGET_MS / 1000} s (${label})`,
      at && at.totalMs < TARGET_MS,
      at
        ? `${seconds(at.totalMs)} in-process (${seconds(at.wallMs)} as a process)`
        : `${TARGET_PAIRS} pairs not in --sizes`,
    ),
    verdict(
      `${TARGET_PAIRS} pairs peak below ${mb(TARGET_BYTES)} (${label})`,
      at && at.peakRssBytes < TARGET_BYTES,
      at ? `peak RSS ${mb(at.peakRssBytes)}` : `${TARGET_PAIRS} pairs not in --sizes`,
    ),
    verdict(
      `linear growth (${label})`,
      growth && growth.timeExponent <= LINEAR_EXPONENT && growth.memoryExponent <= LINEAR_EXPONENT,
      growth
        ? `${growth.from.pairs}→${growth.to.pairs} pairs: time exponent ${growth.timeExponent.toFixed(2)}, ` +
            `memory exponent ${growth.memoryExponent.toFixed(2)}`
        : "needs two sizes ≥ 10 in --sizes",
    ),
  ];
}
