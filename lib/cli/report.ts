/** How command results are printed: lines for people, one JSON document with --json. */
import type { CommitOutcome } from "../xmlapi/commit";
import type { OperationResult } from "./device/apply-spec";

/** `changed    set     /config/…`; after a failure `undone`, `left`, `failed` or `skipped`, with the device's message. */
export function operationLine(result: OperationResult): string {
  const state = result.state === "written" ? "changed" : result.state;
  const line = `${state.padEnd(9)}  ${result.action.padEnd(6)}  ${result.xpath}`;
  return result.message !== undefined ? `${line}  (${result.message})` : line;
}

/** How a lost-answer commit was shown to be ours, for people; nothing when its id came back. */
function ownershipLine(outcome: Extract<CommitOutcome, { job: unknown }>): string[] {
  if (outcome.ownership === "job-id") return [];
  const how =
    outcome.ownership === "description"
      ? "found by the description it was sent with"
      : `by ${outcome.job.user || "an unnamed user"}; our changes are committed`;
  return [`  (commit answer lost; job ${outcome.job.id} ${how})`];
}

/** Lines describing a commit's outcome: the job and its detail and warning lines. */
export function commitLines(host: string, outcome: CommitOutcome): string[] {
  if (outcome.result === "no-changes") return [`${host}: nothing to commit (${outcome.message})`];
  const { job } = outcome;
  return [
    `${host}: commit job ${job.id} ${job.result}`,
    ...ownershipLine(outcome),
    ...job.details.map((line) => `  ${line}`),
    ...job.warnings.map((line) => `  warning: ${line}`),
  ];
}

/** The commit's outcome as JSON. */
export function commitJson(outcome: CommitOutcome): Record<string, unknown> {
  if (outcome.result === "no-changes") return { result: "no-changes", message: outcome.message };
  const { job } = outcome;
  const ownership = outcome.ownership === "job-id" ? {} : { ownership: outcome.ownership, user: job.user };
  return { result: job.result, jobId: job.id, ...ownership, details: job.details, warnings: job.warnings };
}
