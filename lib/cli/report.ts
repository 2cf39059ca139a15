/** How command results are printed: lines for people, one JSON document with --json. */
import type { CommitOutcome } from "../xmlapi/commit";
import type { OperationResult } from "./device/apply-spec";

/** `changed    set     /config/…` */
export function operationLine(result: OperationResult): string {
  return `${result.changed ? "changed  " : "unchanged"}  ${result.action.padEnd(6)}  ${result.xpath}`;
}

/** Lines describing a commit's outcome: the job and its detail and warning lines. */
export function commitLines(host: string, outcome: CommitOutcome): string[] {
  if (outcome.result === "no-changes") return [`${host}: nothing to commit (${outcome.message})`];
  const { job } = outcome;
  return [
    `${host}: commit job ${job.id} ${job.result}`,
    ...job.details.map((line) => `  ${line}`),
    ...job.warnings.map((line) => `  warning: ${line}`),
  ];
}

/** The commit's outcome as JSON. */
export function commitJson(outcome: CommitOutcome): Record<string, unknown> {
  if (outcome.result === "no-changes") return { result: "no-changes", message: outcome.message };
  const { job } = outcome;
  return { result: job.result, jobId: job.id, details: job.details, warnings: job.warnings };
}
