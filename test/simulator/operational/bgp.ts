/**
 * BGP peer answers. Legacy: the recorded `show routing protocol bgp peer` entry layout (`ip:port`
 * addresses once Established, bare addresses and an empty `prefix-counter` otherwise). Advanced
 * Routing: JSON keyed by logical router and peer name, with the accepted prefix counter under
 * `detail.addressFamilyInfo.ipv4Unicast` (the layout lib/verify/parse/bgp-peers.ts accepts).
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import type { SimulatedNeighbour } from "./neighbours";

const LOCAL_AS = "65010";

/** Entries of the legacy answer. */
export function renderLegacyBgpPeers(neighbours: readonly SimulatedNeighbour[]): XmlElement[] {
  return neighbours.map((n) => {
    const up = n.established;
    return el(
      "entry",
      [
        el("peer-group", n.group),
        el("peer-router-id", up ? n.peerAddress : "0.0.0.0"),
        el("remote-as", n.remoteAs),
        el("status", up ? "Established" : "Connect"),
        el("status-duration", up ? "3600" : "0"),
        el("password-set", "no"),
        el("passive", "no"),
        el("multi-hop-ttl", "1"),
        el("peer-address", up ? `${n.peerAddress}:179` : n.peerAddress),
        el("local-address", up ? `${n.localAddress}:35355` : n.localAddress),
        el("holdtime", up ? "90" : "0"),
        el("holdtime-config", "90"),
        el("keepalive", up ? "30" : "0"),
        el("keepalive-config", "30"),
        el("msg-update-in", up ? String(n.prefixes.length) : "0"),
        el("msg-total-in", up ? "120" : "0"),
        el("last-error"),
        el("established-counts", up ? "1" : "0"),
        el(
          "prefix-counter",
          up
            ? [
                el(
                  "entry",
                  [
                    el("incoming-total", String(n.prefixes.length)),
                    el("incoming-accepted", String(n.prefixes.length)),
                    el("incoming-rejected", "0"),
                    el("policy-rejected", "0"),
                    el("outgoing-total", "1"),
                    el("outgoing-advertised", "1"),
                  ],
                  { "afi-safi": "bgpAfiIpv4-unicast" },
                ),
              ]
            : [],
        ),
      ],
      { peer: n.name, vr: n.router },
    );
  });
}

/** The JSON of the Advanced Routing answer. */
export function advancedBgpPeers(neighbours: readonly SimulatedNeighbour[]): Record<string, Record<string, unknown>> {
  const byRouter: Record<string, Record<string, unknown>> = {};
  for (const n of neighbours) {
    byRouter[n.router] ??= {};
    byRouter[n.router][n.name] = {
      "peer-group-name": n.group,
      "remote-as": Number(n.remoteAs),
      "local-as": Number(LOCAL_AS),
      state: n.established ? "Established" : "Active",
      "local-ip": n.localAddress,
      "peer-ip": n.peerAddress,
      "status-time": n.established ? 3600 : 0,
      detail: {
        addressFamilyInfo: { ipv4Unicast: { acceptedPrefixCounter: n.prefixes.length, sentPrefixCounter: 1 } },
      },
    };
  }
  return byRouter;
}
