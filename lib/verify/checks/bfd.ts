/**
 * `bfd.sessions` (guide: "If BFD has been configured, both peers on both firewalls should be up"):
 * every BFD session up; no sessions at all means BFD is not configured, which the guide allows (skip).
 */
import type { FirewallFacts } from "../collect";
import type { BfdSession } from "../parse/bfd-sessions";
import type { CheckResult } from "../types";
import { count, listOf, result } from "./result";

function sessionLabel(session: BfdSession): string {
  const where = [session.interface ? `on ${session.interface}` : "", session.protocol ? `(${session.protocol})` : ""];
  return [`${session.neighbor}`, ...where.filter(Boolean)].join(" ");
}

/** `bfd.sessions`. */
export function bfdSessionsCheck(facts: FirewallFacts): CheckResult {
  const { bfdSessions } = facts;
  if (!bfdSessions.ok) return result("bfd.sessions", "error", bfdSessions.message);
  const sessions = bfdSessions.value;
  if (sessions.length === 0) return result("bfd.sessions", "skip", "no BFD sessions: BFD is not configured");
  const down = sessions.filter((s) => s.state !== "up");
  if (down.length > 0) {
    const named = down.map((s) => `BFD session to ${sessionLabel(s)} is ${s.state}`);
    return result(
      "bfd.sessions",
      "fail",
      `${listOf(named)}; ${sessions.length - down.length} of ${sessions.length} up`,
    );
  }
  return result(
    "bfd.sessions",
    "pass",
    `${count(sessions.length, "session")} up: ${listOf(sessions.map(sessionLabel))}`,
  );
}
