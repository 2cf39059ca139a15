/** Section 3: offline `terraform` validate and plan time per stack (bench/offline-terraform.ts, repeated). */
import { findTerraform } from "../../tools/tf/harness";
import { measureOfflineTerraform } from "../offline-terraform";
import type { BenchOptions } from "../options";
import { median, ms } from "../stats";
import type { Table } from "../table";
import { reported, verdict, type SectionResult } from "../verdict";

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
  const stacks = [...new Set([...samples.keys()].filter((n) => n.includes(": ")).map((n) => n.split(": ")[0]))];
  const others = [...samples.keys()].filter((name) => !name.includes(": "));
  const table: Table = {
    title: "3. Offline Terraform per stack (real terraform binary, offline provider, fixtures)",
    header: ["Stack", ...STEPS],
    rows: stacks.map((stack) => [stack, ...STEPS.map((step) => medianOf(`${stack}: ${step}`))]),
    notes: [
      `Medians of ${options.terraformRuns} passes of measureOfflineTerraform(): every stack of the example, ` +
        "init → validate → plan → apply → re-plan, one command at a time, in dependency order.",
      ...others.map((name) => `${medianOf(name)}: ${name}`),
    ],
  };
  const validatePlan = stacks.map((stack) => `${stack} ${medianOf(`${stack}: validate + plan`)}`).join(", ");
  return { tables: [table], verdicts: [reported("offline validate + plan time per stack", validatePlan)] };
}
