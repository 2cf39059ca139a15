/**
 * The state of one simulated firewall: candidate and running configuration, pending changes,
 * jobs, boot phases, jumbo-frame mode, HA peer, and the faults a test injected.
 */
import { randomBytes } from "node:crypto";
import { path, textOf, type XmlElement } from "../../lib/xmlspec/xml";
import { findNodes, withoutAttributes, type Stamp } from "./config-tree";
import { FaultSet, type DeviceFault } from "./faults";
import { AUTO_COMMIT_OK, JobQueue, timestamp, type JobEnd, type SimulatedJob } from "./jobs";
import type { HealthFaults, SimulatedBgpPeer } from "./operational";
import { parseXpath } from "./xpath";

/**
 * `down`: nothing listens (connection refused). `starting`: the web server answers 502 pages.
 * `refusing-credentials`: the API answers every request, keygen included, with 403 "Invalid
 * credentials." (PAN-OS does so while its management plane restarts). `booting`: the API answers
 * but the chassis is not ready. `up`: ready (an auto-commit runs first).
 */
export type Phase = "down" | "starting" | "refusing-credentials" | "booting" | "up";

/** One request as the simulator saw it (credentials and element bodies are never recorded). */
export interface RequestRecord {
  readonly at: Date;
  readonly type: string;
  readonly action?: string;
  readonly xpath?: string;
  readonly cmd?: string;
  /** HTTP status, or `reset` when the connection was dropped. */
  readonly outcome: number | "reset";
}

/** A finished or running commit, for tests. */
export interface CommitRecord {
  readonly id: number;
  /** `PEND` while running. */
  readonly result: "PEND" | "OK" | "FAIL";
  readonly at: Date;
  readonly finishedAt?: Date;
  readonly details: readonly string[];
}

export interface DeviceSettings {
  readonly username: string;
  readonly password: string;
  readonly apiKey: string;
  readonly commitMs: number;
  /** Duration of the boot-time auto-commit. */
  readonly autoCommitMs: number;
  readonly address: string;
}

/** Attributes the device keeps only in the candidate. */
const CANDIDATE_ONLY = new Set(["dirtyId"]);

/** A random API key, as keygen hands out. */
export function newApiKey(): string {
  return `LUFRPT${randomBytes(24).toString("base64")}`;
}

export class SimulatedDevice {
  public candidate: XmlElement;
  public running: XmlElement;
  public phase: Phase = "down";
  public readonly jobs = new JobQueue();
  public readonly faults = new FaultSet();
  public readonly requests: RequestRecord[] = [];
  public health: HealthFaults = {};
  public routing: readonly SimulatedBgpPeer[];
  public peer: SimulatedDevice | undefined;
  /** Jumbo-frame mode in effect (changes only at boot). */
  public jumboMode = false;
  /** Mode last asked for with `set system setting jumbo-frame` (kept across boots, applied at each). */
  public jumboRequest: boolean | undefined;
  /** Accepted configuration writes (set, edit, delete). */
  public writes = 0;
  public bootedAt = new Date();
  private changeSeq = 0;
  private committedSeq = 0;
  /** The change a running commit took from the candidate, when the device stops counting it as pending. */
  private takenSeq: number | undefined;

  public constructor(
    public readonly settings: DeviceSettings,
    initialConfig: XmlElement,
    routing: readonly SimulatedBgpPeer[],
  ) {
    this.candidate = initialConfig;
    this.running = initialConfig;
    this.routing = routing;
  }

  /** Commit jobs, oldest first. */
  public get commits(): CommitRecord[] {
    return this.jobs.all
      .filter((j) => j.type === "Commit")
      .map((j) => ({ id: j.id, result: j.result, at: j.enqueuedAt, finishedAt: j.finishedAt, details: j.details }));
  }

  /** True when the candidate holds changes the running configuration (or a commit taking them) does not. */
  public get pendingChanges(): boolean {
    return this.changeSeq !== this.committedSeq && this.changeSeq !== this.takenSeq;
  }

  /** The admin holding a configuration lock other than ours, if any. */
  public get foreignLock(): { admin: string; comment?: string } | undefined {
    const lock = this.faults.device("config-lock");
    return lock && lock.admin !== this.settings.username ? lock : undefined;
  }

  /** Bookkeeping attributes for a node this request changes, as PAN-OS adds them. */
  public stamp(): Stamp {
    return { admin: this.settings.username, dirtyId: String(this.changeSeq + 1), time: timestamp(new Date()) };
  }

  /** Records an accepted write that produced `candidate`. */
  public wrote(candidate: XmlElement): void {
    this.candidate = candidate;
    this.changeSeq++;
    this.writes++;
  }

  /**
   * Queues a commit of the current candidate. `lost` (a commit-answer-lost fault) delays the job's
   * listing and, unless it says otherwise, stops counting the candidate as pending while the job runs.
   */
  public startCommit(
    description: string,
    lost?: Extract<DeviceFault, { kind: "commit-answer-lost" }>,
    user = this.settings.username,
  ): SimulatedJob {
    const snapshot = this.candidate;
    const seq = this.changeSeq;
    const stuck = this.faults.device("job-stuck", true) !== undefined;
    const fail = this.faults.device("commit-fail", true);
    if (lost && !lost.pendingWhileRunning) this.takenSeq = seq;
    const finish = (): JobEnd => {
      if (this.takenSeq === seq) this.takenSeq = undefined;
      if (fail) return { result: "FAIL", details: fail.details };
      this.running = withoutAttributes(snapshot, CANDIDATE_ONLY);
      this.committedSeq = seq;
      return { result: "OK", details: ["Configuration committed successfully"] };
    };
    return this.jobs.start(
      "Commit",
      user,
      description,
      stuck ? Infinity : this.settings.commitMs,
      finish,
      lost?.listedAfterMs ?? 0,
    );
  }

  /**
   * Another administrator's commit. Admin-scoped (partial, the default): it commits only their own
   * changes, so it finishes OK and leaves every change of ours pending and the running
   * configuration as it was. `full`: it commits the whole candidate, ours included.
   */
  public startForeignCommit(admin: string, description: string, full = false): SimulatedJob {
    if (full) return this.startCommit(description, undefined, admin);
    return this.jobs.start("Commit", admin, description, this.settings.commitMs, () => ({
      result: "OK",
      details: ["Configuration committed successfully"],
    }));
  }

  /** A restart begins: uncommitted changes and running jobs are lost. */
  public shutDown(): void {
    this.phase = "down";
    this.candidate = this.running;
    this.committedSeq = this.changeSeq;
    this.takenSeq = undefined;
    this.jobs.forgetUnfinished();
  }

  /**
   * The management plane is up and the auto-commit runs. Jumbo-frame mode follows the last
   * `set system setting jumbo-frame`, not the configuration element: on a real VM-Series the element
   * and a restart alone left the mode off (research panos-xmlapi.md §3.1). `upForS`: the uptime
   * the device reports at once; `autoCommitMs`: Infinity for an auto-commit the caller finishes.
   */
  public bootComplete(upForS = 0, autoCommitMs = this.settings.autoCommitMs): SimulatedJob {
    this.bootedAt = new Date(Date.now() - upForS * 1000);
    this.jumboMode = this.faults.device("jumbo-stays-off") ? false : (this.jumboRequest ?? this.jumboMode);
    this.phase = "up";
    return this.jobs.start("AutoCom", "", "", autoCommitMs, () => AUTO_COMMIT_OK);
  }

  /** This device's hostname from its running configuration. */
  public get hostname(): string {
    const device = findNodes(this.running, parseXpath("/config/devices/entry"))[0];
    return textOf(path(device, "deviceconfig", "system", "hostname")) ?? "PA-VM";
  }

  /** True when the device answers and its HA peer could talk to it. */
  public get isUp(): boolean {
    return this.phase === "up";
  }

  /** Stops timers. */
  public stop(): void {
    this.jobs.cancelTimers();
  }
}
