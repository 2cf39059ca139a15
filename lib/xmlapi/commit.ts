/**
 * Commit only when something is pending, follow the job to FIN, and report its result. A job
 * that failed, vanished, never finished, or cannot be shown to be ours is never reported as
 * success. A commit whose answer is lost is sent again only after a backoff, a bounded number
 * of times, and only when no commit job that may be ours is listed (commit-ownership.ts).
 */
import { randomBytes } from "node:crypto";
import type { CommitEnqueued, PanosClient } from "./client";
import {
  ownOutcome,
  settleAfterNoChanges,
  settleLostCommit,
  CommitOutcomeUnknownError,
  type LostCommitContext,
  type OwnCommit,
} from "./commit-ownership";
import { backoffMs, type Deadline } from "./deadline";
import { CommitBusyError, OutcomeUnknownError, PanosError } from "./errors";
import { DEFAULT_POLL, waitForJob, type PollInterval } from "./job-wait";

export {
  CommitOutcomeUnknownError,
  CommitResultUnknownError,
  type CommitOwnership,
  type OwnCommit,
} from "./commit-ownership";
export { DEFAULT_POLL, waitForJob, type PollInterval } from "./job-wait";

/** What a commit came to. */
export type CommitOutcome = { readonly result: "no-changes"; readonly message: string } | OwnCommit;

export interface CommitOptions {
  readonly deadline: Deadline;
  readonly poll?: PollInterval;
  /** Commit description recorded on the device; a one-off suffix is added to recognise our job. */
  readonly description?: string;
  /** Our administrator name, when known: another admin's job is never taken for ours. */
  readonly ownAdmin?: string;
  /**
   * True when our own changes are in the running configuration: decides, after a lost answer,
   * whether a job that cannot otherwise be shown to be ours committed them.
   * @default nothing is pending any more (`check pending-changes`)
   */
  readonly ownChangesCommitted?: () => Promise<boolean>;
  /** Source of the description's one-off suffix (tests). @default crypto random */
  readonly nonce?: () => string;
  /** Told about progress (job state, waits). */
  readonly onProgress?: (message: string) => void;
}

const NO_CHANGES = /no changes to commit/i;

type Answer = CommitEnqueued | CommitBusyError | OutcomeUnknownError;

async function send(client: PanosClient, description: string): Promise<Answer> {
  try {
    return await client.requestCommit(description);
  } catch (error) {
    if (error instanceof CommitBusyError || error instanceof OutcomeUnknownError) return error;
    throw error;
  }
}

/** Commits pending changes and waits for the job; resolves with OK, FAIL or no-changes. */
export async function commitPending(client: PanosClient, options: CommitOptions): Promise<CommitOutcome> {
  const { deadline } = options;
  const poll = options.poll ?? DEFAULT_POLL;
  const nonce = options.nonce?.() ?? randomBytes(6).toString("hex");
  const description = `${options.description ?? "mve-ha"} ${nonce}`;
  if (!(await client.hasPendingChanges())) return { result: "no-changes", message: "no pending changes" };
  const context: LostCommitContext = {
    ...options,
    client,
    poll,
    description,
    knownJobIds: new Set((await client.jobs()).map((j) => j.id)),
  };
  const maxSends = Math.max(1, client.retry.attempts);
  let lost: OutcomeUnknownError | undefined;
  let sends = 0;
  for (let busy = 0; ;) {
    const answer = await send(client, description);
    if (answer instanceof CommitBusyError) {
      // Refused with an answer: nothing was queued by this try. Wait for the running job at the poll pace.
      options.onProgress?.(`waiting: ${answer.lines.join(" ")}`);
      deadline.check(`commit on ${client.host}: ${answer.lines.join(" ")}`);
      await deadline.sleep(backoffMs(busy++, poll.initialMs, poll.maxMs));
      if (!lost) continue;
    } else if (answer instanceof OutcomeUnknownError) {
      sends++;
      lost = answer;
      // Wait first: a device that just lost an answer may list the job late, and a storm needs room.
      await client.backOff(sends, `looking for our commit job (${answer.message})`, answer);
    } else if (answer.jobId !== undefined) {
      return ownOutcome(await waitForJob(client, answer.jobId, options), "job-id");
    } else {
      const message = answer.lines.join(" ");
      // Decided by the missing job id together with the message: code 19 comes with both answers.
      if (!NO_CHANGES.test(message))
        throw new PanosError(`commit on ${client.host} queued no job: ${message || "no message"}`);
      // After a lost answer, "no changes" may mean that the lost request committed them.
      return lost ? settleAfterNoChanges(context, lost) : { result: "no-changes", message };
    }
    const settled = await settleLostCommit(context, lost);
    if (settled) return settled;
    if (sends >= maxSends) {
      throw new CommitOutcomeUnknownError(
        `${lost.message}; sent ${sends} times, no answer came back, no commit job of ours is listed and changes are ` +
          `still pending, so the commit most likely did not happen; mve-ha stops here rather than flood ${client.host} — ` +
          "run mve-ha commit again once the firewall answers",
      );
    }
    options.onProgress?.(`commit request was lost (${lost.message}); no job of ours is listed, sending it again`);
  }
}
