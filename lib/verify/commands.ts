/**
 * The operational commands `mve-ha verify` sends (all `type=op`, read-only). Each maps to a screen
 * the guide's review list points at; see `checks/` for how each answer is judged.
 */
import { el, renderXml } from "../xmlspec/xml";

export const OP_COMMANDS = {
  /** HA summary: enabled, mode, local/peer state, HA link status, state and config sync. */
  haState: "<show><high-availability><state/></high-availability></show>",
  /** HA path monitoring groups and destinations (falls back to the summary inside `haState`). */
  haPathMonitoring: "<show><high-availability><path-monitoring/></high-availability></show>",
  /** Legacy engine BGP peers; on an Advanced Routing firewall it answers "Command deprecated…". */
  legacyBgpPeers: "<show><routing><protocol><bgp><peer/></bgp></protocol></routing></show>",
  /** Advanced Routing BGP peer status (JSON inside `<json>`). */
  advancedBgpPeers: "<show><advanced-routing><bgp><peer><status/></peer></bgp></advanced-routing></show>",
  /** Legacy engine BFD sessions. */
  legacyBfd: "<show><routing><bfd><summary/></bfd></routing></show>",
  /** Advanced Routing BFD sessions (XML entries or JSON; both are accepted). */
  advancedBfd: "<show><advanced-routing><bfd><summary/></bfd></advanced-routing></show>",
  /** Legacy engine route table (RIB) with flags. */
  legacyRoutes: "<show><routing><route/></routing></show>",
  /** Advanced Routing route table (JSON inside `<json>`). */
  advancedRoutes: "<show><advanced-routing><route/></advanced-routing></show>",
  /** The session table (PAN-OS caps how many entries it returns). */
  sessions: "<show><session><all/></session></show>",
  /** `yes` when the candidate configuration holds uncommitted changes. */
  pendingChanges: "<check><pending-changes/></check>",
  /** Configuration locks on every vsys. */
  configLocks: "<show><config-locks><vsys>all</vsys></config-locks></show>",
  /** Commit locks. */
  commitLocks: "<show><commit-locks/></show>",
  /** Every job the device still lists (commits, the boot-time auto-commit, downloads, …). */
  jobs: "<show><jobs><all/></jobs></show>",
  /** The jumbo-frame mode in effect (`on`/`off`). */
  jumboFrame: "<show><system><setting><jumbo-frame/></setting></system></show>",
} as const;

/** `show session id <id>`: one session's details, including whether it was synchronized from the HA peer. */
export function sessionDetailCommand(id: string): string {
  return renderXml(el("show", [el("session", [el("id", id)])]));
}

/** `show interface <name>`: link state of one port (used for HA3 when the HA summary omits it). */
export function interfaceCommand(name: string): string {
  return renderXml(el("show", [el("interface", name)]));
}
