import type { Table } from "./table";

/** A target of the issue and whether this run met it. */
export interface Verdict {
  /** The target as the issue states it, e.g. "ratio ≤ 1.3". */
  readonly target: string;
  /** Met, not met, not measured in this run, or reported (a measurement without a target). */
  readonly outcome: "met" | "NOT MET" | "not measured" | "reported";
  /** The numbers behind the outcome. */
  readonly detail: string;
}

/** A verdict from a comparison (undefined value: not measured). */
export function verdict(target: string, met: boolean | undefined, detail: string): Verdict {
  return { target, outcome: met === undefined ? "not measured" : met ? "met" : "NOT MET", detail };
}

/** A measurement the issue asks for without a target. */
export function reported(target: string, detail: string): Verdict {
  return { target, outcome: "reported", detail };
}

/** What one section of the benchmark produced. */
export interface SectionResult {
  readonly tables: readonly Table[];
  readonly verdicts: readonly Verdict[];
  /** Commands the section ran that failed: the bench reports them and exits with status 1. */
  readonly failures?: readonly string[];
}
