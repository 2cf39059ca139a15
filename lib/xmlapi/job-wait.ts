/** Following a job (`show jobs id N`) until the device reports it finished, within the deadline. */
import type { PanosClient } from "./client";
import { backoffMs, type Deadline } from "./deadline";
import { DeadlineExceededError } from "./errors";
import { describeJob, isFinished, type Job } from "./jobs";

/** Poll intervals: the first polls come quickly, then every `maxMs` (PAN-OS advises ≥ 2 s). */
export interface PollInterval {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_POLL: PollInterval = { initialMs: 250, maxMs: 2_000 };

export interface WaitOptions {
  readonly deadline: Deadline;
  readonly poll?: PollInterval;
  /** Told about each change of the job's state. */
  readonly onProgress?: (message: string) => void;
}

/**
 * Polls `show jobs id N` until the job is FIN, bounded by the deadline. An answer about another
 * job is an error (PanosClient.job), never taken for this one's state.
 */
export async function waitForJob(client: PanosClient, jobId: number, options: WaitOptions): Promise<Job> {
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
