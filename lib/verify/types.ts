/** The public shape of `mve-ha verify`: targets in, a report out. */

/** The check ids of the guide's review checklist, in report order. */
export const CHECK_IDS = [
  "ha.enabled",
  "ha.mode",
  "ha.local-state",
  "ha.peer-state",
  "ha.links",
  "ha.state-sync",
  "ha.config-sync",
  "ha.compatibility",
  "bgp.peers",
  "bgp.routes-received",
  "bfd.sessions",
  "routing.routes",
  "sessions.from-ha",
  "path-monitoring",
  "config.pending",
  "config.locks",
  "jobs.recent",
  "system.jumbo-frames",
] as const;

/** The Megaport checks, reported in their own block after the firewalls (see checks/megaport-*.ts). */
export const MEGAPORT_CHECK_IDS = ["megaport.mves", "megaport.vxcs"] as const;

export type CheckId = (typeof CHECK_IDS)[number] | (typeof MEGAPORT_CHECK_IDS)[number];

export type CheckStatus = "pass" | "fail" | "error" | "skip";

/** One check's outcome; `detail` names what is wrong (the peer, the session, the link). */
export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly detail: string;
}

/** A firewall to verify: its address and a way to run operational commands on it. */
export interface FirewallTarget {
  /** Management address, as given on the command line. */
  readonly host: string;
  /**
   * Runs an operational command (`type=op`, `cmd` = the XML, e.g.
   * `<show><high-availability><state/></high-availability></show>`) and resolves to the raw
   * response body. Rejects on transport failure after the client's own retries.
   */
  op(cmd: string): Promise<string>;
}

/** The report; `--json` prints exactly this shape. */
export interface VerifyReport {
  readonly ok: boolean;
  readonly firewalls: ReadonlyArray<{ readonly host: string; readonly checks: readonly CheckResult[] }>;
  /** The Megaport checks, when the products were given (`verify --outputs`). */
  readonly megaport?: { readonly checks: readonly CheckResult[] };
}
