/** How long the firewall has been up, from `show system info`. */
import type { PanosClient } from "../../xmlapi/client";
import { PanosError } from "../../xmlapi/errors";
import { path, textOf } from "../../xmlspec/xml";

const SYSTEM_INFO = "<show><system><info/></system></show>";

/** Seconds in a PAN-OS uptime such as `3 days, 4:05:06`; undefined when it has another shape. */
export function parseUptime(text: string | undefined): number | undefined {
  const match = /^\s*(\d+)\s+days?,\s+(\d+):(\d{2}):(\d{2})\s*$/.exec(text ?? "");
  if (!match) return undefined;
  const [, days, hours, minutes, seconds] = match.map(Number);
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}

/** The firewall's uptime in seconds, or undefined when it does not answer or says no uptime. */
export async function uptimeSeconds(client: PanosClient): Promise<number | undefined> {
  try {
    const root = await client.op(SYSTEM_INFO, { attempts: 1 });
    return parseUptime(textOf(path(root, "result", "system", "uptime")));
  } catch (error) {
    if (error instanceof PanosError) return undefined;
    throw error;
  }
}
