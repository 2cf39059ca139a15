/**
 * `sessions.from-ha` (guide: "synchronized sessions marked as Session From HA: True"): among up to
 * `SESSION_SAMPLE_SIZE` sessions (active flows first), at least one is synchronized from the HA peer.
 * An empty session table cannot show it yet (skip, asking for traffic); HA disabled skips too.
 */
import { SESSION_SAMPLE_SIZE, type FirewallFacts } from "../collect";
import type { SessionSummary } from "../parse/sessions";
import type { CheckResult } from "../types";
import { count, result } from "./result";

function sessionLabel(session: SessionSummary): string {
  const flow = session.source && session.destination ? ` ${session.source} → ${session.destination}` : "";
  return `session ${session.id}${flow}${session.application ? ` (${session.application})` : ""}`;
}

/** `sessions.from-ha`. */
export function sessionsFromHaCheck(facts: FirewallFacts): CheckResult {
  const { sessions } = facts;
  if (sessions === undefined) return result("sessions.from-ha", "skip", "not checked: HA is not enabled");
  if (!sessions.ok) return result("sessions.from-ha", "error", sessions.message);
  const { total, examined } = sessions.value;
  if (total === 0) {
    return result(
      "sessions.from-ha",
      "skip",
      "the session table is empty: send traffic through the pair, then verify again",
    );
  }
  const synced = examined.find((e) => e.syncedFromHa.ok && e.syncedFromHa.value);
  if (synced) {
    return result(
      "sessions.from-ha",
      "pass",
      `${sessionLabel(synced.session)} is synchronized from the HA peer (${count(total, "session")} in the table)`,
    );
  }
  const failed = examined.filter((e) => !e.syncedFromHa.ok);
  const judged = examined.length - failed.length;
  if (judged === 0) {
    const reason =
      failed[0] && !failed[0].syncedFromHa.ok ? failed[0].syncedFromHa.message : "no session could be looked up";
    return result("sessions.from-ha", "error", `could not read the session details: ${reason}`);
  }
  const scope =
    total > SESSION_SAMPLE_SIZE
      ? `the ${judged} sessions examined (of ${total})`
      : `${count(judged, "session")} examined`;
  return result(
    "sessions.from-ha",
    "fail",
    `none of ${scope} is synchronized from the HA peer (Session From HA: False)`,
  );
}
