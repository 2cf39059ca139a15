/** Restarts the firewall and waits until it went away and came back ready. */
import type { PanosClient } from "../../xmlapi/client";
import type { PollInterval } from "../../xmlapi/commit";
import { backoffMs, type Deadline } from "../../xmlapi/deadline";
import { OutcomeUnknownError } from "../../xmlapi/errors";
import type { Update } from "../progress";
import { uptimeSeconds } from "./uptime";
import { isDown, waitReady } from "./wait-ready";

const RESTART = "<request><restart><system/></restart></request>";

/** Sends `request restart system`, waits for the API to go away, then for the device to be ready again. */
export async function rebootAndWait(client: PanosClient, deadline: Deadline, poll: PollInterval, update: Update) {
  // A restart shorter than the polls would be missed by watching for the API to go away; an
  // uptime that went backwards shows it too.
  const uptimeBefore = await uptimeSeconds(client);
  try {
    await client.op(RESTART, { write: true });
    update("restart requested");
  } catch (error) {
    // The device may drop the connection as it goes down; whether it restarts shows below.
    if (!(error instanceof OutcomeUnknownError)) throw error;
    update("restart requested; the connection dropped");
  }
  for (let attempt = 0; !(await isDown(client)) && !(await restartedSince(client, uptimeBefore)); attempt++) {
    update("waiting for the firewall to go down");
    const wait = backoffMs(attempt, poll.initialMs, poll.maxMs);
    if (deadline.remainingMs() <= wait)
      throw deadline.exceeded(`${client.host} still answers after the restart request`);
    await deadline.sleep(wait);
  }
  update("firewall is restarting");
  await waitReady(client, deadline, poll, update, { restarting: true });
}

/** True when the uptime is now lower than before the restart request: the device restarted. */
async function restartedSince(client: PanosClient, uptimeBefore: number | undefined): Promise<boolean> {
  if (uptimeBefore === undefined) return false;
  const now = await uptimeSeconds(client);
  return now !== undefined && now < uptimeBefore;
}
