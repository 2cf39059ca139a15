/**
 * Deciding whose commit job it is after our commit answer was lost. Admin names cannot decide it
 * (an API key has no name; one admin may have two sessions), so a job is ours only on evidence:
 * its id came back to us (not handled here), it carries our one-off description, or — after it
 * finished OK — our own changes are verifiably no longer pending. Anything else is
 * CommitOutcomeUnknownError, never OK.
 */
import type { PanosClient } from "./client";
import { backoffMs } from "./deadline";
import { PanosError } from "./errors";
import { describeJob, type Job } from "./jobs";
import { waitForJob, type PollInterval, type WaitOptions } from "./job-wait";

/** How we know a commit job is ours. */
export type CommitOwnership =
  /** `type=commit` answered with its id. */
  | "job-id"
  /** `show jobs` lists it with the unique description we sent. */
  | "description"
  /** It finished OK and our own changes were no longer pending afterwards. */
  | "changes-committed";

/** A finished commit we can show to be ours. */
export interface OwnCommit {
  readonly result: "OK" | "FAIL";
  readonly job: Job;
  readonly ownership: CommitOwnership;
}

/** Thrown when a finished job's result is neither OK nor FAIL. */
export class CommitResultUnknownError extends PanosError {}

/** Thrown when a commit's answer was lost and what became of our changes cannot be shown. */
export class CommitOutcomeUnknownError extends PanosError {}

/** What a lost answer is judged against. */
export interface LostCommitContext extends WaitOptions {
  readonly client: PanosClient;
  readonly poll: PollInterval;
  /** Job ids listed before we sent anything: none of them can be ours. */
  readonly knownJobIds: ReadonlySet<number>;
  /** The one-off description we sent with every try of this commit. */
  readonly description: string;
  /** Our administrator name, when known: a job by another name is certainly not ours. */
  readonly ownAdmin?: string;
  /** True when our own changes are in the running configuration (default: nothing is pending). */
  readonly ownChangesCommitted?: () => Promise<boolean>;
}

/**
 * After a lost answer with nothing pending and no job listed: how many looks for the commit job
 * before giving up (about 25 s at the default poll interval; a busy device may list it late).
 */
const LOST_JOB_LOOKS = 15;

/** The job's result as an outcome, when it is OK or FAIL. */
export function ownOutcome(job: Job, ownership: CommitOwnership): OwnCommit {
  if (job.result === "OK" || job.result === "FAIL") return { result: job.result, job, ownership };
  throw new CommitResultUnknownError(`${describeJob(job)} finished with result ${JSON.stringify(job.result)}`);
}

/** True when the job certainly is not from this commit: another admin's name, or another description. */
function certainlyForeign(job: Job, context: LostCommitContext): boolean {
  const otherAdmin = context.ownAdmin !== undefined && !!job.user && job.user !== context.ownAdmin;
  const otherDescription = job.description !== "" && job.description !== context.description;
  return otherAdmin || otherDescription;
}

/**
 * Commit jobs queued since we started, ours-by-description first, then newest first; without the
 * ones that are certainly someone else's unless `anyone` (when nothing is pending any more, any
 * of them may have taken our changes).
 */
async function possibleJobs(context: LostCommitContext, anyone = false): Promise<Job[]> {
  const fresh = (await context.client.jobs()).filter(
    (j) => j.type === "Commit" && !context.knownJobIds.has(j.id) && (anyone || !certainlyForeign(j, context)),
  );
  const rank = (j: Job) => (j.description === context.description ? 1 : 0);
  return fresh.sort((a, b) => rank(b) - rank(a) || b.id - a.id);
}

/**
 * Our commit answer was lost: settles it from the job list. Resolves with the outcome when a job
 * may be ours, and undefined when no such job is listed and changes are still pending (the
 * caller may send the commit again, after its backoff).
 */
export async function settleLostCommit(context: LostCommitContext, lost: Error): Promise<OwnCommit | undefined> {
  // Pending first, the job list second: a job that finished between the two reads is then still seen.
  const pending = await context.client.hasPendingChanges();
  const [job] = await possibleJobs(context);
  if (job) return judge(context, job, lost);
  if (pending) return undefined;
  return judge(context, await awaitLostJob(context, lost), lost);
}

/** After a lost answer, a later try answered "no changes": some commit took them; find and judge it. */
export async function settleAfterNoChanges(context: LostCommitContext, lost: Error): Promise<OwnCommit> {
  return judge(context, await awaitLostJob(context, lost), lost);
}

/**
 * Nothing is pending any more, so some commit took the candidate: looks for its job a few times.
 * Never concludes "no changes" without a job: the changes may have been committed, or dropped.
 */
async function awaitLostJob(context: LostCommitContext, lost: Error): Promise<Job> {
  const { deadline, poll, client } = context;
  context.onProgress?.("commit answer lost and nothing is pending any more; looking for the commit job");
  for (let look = 0; ; look++) {
    const [job] = await possibleJobs(context, true);
    if (job) return job;
    const wait = backoffMs(look, poll.initialMs, poll.maxMs);
    if (look + 1 >= LOST_JOB_LOOKS || deadline.remainingMs() <= wait) break;
    await deadline.sleep(wait);
  }
  throw new CommitOutcomeUnknownError(
    `${lost.message}; nothing is pending any more but no new commit job appeared on ${client.host}, so mve-ha cannot ` +
      "tell whether the changes were committed; check `show jobs all` and the running configuration on the firewall",
  );
}

/** Waits for `job` to finish and decides whether it is ours. */
async function judge(context: LostCommitContext, job: Job, lost: Error): Promise<OwnCommit> {
  const { client } = context;
  const finished = await waitForJob(client, job.id, context);
  if (finished.description === context.description) return ownOutcome(finished, "description");
  const by = finished.user ? `by ${finished.user}` : "by an unnamed user";
  context.onProgress?.(
    `commit job ${finished.id} ${by} is not provably ours; checking whether our changes were committed`,
  );
  const committed = context.ownChangesCommitted
    ? await context.ownChangesCommitted()
    : !(await client.hasPendingChanges());
  if (finished.result === "OK" && committed) return ownOutcome(finished, "changes-committed");
  throw new CommitOutcomeUnknownError(
    `${lost.message}; commit job ${finished.id} ${by} finished ${finished.result} but cannot be shown to be ours` +
      `${committed ? "" : ", and our changes are still pending"}; the commit was not sent again while a job of ours ` +
      `might exist — check \`show jobs all\` on ${client.host} and run mve-ha commit again if the changes are still pending`,
  );
}
