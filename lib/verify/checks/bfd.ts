/**
 * `bfd.sessions` (guide: "If BFD has been configured, both peers on both firewalls should be up"):
 * the pair's constructs configure BFD on every BGP peer, so every BGP peer must have a BFD session
 * and every session must be up. No sessions at all is a failure, not "BFD not configured": an empty
 * answer must not pass for a healthy one. When the BGP peers cannot be read, the sessions are judged
 * on their own.
 */
import type { FirewallFacts } from "../collect";
import type { BfdSession } from "../parse/bfd-sessions";
import type { CheckResult } from "../types";
import { peerLabel } from "./bgp";
import { count, listOf, result } from "./result";

function sessionLabel(session: BfdSession): string {
  const where = [session.interface ? `on ${session.interface}` : "", session.protocol ? `(${session.protocol})` : ""];
  return [`${session.neighbor}`, ...where.filter(Boolean)].join(" ");
}

/** BGP peers (labelled) that have no BFD session, when both lists are known. */
function peersWithoutSession(facts: FirewallFacts, sessions: readonly BfdSession[]): string[] {
  if (!facts.bgpPeers.ok) return [];
  const neighbours = new Set(sessions.map((s) => s.neighbor));
  return facts.bgpPeers.value
    .filter((peer) => !neighbours.has(peer.peerAddress))
    .map((peer) => `BGP peer ${peerLabel(peer, facts.engine)}`);
}

/** `bfd.sessions`. */
export function bfdSessionsCheck(facts: FirewallFacts): CheckResult {
  const { bfdSessions } = facts;
  if (!bfdSessions.ok) return result("bfd.sessions", "error", bfdSessions.message);
  const sessions = bfdSessions.value;
  const missing = peersWithoutSession(facts, sessions);
  if (sessions.length === 0) {
    if (missing.length > 0)
      return result("bfd.sessions", "fail", `no BFD session at all; expected one for ${listOf(missing)}`);
    const peers = facts.bgpPeers.ok ? "and no BGP peers" : "(BGP peers unreadable)";
    return result("bfd.sessions", "fail", `no BFD sessions ${peers}: BFD cannot be up`);
  }
  const down = sessions.filter((s) => s.state !== "up");
  if (down.length > 0 || missing.length > 0) {
    const named = [
      ...down.map((s) => `BFD session to ${sessionLabel(s)} is ${s.state}`),
      ...(missing.length ? [`no BFD session for ${listOf(missing)}`] : []),
    ];
    return result(
      "bfd.sessions",
      "fail",
      `${named.join("; ")}; ${sessions.length - down.length} of ${sessions.length} up`,
    );
  }
  return result(
    "bfd.sessions",
    "pass",
    `${count(sessions.length, "session")} up: ${listOf(sessions.map(sessionLabel))}`,
  );
}
