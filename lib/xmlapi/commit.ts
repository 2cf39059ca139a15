/**
 * Commit only when something is pending, follow the job to FIN, and report its result. A job
 * that failed, vanished or never finished is never reported as success.
 */
import type { PanosClient } from "./client";
import { backoffMs, type Deadline } from "./deadline";
import { CommitBusyError, DeadlineExceededError, OutcomeUnknownError, PanosError } from "./errors";
import { describeJob, isFinished, type Job } from "./jobs";

/** Poll intervals: the first polls come quickly, then every `maxMs` (PAN-OS advises ≥ 2 s). */
export interface PollInterval {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_POLL: PollInterval = { initialMs: 250, maxMs: 2_000 };

/** What a commit came to. */
export type CommitOutcome =
  { readonly result: "no-changes"; readonly message: string } | { readonly result: "OK" | "FAIL"; readonly job: Job };

export interface CommitOptions {
  readonly deadline: Deadline;
  readonly poll?: PollInterval;
  /** Commit description recorded on the device. */
  readonly description?: string;
  /** Our administrator name, when known: a lost commit answer is matched only to our own jobs. */
  readonly ownAdmin?: string;
  /** Told about progress (job state, waits). */
  readonly onProgress?: (message: string) => void;
}

/** Thrown when a finished job's result is neither OK nor FAIL. */
export class CommitResultUnknownError extends PanosError {}

/** Thrown when a commit's answer was lost, nothing is pending any more, and no commit job shows up. */
export class CommitOutcomeUnknownError extends PanosError {}

const NO_CHANGES = /no changes to commit/i;
/**
 * After a lost answer with nothing pending: how many looks for the commit job before giving up
 * (about 25 s at the default poll interval; a device slow enough to lose the answer may list it late).
 */
const LOST_JOB_LOOKS = 15;

/** Commits pending changes and waits for the job; resolves with OK, FAIL or no-changes. */
export async function commitPending(client: PanosClient, options: CommitOptions): Promise<CommitOutcome> {
  const { deadline } = options;
  const poll = options.poll ?? DEFAULT_POLL;
  const description = options.description ?? "mve-ha";
  if (!(await client.hasPendingChanges())) return { result: "no-changes", message: "no pending changes" };
  const knownJobIds = new Set((await client.jobs()).map((j) => j.id));
  let answerLost = false;
  for (let attempt = 0; ; attempt++) {
    let jobId: number | undefined;
    try {
      const enqueued = await client.requestCommit(description);
      jobId = enqueued.jobId;
      if (jobId === undefined) {
        const message = enqueued.lines.join(" ");
        // Decided by the missing job id together with the message: code 19 comes with both answers.
        if (!NO_CHANGES.test(message)) {
          throw new PanosError(`commit on ${client.host} queued no job: ${message || "no message"}`);
        }
        // After a lost answer, "no changes" may mean that the lost request committed them: report that job.
        jobId = answerLost ? await findFreshCommitJob(client, knownJobIds, undefined) : undefined;
        if (jobId === undefined) return { result: "no-changes", message };
      }
    } catch (error) {
      if (error instanceof CommitBusyError) {
        options.onProgress?.(`waiting: ${error.lines.join(" ")}`);
        deadline.check(`commit on ${client.host}: ${error.lines.join(" ")}`);
        await deadline.sleep(backoffMs(attempt, poll.initialMs, poll.maxMs));
        continue;
      }
      if (!(error instanceof OutcomeUnknownError)) throw error;
      answerLost = true;
      jobId = await findFreshCommitJob(client, knownJobIds, options.ownAdmin);
      if (jobId === undefined) {
        if (await client.hasPendingChanges()) {
          options.onProgress?.(`commit request was lost (${error.message}); sending it again`);
          continue;
        }
        // Nothing pending, yet no job seen: the device may have taken the candidate before listing the job.
        jobId = await awaitLostCommitJob(client, knownJobIds, { ...options, poll }, error.message);
      }
    }
    const job = await waitForJob(client, jobId, options);
    if (job.result === "OK" || job.result === "FAIL") return { result: job.result, job };
    throw new CommitResultUnknownError(`${describeJob(job)} finished with result ${JSON.stringify(job.result)}`);
  }
}

/**
 * The newest Commit job queued since `knownJobIds` was taken, running or finished. Only
 * `ownAdmin`'s when given (a lost answer must not be matched to someone else's commit while our
 * changes are still pending); anyone's when undefined.
 */
async function findFreshCommitJob(
  client: PanosClient,
  knownJobIds: ReadonlySet<number>,
  ownAdmin: string | undefined,
): Promise<number | undefined> {
  const fresh = (await client.jobs()).filter(
    (j) => j.type === "Commit" && !knownJobIds.has(j.id) && (ownAdmin === undefined || j.user === ownAdmin),
  );
  return fresh.length > 0 ? Math.max(...fresh.map((j) => j.id)) : undefined;
}

/**
 * The commit answer was lost and nothing is pending any more, so some commit took the candidate:
 * looks for its job a few times (any administrator's, since it decides where the changes went).
 * Never concludes "no changes" without a job: the changes may have been committed, or dropped.
 */
async function awaitLostCommitJob(
  client: PanosClient,
  knownJobIds: ReadonlySet<number>,
  options: CommitOptions & { readonly poll: PollInterval },
  lost: string,
): Promise<number> {
  const { deadline, poll } = options;
  options.onProgress?.("commit answer lost and nothing is pending any more; looking for the commit job");
  for (let look = 0; ; look++) {
    const jobId = await findFreshCommitJob(client, knownJobIds, undefined);
    if (jobId !== undefined) return jobId;
    const wait = backoffMs(look, poll.initialMs, poll.maxMs);
    if (look + 1 >= LOST_JOB_LOOKS || deadline.remainingMs() <= wait) break;
    await deadline.sleep(wait);
  }
  throw new CommitOutcomeUnknownError(
    `${lost}; nothing is pending any more but no new commit job appeared on ${client.host}, so mve-ha cannot ` +
      "tell whether the changes were committed; check `show jobs all` and the running configuration on the firewall",
  );
}

/** Polls `show jobs id N` until the job is FIN, bounded by the deadline. */
export async function waitForJob(
  client: PanosClient,
  jobId: number,
  options: Pick<CommitOptions, "deadline" | "poll" | "onProgress">,
): Promise<Job> {
  const poll = options.poll ?? DEFAULT_POLL;
  let last: string | undefined;
  for (let attempt = 0; ; attempt++) {
    let job: Job;
    try {
      job = await client.job(jobId);
    } catch (error) {
      // Out of time mid-request: report the job's last known state rather than the request.
      if (error instanceof DeadlineExceededError || options.deadline.expired) {
        throw options.deadline.exceeded(`${last ?? `job ${jobId}`} on ${client.host}, not finished`);
      }
      throw error;
    }
    const state = describeJob(job);
    if (state !== last) options.onProgress?.(state);
    last = state;
    if (isFinished(job)) return job;
    const wait = backoffMs(attempt, poll.initialMs, poll.maxMs);
    if (options.deadline.remainingMs() <= wait)
      throw options.deadline.exceeded(`${state} on ${client.host}, not finished`);
    await options.deadline.sleep(wait);
  }
}
