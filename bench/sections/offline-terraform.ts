/**
 * Section 3: offline `terraform` validate and plan time per stack (bench/offline-terraform.ts,
 * repeated), with the providers Terraform reattaches to and with Terraform starting them per command.
 */
import { findTerraform } from "../../tools/tf/harness";
import { measureOfflineTerraform, PROVIDER_MODES } from "../offline-terraform";
import type { BenchOptions } from "../options";
import { median, ms } from "../stats";
import type { Table } from "../table";
import { verdict, type SectionResult } from "../verdict";

const STEPS = ["init", "validate", "plan", "validate + plan", "apply", "re-plan"] as const;

/** Runs the offline Terraform pass `options.terraformRuns` times and reports the median of every command. */
export async function offlineTerraform(options: BenchOptions): Promise<SectionResult> {
  if (!findTerraform()) {
    return {
      tables: [],
      verdicts: [verdict("offline validate and plan time per stack", undefined, "skipped: terraform not on PATH")],
    };
  }
  const samples = new Map<string, number[]>();
  for (let run = 0; run < options.terraformRuns; run++) {
    for (const row of await measureOfflineTerraform())
      samples.set(row.name, [...(samples.get(row.name) ?? []), row.ms]);
  }
  const medianOf = (name: string) => {
    const values = samples.get(name);
    return values ? ms(median(values)) : "n/a";
  };
  const perCommand = PROVIDER_MODES[1].prefix;
  const stacks = [
    ...new Set(
      [...samples.keys()].filter((n) => n.includes(": ") && !n.startsWith(perCommand)).map((n) => n.split(": ")[0]),
    ),
  ];
  const others = [...samples.keys()].filter((name) => !name.includes(": "));
  const table: Table = {
    title: "3. Offline Terraform per stack (real terraform binary, offline provider, fixtures)",
    header: ["Stack", "providers", ...STEPS],
    rows: PROVIDER_MODES.flatMap((mode) =>
      stacks.map((stack) => [
        stack,
        mode.providers,
        ...STEPS.map((step) => medianOf(`${mode.prefix}${stack}: ${step}`)),
      ]),
    ),
    notes: [
      `Medians of ${options.terraformRuns} passes of measureOfflineTerraform(): every stack of the example, ` +
        "init → validate → plan → apply → re-plan, one command at a time, in dependency order; " +
        "reattach: the providers started once per pass and reattached to (TF_REATTACH_PROVIDERS, as the tests run); " +
        "per-command: Terraform starts each provider instance itself for every command (as a user's terraform does).",
      ...others.map((name) => `${medianOf(name)}: ${name}`),
    ],
  };
  const perStack = (prefix: string) =>
    stacks.map((stack) => `${stack} ${medianOf(`${prefix}${stack}: validate + plan`)}`).join(", ");
  const worst = Math.max(
    ...stacks.map((stack) => median(samples.get(`${stack}: validate + plan`) ?? [Number.POSITIVE_INFINITY])),
  );
  return {
    tables: [table],
    verdicts: [
      verdict(
        "offline validate + plan per stack ≤ 1 s (reattached providers)",
        Number.isFinite(worst) ? worst <= 1000 : undefined,
        `reattach: ${perStack("")}; per-command: ${perStack(perCommand)}`,
      ),
    ],
  };
}
