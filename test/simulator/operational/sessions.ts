/**
 * Session table: two sessions created on this firewall and, while HA is enabled with session
 * synchronization and the peer is linked, two created on the peer and synchronized to this one
 * (`sess-ha-sync` True in `show session id`). `noSessionsFromHa` drops the synchronized ones. Flows go
 * between the prefixes the neighbours advertise (documentation addresses when there are none).
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import { readHaConfig } from "./device-config";
import type { SimulatedNeighbour } from "./neighbours";
import type { OperationalContext } from "./types";

interface SimulatedSession {
  readonly id: string;
  readonly source: string;
  readonly destination: string;
  readonly application: string;
  readonly syncedFromHa: boolean;
}

function hostIn(prefix: string | undefined, host: number, fallback: string): string {
  const network = prefix?.split("/")[0];
  if (!network || !/^\d+\.\d+\.\d+\.\d+$/.test(network)) return fallback;
  const octets = network.split(".");
  octets[3] = String(host);
  return octets.join(".");
}

/** The sessions this device holds. */
export function simulatedSessions(
  context: OperationalContext,
  neighbours: readonly SimulatedNeighbour[],
): SimulatedSession[] {
  const prefixes = neighbours.flatMap((n) => n.prefixes);
  const a = (host: number) => hostIn(prefixes[0], host, `192.0.2.${host}`);
  const b = (host: number) => hostIn(prefixes[1] ?? prefixes[0], host + 100, `198.51.100.${host}`);
  const local: SimulatedSession[] = [
    { id: "1001", source: a(10), destination: b(20), application: "ssl", syncedFromHa: false },
    { id: "1002", source: a(11), destination: b(21), application: "ping", syncedFromHa: false },
  ];
  const ha = readHaConfig(context.running);
  const peer = context.peerRunning ? readHaConfig(context.peerRunning) : undefined;
  const syncing = ha.enabled && ha.stateSync && context.peerUp && peer?.enabled === true && peer.mode === ha.mode;
  if (!syncing || context.health.noSessionsFromHa) return local;
  return [
    ...local,
    { id: "2001", source: a(30), destination: b(40), application: "ssl", syncedFromHa: true },
    { id: "2002", source: a(31), destination: b(41), application: "web-browsing", syncedFromHa: true },
  ];
}

/** Entries of `show session all`. */
export function renderSessionList(sessions: readonly SimulatedSession[]): XmlElement[] {
  return sessions.map((s) =>
    el("entry", [
      el("dst", s.destination),
      el("source", s.source),
      el("sport", "40000"),
      el("dport", s.application === "ping" ? "0" : "443"),
      el("proto", s.application === "ping" ? "1" : "6"),
      el("from", "trust"),
      el("to", "trust"),
      el("state", "ACTIVE"),
      el("type", "FLOW"),
      el("idx", s.id),
      el("vsys", "vsys1"),
      el("application", s.application),
      el("flags", " "),
    ]),
  );
}

/** Children of `show session id N`'s result, or undefined for an unknown id. */
export function renderSessionDetail(
  sessions: readonly SimulatedSession[],
  id: string | undefined,
): XmlElement[] | undefined {
  const session = sessions.find((s) => s.id === id);
  if (!session) return undefined;
  return [
    el("slot", "1"),
    el("cpu", "0"),
    el("c2s", [el("source", session.source), el("dst", session.destination), el("state", "ACTIVE")]),
    el("application", session.application),
    el("sess-ha-sync", session.syncedFromHa ? "True" : "False"),
    el("vsys", "vsys1"),
  ];
}
