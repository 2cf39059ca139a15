/** Asynchronous jobs (commits, the boot-time auto-commit): ACT for a while, then FIN with OK or FAIL. */
import { el, type XmlElement } from "../../lib/xmlspec/xml";

/** How a job ends. */
export interface JobEnd {
  readonly result: "OK" | "FAIL";
  readonly details: readonly string[];
}

/** One simulated job. */
export interface SimulatedJob {
  readonly id: number;
  readonly type: "Commit" | "AutoCom";
  readonly user: string;
  readonly description: string;
  readonly enqueuedAt: Date;
  /** Undefined while the job runs. */
  finishedAt?: Date;
  result: "PEND" | "OK" | "FAIL";
  details: readonly string[];
  readonly durationMs: number;
  /** When `show jobs` starts listing the job (ms since the epoch); a busy device may list it late. */
  readonly listedAt: number;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** `2026/11/25 09:22:19`, as PAN-OS writes times. */
export function timestamp(d: Date): string {
  return `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** What the boot-time auto-commit ends with. */
export const AUTO_COMMIT_OK: JobEnd = { result: "OK", details: ["Configuration committed successfully"] };

/** The job list of one device. */
export class JobQueue {
  private readonly list: SimulatedJob[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextId = 1;

  /** Every job, oldest first. */
  public get all(): readonly SimulatedJob[] {
    return this.list;
  }

  /** Jobs `show jobs` lists now, oldest first. */
  public get listed(): readonly SimulatedJob[] {
    const now = Date.now();
    return this.list.filter((j) => j.listedAt <= now);
  }

  /**
   * Starts a job that finishes after `durationMs` (never, when Infinity) with what `finish` decides;
   * `show jobs` lists it after `listedAfterMs`.
   */
  public start(
    type: SimulatedJob["type"],
    user: string,
    description: string,
    durationMs: number,
    finish: () => JobEnd,
    listedAfterMs = 0,
  ): SimulatedJob {
    const enqueuedAt = new Date();
    const job: SimulatedJob = {
      id: this.nextId++,
      type,
      user,
      description,
      enqueuedAt,
      result: "PEND",
      details: [],
      durationMs,
      listedAt: enqueuedAt.getTime() + listedAfterMs,
    };
    this.list.push(job);
    if (Number.isFinite(durationMs)) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.finish(job, finish());
      }, durationMs);
      timer.unref();
      this.timers.add(timer);
    }
    return job;
  }

  /** Finishes a job started with an infinite duration. */
  public finish(job: SimulatedJob, end: JobEnd): void {
    job.result = end.result;
    job.details = end.details;
    job.finishedAt = new Date();
  }

  /** The running job of this type, if any. */
  public running(type: SimulatedJob["type"]): SimulatedJob | undefined {
    return this.list.find((j) => j.type === type && j.finishedAt === undefined);
  }

  /** The job with this id, if `show jobs` lists it. */
  public find(id: number): SimulatedJob | undefined {
    return this.listed.find((j) => j.id === id);
  }

  /** Abandons running jobs (reboot or stop): they never finish. */
  public cancelTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Drops unfinished jobs (a reboot forgets them). */
  public forgetUnfinished(): void {
    this.cancelTimers();
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].finishedAt === undefined) this.list.splice(i, 1);
  }
}

/** `<job>` as `show jobs` renders it. */
export function renderJob(job: SimulatedJob): XmlElement {
  const finished = job.finishedAt !== undefined;
  const elapsed = Date.now() - job.enqueuedAt.getTime();
  const percent = finished ? 100 : Math.min(99, Math.floor((elapsed / job.durationMs) * 100));
  return el("job", [
    el("tenq", timestamp(job.enqueuedAt)),
    el("tdeq", timestamp(job.enqueuedAt).slice(11)),
    el("id", String(job.id)),
    el("user", job.user),
    el("type", job.type),
    el("status", finished ? "FIN" : "ACT"),
    el("queued", "NO"),
    el("stoppable", "no"),
    el("result", job.result),
    el("tfin", job.finishedAt ? timestamp(job.finishedAt).slice(11) : "Still Active"),
    el("description", job.description),
    el("positionInQ", "0"),
    el("progress", String(percent)),
    el(
      "details",
      job.details.map((line) => el("line", line)),
    ),
    el("warnings"),
  ]);
}
