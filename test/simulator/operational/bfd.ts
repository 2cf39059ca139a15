/**
 * BFD answers: one session per neighbour running BFD, up unless its address is in `bfdDown`.
 * Legacy: the recorded summary layout, with the real quirks (trailing spaces inside `interface`,
 * `protocol` and `up-time`; remote discriminator `0x0` and an empty up-time when down). Advanced
 * Routing: JSON records `{peer, local, vrf, interface, status, uptime}` (an assumed layout; the parser
 * accepts it and the XML form).
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import type { SimulatedNeighbour } from "./neighbours";
import type { HealthFaults } from "./types";

function sessions(neighbours: readonly SimulatedNeighbour[], health: HealthFaults) {
  return neighbours
    .filter((n) => n.bfd)
    .map((n, i) => ({ n, id: i + 1, up: !(health.bfdDown ?? []).includes(n.peerAddress) }));
}

/** Entries of the legacy answer. */
export function renderLegacyBfd(neighbours: readonly SimulatedNeighbour[], health: HealthFaults): XmlElement[] {
  return sessions(neighbours, health).map(({ n, id, up }) =>
    el("entry", [
      el("session-id", String(id)),
      el("interface", `${n.localInterface} `),
      el("protocol", "BGP "),
      el("local-ip-address", n.localAddress),
      el("neighbor-ip-address", n.peerAddress),
      el("discriminator-local", `0x${(0x48e0000 + id).toString(16)}`),
      el("discriminator-remote", up ? `0x${(0x4bb50000 + id).toString(16)}` : "0x0"),
      el("state-local", up ? "up" : "down"),
      el("up-time", up ? "0d 1h 0m 0s 0ms " : ""),
      el("errors", "0"),
    ]),
  );
}

/** The JSON of the Advanced Routing answer. */
export function advancedBfd(neighbours: readonly SimulatedNeighbour[], health: HealthFaults): unknown[] {
  return sessions(neighbours, health).map(({ n, id, up }) => ({
    id,
    peer: n.peerAddress,
    local: n.localAddress,
    vrf: n.router,
    interface: n.localInterface,
    status: up ? "up" : "down",
    uptime: up ? 3600 : 0,
  }));
}
