/**
 * Reads everything the checklist judges from one firewall, command by command (one at a time, so a
 * busy management plane is not flooded; the two firewalls are read in parallel by `verifyPair`).
 */
import { DeviceChannel } from "./channel";
import { interfaceCommand, OP_COMMANDS, sessionDetailCommand } from "./commands";
import { failure, malformed, mapOutcome, success, type Outcome } from "./outcome";
import { parseBfdSessions, type BfdSession } from "./parse/bfd-sessions";
import { parseAdvancedBgpPeers, parseLegacyBgpPeers, type BgpPeer } from "./parse/bgp-peers";
import { parseJumboFrameMode, parsePendingChanges } from "./parse/flag-answer";
import { parseHaState, parseInterfaceLinkState, type HaState } from "./parse/ha-state";
import { parseJobList, type ListedJob } from "./parse/jobs";
import { parseLocks, type HeldLock } from "./parse/locks";
import { locatePathMonitoring, parsePathMonitoring, type PathMonitoringStatus } from "./parse/path-monitoring";
import { parseAdvancedRoutes, parseLegacyRoutes, type RouteEntry } from "./parse/routes";
import { parseSessionList, parseSessionSyncedFromHa, type SessionSummary } from "./parse/sessions";
import { mentionsAdvancedRoutingMode, readJsonResult } from "./response";
import type { FirewallTarget } from "./types";
import type { XmlElement } from "../xmlspec/xml";

/** At most this many sessions are looked up one by one for the "from HA" flag. */
export const SESSION_SAMPLE_SIZE = 12;

/** Which routing engine answered: legacy virtual routers or the Advanced Routing Engine. */
export type RoutingEngine = "legacy" | "advanced";

/** Sessions looked up for the "synchronized from the HA peer" flag. */
export interface SessionSample {
  /** Rows `show session all` returned. */
  readonly total: number;
  readonly examined: ReadonlyArray<{ readonly session: SessionSummary; readonly syncedFromHa: Outcome<boolean> }>;
}

/** What one firewall reported. `undefined` parts were not asked because HA is disabled (or HA3 status was reported). */
export interface FirewallFacts {
  readonly host: string;
  readonly ha: Outcome<HaState>;
  readonly pathMonitoring?: Outcome<PathMonitoringStatus>;
  /** HA3 port link state, asked only when the HA summary has no HA3 status. */
  readonly ha3PortState?: Outcome<string>;
  readonly engine: RoutingEngine;
  readonly bgpPeers: Outcome<BgpPeer[]>;
  readonly bfdSessions: Outcome<BfdSession[]>;
  readonly routes: Outcome<RouteEntry[]>;
  readonly sessions?: Outcome<SessionSample>;
  /** `check pending-changes`: true when uncommitted changes are pending. */
  readonly pendingChanges: Outcome<boolean>;
  readonly configLocks: Outcome<HeldLock[]>;
  readonly commitLocks: Outcome<HeldLock[]>;
  readonly jobs: Outcome<ListedJob[]>;
  /** The jumbo-frame mode in effect. */
  readonly jumboFrames: Outcome<boolean>;
}

/** Progress callback: the host and a short description of the step starting. */
export type StepListener = (host: string, step: string) => void;

/** Collects the facts of one firewall. Never rejects: failures are recorded per fact. */
export async function collectFacts(target: FirewallTarget, onStep: StepListener = () => {}): Promise<FirewallFacts> {
  const channel = new DeviceChannel(target);
  onStep(target.host, "HA state");
  const ha = mapOutcome(await channel.run(OP_COMMANDS.haState), "HA state", parseHaState);
  const haEnabled = ha.ok && ha.value.enabled;

  // Without a readable HA state the HA-dependent facts are unknown for the same reason.
  const haUnknown = ha.ok ? undefined : failure<never>(ha.message);
  const pathMonitoring = haEnabled ? await readPathMonitoring(channel, ha.value) : haUnknown;
  const ha3PortState = haEnabled ? await readHa3PortState(channel, ha.value) : undefined;

  onStep(target.host, "BGP peers");
  const legacyPeers = await channel.run(OP_COMMANDS.legacyBgpPeers);
  const engine: RoutingEngine =
    !legacyPeers.ok && !legacyPeers.malformed && mentionsAdvancedRoutingMode(legacyPeers.message)
      ? "advanced"
      : "legacy";
  const bgpPeers =
    engine === "legacy"
      ? mapOutcome(legacyPeers, "BGP peer", parseLegacyBgpPeers)
      : readJson(await channel.run(OP_COMMANDS.advancedBgpPeers), "BGP peer", parseAdvancedBgpPeers);

  onStep(target.host, "BFD sessions");
  const bfd = await channel.run(engine === "legacy" ? OP_COMMANDS.legacyBfd : OP_COMMANDS.advancedBfd);
  const bfdSessions = mapOutcome(bfd, "BFD summary", parseBfdSessions);

  onStep(target.host, "route table");
  const routes =
    engine === "legacy"
      ? mapOutcome(await channel.run(OP_COMMANDS.legacyRoutes), "route table", parseLegacyRoutes)
      : readJson(await channel.run(OP_COMMANDS.advancedRoutes), "route table", parseAdvancedRoutes);

  let sessions: Outcome<SessionSample> | undefined = haUnknown;
  if (haEnabled) {
    onStep(target.host, "sessions");
    sessions = await readSessions(channel);
  }

  onStep(target.host, "configuration state");
  const pendingChanges = mapOutcome(
    await channel.run(OP_COMMANDS.pendingChanges),
    "pending changes",
    parsePendingChanges,
  );
  const configLocks = mapOutcome(await channel.run(OP_COMMANDS.configLocks), "config locks", (r) =>
    parseLocks(r, "config-locks"),
  );
  const commitLocks = mapOutcome(await channel.run(OP_COMMANDS.commitLocks), "commit locks", (r) =>
    parseLocks(r, "commit-locks"),
  );
  const jobs = mapOutcome(await channel.run(OP_COMMANDS.jobs), "jobs", parseJobList);
  const jumboFrames = mapOutcome(await channel.run(OP_COMMANDS.jumboFrame), "jumbo-frame mode", parseJumboFrameMode);
  return {
    host: target.host,
    ha,
    pathMonitoring,
    ha3PortState,
    engine,
    bgpPeers,
    bfdSessions,
    routes,
    sessions,
    pendingChanges,
    configLocks,
    commitLocks,
    jobs,
    jumboFrames,
  };
}

function readJson<T>(answer: Outcome<XmlElement>, what: string, parse: (json: unknown) => T): Outcome<T> {
  if (!answer.ok) return answer;
  const json = readJsonResult(answer.value);
  return mapOutcome(json, what, parse);
}

/**
 * The dedicated command first; the summary inside the HA state only when the device refuses the
 * command (a well-formed error answer). A malformed or unrecognised answer is an error, not a fallback.
 */
async function readPathMonitoring(channel: DeviceChannel, ha: HaState): Promise<Outcome<PathMonitoringStatus>> {
  const dedicated = await channel.run(OP_COMMANDS.haPathMonitoring);
  if (dedicated.ok) {
    const element = locatePathMonitoring(dedicated.value);
    if (element) return mapOutcome(success(element), "path monitoring", parsePathMonitoring);
    return malformed("unrecognised path monitoring answer: no <path-monitoring> or <enabled> in <result>");
  }
  if (channel.unreachable !== undefined || dedicated.malformed) return dedicated;
  if (ha.pathMonitoringSummary)
    return mapOutcome(success(ha.pathMonitoringSummary), "path monitoring", parsePathMonitoring);
  return dedicated;
}

async function readHa3PortState(channel: DeviceChannel, ha: HaState): Promise<Outcome<string> | undefined> {
  if (ha.peer.links.some((l) => l.link === "HA3") || ha.local.ha3Port === undefined) return undefined;
  return mapOutcome(await channel.run(interfaceCommand(ha.local.ha3Port)), "interface", parseInterfaceLinkState);
}

/** Looks sessions up one by one (active flows first) until one is marked as synchronized from the peer. */
async function readSessions(channel: DeviceChannel): Promise<Outcome<SessionSample>> {
  const list = mapOutcome(await channel.run(OP_COMMANDS.sessions), "session table", parseSessionList);
  if (!list.ok) return list;
  const flowsFirst = [...list.value].sort((a, b) => rank(a) - rank(b));
  const examined: Array<{ session: SessionSummary; syncedFromHa: Outcome<boolean> }> = [];
  for (const session of flowsFirst.slice(0, SESSION_SAMPLE_SIZE)) {
    if (!/^\d+$/.test(session.id)) continue;
    const detail = await channel.run(sessionDetailCommand(session.id));
    const synced = mapOutcome(detail, "session detail", (result) => {
      const flag = parseSessionSyncedFromHa(result);
      if (flag === undefined) throw new Error("no sess-ha-sync field");
      return flag;
    });
    examined.push({ session, syncedFromHa: synced });
    if (synced.ok && synced.value) break;
    if (channel.unreachable !== undefined) break;
  }
  return success({ total: list.value.length, examined });
}

function rank(session: SessionSummary): number {
  return (session.state === "ACTIVE" ? 0 : 1) + (session.type === "FLOW" || session.type === undefined ? 0 : 2);
}
