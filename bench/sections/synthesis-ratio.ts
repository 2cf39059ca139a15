/** Section 1: synthesis of the example against a bare cdktf app with the same L1 resources. */
import type { BenchOptions } from "../options";
import { median, ms, summarize, times } from "../stats";
import type { ProfileBreakdown } from "../synth/profile";
import type { RatioResult } from "../synth/ratio";
import type { SynthTime } from "../synth/timed-synth";
import type { Table } from "../table";
import { verdict, type SectionResult } from "../verdict";
import type { Workers } from "../workers";

/** Issue 6 asked for ≤ 1.3; issue 17 for ≤ 1.0 with the same cdktf settings on both sides. */
const TARGETS = [
  { ratio: 1.3, issue: 6 },
  { ratio: 1.0, issue: 17 },
] as const;

/** The two App settings measured: cdktf's default, and validation skipped (isolates `terraform version`). */
const VARIANTS = [
  { skipValidation: false, label: "default App (validation on)" },
  { skipValidation: true, label: "App({ skipValidation: true })" },
] as const;

/** Measures both variants, each in its own compiled-JS process. */
export async function synthesisRatio(workers: Workers, root: string, options: BenchOptions): Promise<SectionResult> {
  const results: RatioResult[] = [];
  for (const variant of VARIANTS) {
    const args = ["--root", root, "--runs", `${options.runs}`, "--warmups", `${options.warmups}`];
    // Profile the variant without `terraform version` spawns: their cost is the difference between the variants.
    if (variant.skipValidation) args.push("--skip-validation", "--profile-runs", `${options.profileRuns}`);
    const { result } = await workers.run<RatioResult>("ratio-worker", args);
    if (result.withoutDiagramDifferences.length > 0) {
      throw new Error(
        `The example without its diagram wrote other Terraform JSON (${variant.label}):\n  ` +
          result.withoutDiagramDifferences.slice(0, 20).join("\n  "),
      );
    }
    if (result.comparison.differences.length > 0) {
      throw new Error(
        `The bare app's Terraform JSON differs from the example's (${variant.label}), so the ratio would compare ` +
          `unlike things:\n  ${result.comparison.differences.slice(0, 20).join("\n  ")}`,
      );
    }
    results.push(result);
  }

  const rows = results.flatMap((result, index) => {
    const bareCpu = medianCpu(result.bare);
    const row = (label: string, side: string, samples: readonly SynthTime[]) => [
      label,
      side,
      ...timeCells(samples),
      times(medianTotal(samples) / medianTotal(result.bare)),
      ms(medianCpu(samples)),
      times(medianCpu(samples) / bareCpu),
    ];
    return [
      row(VARIANTS[index].label, "example (PaloAltoHaPair)", result.example),
      row("", "example, topologyDiagram: false", result.withoutDiagram),
      row("", "bare app (bindings only)", result.bare),
    ];
  });
  const first = results[0];
  const table: Table = {
    title: "1. Synthesis of the example vs a bare cdktf app declaring the same L1 resources",
    header: ["App", "Side", "build", "synth", "total", "total min-max", "ratio", "CPU", "CPU ratio"],
    rows,
    notes: [
      `Medians of ${options.runs} timed synths per side after ${options.warmups} warm-up(s), the order of the sides rotating; ` +
        "in-process, compiled JS (one process per App setting); module loading excluded on both sides; " +
        "a full GC before each synth, untimed.",
      "ratio: median wall time (build + synth) against the bare app's; the verdict reads the example's. CPU: " +
        "process.cpuUsage() over the same interval, every thread of the process (the diagram renderer's worker " +
        "included), so work moved off the synth thread is not hidden; above 1 core-second per second of wall time " +
        "when threads overlap.",
      `Topology diagram: every timed synth of the example draws its diagram anew (the SVG remembered from the ` +
        `previous synth is forgotten, untimed), in the process's warm renderer worker; during the timed synths it ` +
        `drew ${describeRenderer(results)}.`,
      `Same output asserted: both sides write identical Terraform JSON and manifest, metadata included ` +
        `(${first.declared.stacks} stacks, ${first.declared.resources} resources, ${first.declared.dataSources} ` +
        "data sources incl. remote state; 0 differences).",
      "The bare app instantiates the generated bindings (terraform_data: lib/core TerraformData, as the example) from the " +
        "synthesized JSON; references stay raw ${...} strings and the remote state and cross-stack outputs are " +
        "declared directly, so cdktf's cross-stack reference resolution is work only the example does.",
    ],
  };
  const tables = [table];
  const profiled = results.find((result) => result.profile);
  if (profiled?.profile) tables.push(profileTable(profiled.profile, options.profileRuns));

  return {
    tables,
    verdicts: TARGETS.flatMap((target) =>
      results.map((result, index) =>
        verdict(
          `synthesis ratio ≤ ${target.ratio.toFixed(1)} (issue ${target.issue}, ${VARIANTS[index].label})`,
          totalRatio(result) <= target.ratio,
          `${times(totalRatio(result))}: ${ms(medianTotal(result.example))} vs ${ms(medianTotal(result.bare))}`,
        ),
      ),
    ),
  };
}

function totals(samples: readonly SynthTime[]): number[] {
  return samples.map((sample) => sample.buildMs + sample.synthMs);
}

function medianCpu(samples: readonly SynthTime[]): number {
  return median(samples.map((sample) => sample.cpuMs));
}

function describeRenderer(results: readonly RatioResult[]): string {
  return results
    .map(
      (result, index) =>
        `${result.renderer.rendered} diagrams with ${result.renderer.workersStarted} worker start(s) and made the ` +
        `synth thread wait ${result.renderer.blockingWaits} time(s), ${ms(result.renderer.blockedMs)} in all ` +
        `(${VARIANTS[index].label})`,
    )
    .join("; ");
}

function medianTotal(samples: readonly SynthTime[]): number {
  return median(totals(samples));
}

function totalRatio(result: RatioResult): number {
  return medianTotal(result.example) / medianTotal(result.bare);
}

function timeCells(samples: readonly SynthTime[]): string[] {
  const total = summarize(totals(samples));
  return [
    ms(median(samples.map((s) => s.buildMs))),
    ms(median(samples.map((s) => s.synthMs))),
    ms(total.median),
    `${Math.round(total.min)}-${Math.round(total.max)} ms`,
  ];
}

function profileTable(profile: { example: ProfileBreakdown; bare: ProfileBreakdown }, runs: number): Table {
  const row = (label: string, value: (p: ProfileBreakdown) => number | undefined): string[] => {
    const example = value(profile.example) ?? 0;
    const bare = value(profile.bare) ?? 0;
    return [label, ms(example), ms(bare), ms(example - bare)];
  };
  const owners = [...new Set([...Object.keys(profile.example.selfMs), ...Object.keys(profile.bare.selfMs)])].sort(
    (a, b) => (profile.example.selfMs[b] ?? 0) - (profile.example.selfMs[a] ?? 0),
  );
  return {
    title: "1b. Where a synth's time goes (CPU profile, App({ skipValidation: true }), per synth)",
    header: ["Self time by owner of the code / inclusive time of a mechanism", "example", "bare", "difference"],
    rows: [
      ...owners.map((owner) => row(owner, (p) => p.selfMs[owner])),
      ...Object.keys(profile.example.inclusiveMs).map((name) => row(`incl.: ${name}`, (p) => p.inclusiveMs[name])),
    ],
    notes: [
      `${runs} profiled synth(s) per side, after the timed ones; the sampling profiler slows code down, so read ` +
        "these as shares, not as the timings above.",
      "Self time is where the CPU was; Node.js and V8 time is mostly cdktf's stack-trace capture (formatting " +
        "of Error stacks), which the inclusive rows attribute.",
    ],
  };
}
