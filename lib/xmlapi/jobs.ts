/** PAN-OS jobs (`show jobs id N` / `show jobs all`): commits, validations, the boot-time auto-commit. */
import { child, textOf, type XmlElement } from "../xmlspec/xml";

/** One job as the device reports it. */
export interface Job {
  readonly id: number;
  /** `Commit`, `Validate`, `AutoCom`, `HA-Sync`, … */
  readonly type: string;
  /** `ACT` while running (`PEND` when queued), `FIN` when done. */
  readonly status: string;
  /** `PEND` until finished, then `OK` or `FAIL`. */
  readonly result: string;
  /** 0–100 while running; some finished jobs carry a timestamp here instead. */
  readonly progress: string | undefined;
  readonly user: string | undefined;
  /** The commit description the job was queued with (empty when none, or when the device omits it). */
  readonly description: string;
  /** `details/line*`: the reasons of a failure, or the success message. */
  readonly details: readonly string[];
  /** `warnings/line*`: problems that did not fail the job. */
  readonly warnings: readonly string[];
}

function lines(element: XmlElement | undefined): string[] {
  if (!element) return [];
  const items = element.children.filter((c) => c.name === "line");
  const texts = items.length > 0 ? items.map((l) => textOf(l) ?? "") : [textOf(element) ?? ""];
  return texts
    .flatMap((t) => t.split(/\r?\n/))
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Parses a `<job>` element. */
export function parseJob(job: XmlElement): Job {
  const field = (name: string) => textOf(child(job, name));
  const id = Number(field("id"));
  if (!Number.isInteger(id)) throw new Error(`job element has no numeric id: ${JSON.stringify(field("id"))}`);
  return {
    id,
    type: field("type") ?? "",
    status: field("status") ?? "",
    result: field("result") ?? "",
    progress: field("progress"),
    user: field("user"),
    description: field("description") ?? "",
    details: lines(child(job, "details")),
    warnings: lines(child(job, "warnings")),
  };
}

/** Parses every `<job>` under a `show jobs` result. */
export function parseJobs(result: XmlElement | undefined): Job[] {
  return (result?.children ?? []).filter((c) => c.name === "job").map(parseJob);
}

/** True once the device has finished the job (whatever its result). */
export function isFinished(job: Job): boolean {
  return job.status === "FIN";
}

/** `progress` as a percentage, or undefined when it holds something else (a timestamp). */
export function progressPercent(job: Job): number | undefined {
  return job.progress !== undefined && /^\d{1,3}$/.test(job.progress) ? Number(job.progress) : undefined;
}

/** One line describing a job's state, e.g. `commit job 5: ACT 55%`. */
export function describeJob(job: Job): string {
  const percent = progressPercent(job);
  const state = isFinished(job)
    ? `${job.status} ${job.result}`
    : `${job.status}${percent !== undefined ? ` ${percent}%` : ""}`;
  return `${job.type || "job"} job ${job.id}: ${state}`;
}
