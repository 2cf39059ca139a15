/** Waits until the management API answers, the chassis is ready and no (auto-)commit job runs. */
import type { PanosClient } from "../../xmlapi/client";
import type { PollInterval } from "../../xmlapi/commit";
import { backoffMs, type Deadline } from "../../xmlapi/deadline";
import { DeadlineExceededError, PanosApiError, PanosAuthError, PanosUnavailableError } from "../../xmlapi/errors";
import { describeJob, isFinished } from "../../xmlapi/jobs";
import type { Update } from "../progress";

/** Job types that keep the device from taking a configuration: the boot-time auto-commit and commits. */
const BLOCKING_JOB_TYPES = new Set(["AutoCom", "Commit"]);
const CHASSIS_READY = "<show><chassis-ready/></show>";

/** How to read what the device answers while waiting. */
export interface ReadinessRules {
  /**
   * True while the device restarts because we asked it to: PAN-OS may then answer 403 "Invalid
   * credentials." for a while, so a 403 counts as not ready (the client generates a new key from
   * the username and password, when it has them, on each try). Otherwise a 403 fails at once, so
   * that a wrong password does not wait for the whole timeout.
   * @default false
   */
  readonly restarting?: boolean;
}

/** One look at the device: undefined when ready, else why not. */
async function notReadyReason(client: PanosClient, rules: ReadinessRules): Promise<string | undefined> {
  try {
    const chassis = (await client.opText(CHASSIS_READY, { attempts: 1 })).toLowerCase();
    if (chassis !== "yes") return `management API answers, chassis not ready (${chassis || "no answer"})`;
    const running = (await client.jobs({ attempts: 1 })).filter(
      (job) => !isFinished(job) && BLOCKING_JOB_TYPES.has(job.type),
    );
    return running.length > 0 ? `waiting for ${describeJob(running[0])}` : undefined;
  } catch (error) {
    // A device still booting refuses connections, answers 5xx or HTML, or refuses commands.
    if (error instanceof PanosUnavailableError) return `management API not answering: ${error.message}`;
    if (error instanceof PanosApiError) return `management API not ready: ${error.message}`;
    if (rules.restarting && error instanceof PanosAuthError) {
      return `management API refuses the credentials while restarting: ${error.message}`;
    }
    throw error;
  }
}

/** Polls until ready; throws DeadlineExceededError naming the last reason when the deadline ends first. */
export async function waitReady(
  client: PanosClient,
  deadline: Deadline,
  poll: PollInterval,
  update: Update,
  rules: ReadinessRules = {},
): Promise<void> {
  let last = "no answer yet";
  for (let attempt = 0; ; attempt++) {
    let reason: string | undefined;
    try {
      reason = await notReadyReason(client, rules);
    } catch (error) {
      if (error instanceof DeadlineExceededError) throw deadline.exceeded(`${client.host} not ready: ${last}`);
      throw error;
    }
    if (reason === undefined) return;
    last = reason;
    update(reason);
    const wait = backoffMs(attempt, poll.initialMs, poll.maxMs);
    if (deadline.remainingMs() <= wait) throw deadline.exceeded(`${client.host} not ready: ${reason}`);
    await deadline.sleep(wait);
  }
}

/**
 * After a restart request: true when the device does not answer as ready (down, restarting,
 * chassis not ready, or refusing the credentials as it does while its management plane restarts).
 */
export async function isDown(client: PanosClient): Promise<boolean> {
  try {
    return (await client.opText(CHASSIS_READY, { attempts: 1 })).toLowerCase() !== "yes";
  } catch (error) {
    if (error instanceof PanosUnavailableError || error instanceof PanosAuthError) return true;
    throw error;
  }
}
