/** The checklist: every check of one firewall, in `CHECK_IDS` order. */
import type { FirewallFacts } from "./collect";
import { bfdSessionsCheck } from "./checks/bfd";
import { bgpPeersCheck, bgpRoutesReceivedCheck } from "./checks/bgp";
import { locksCheck, pendingChangesCheck } from "./checks/config";
import { haChecks } from "./checks/ha";
import { recentJobsCheck } from "./checks/jobs";
import { jumboFramesCheck } from "./checks/jumbo-frames";
import { megaportMvesCheck } from "./checks/megaport-mves";
import type { MegaportTarget } from "./checks/megaport-products";
import { megaportVxcsCheck } from "./checks/megaport-vxcs";
import { pathMonitoringCheck } from "./checks/path-monitoring";
import { routesCheck } from "./checks/routes";
import { sessionsFromHaCheck } from "./checks/sessions";
import { CHECK_IDS, MEGAPORT_CHECK_IDS, type CheckResult } from "./types";

/** Judges one firewall's facts. */
export function runChecklist(facts: FirewallFacts): CheckResult[] {
  const results = [
    ...haChecks(facts),
    bgpPeersCheck(facts),
    bgpRoutesReceivedCheck(facts),
    bfdSessionsCheck(facts),
    routesCheck(facts),
    sessionsFromHaCheck(facts),
    pathMonitoringCheck(facts),
    pendingChangesCheck(facts),
    locksCheck(facts),
    recentJobsCheck(facts),
    jumboFramesCheck(facts),
  ];
  const ids = results.map((r) => r.id);
  if (ids.join() !== CHECK_IDS.join()) throw new Error(`checklist out of order: ${ids.join(", ")}`);
  return results;
}

/** The Megaport checks of the pair, in `MEGAPORT_CHECK_IDS` order (run in parallel). */
export async function runMegaportChecklist(target: MegaportTarget): Promise<CheckResult[]> {
  const results = await Promise.all([megaportMvesCheck(target), megaportVxcsCheck(target)]);
  if (results.map((r) => r.id).join() !== MEGAPORT_CHECK_IDS.join()) throw new Error("megaport checklist out of order");
  return results;
}
