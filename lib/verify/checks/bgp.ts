/**
 * BGP checks (guide: "Both BGP sessions on both firewalls should be Established" and "Routes for your
 * networks should be received from both peers"):
 * - `bgp.peers`: at least one peer, every peer Established; no peers at all fails.
 * - `bgp.routes-received`: every Established peer sent at least one accepted prefix (legacy prefix
 *   counters; on Advanced Routing, the counters when reported, otherwise the BGP routes in the route
 *   table whose next hop is the peer). Peers that are not Established are `bgp.peers`' failure, not
 *   this one's; with none Established there is nothing to judge (skip).
 */
import type { FirewallFacts } from "../collect";
import { isEstablished, type BgpPeer } from "../parse/bgp-peers";
import type { RouteEntry } from "../parse/routes";
import type { CheckResult } from "../types";
import { count, listOf, result } from "./result";

/** `aws (169.254.100.1, vr default)`. */
export function peerLabel(peer: BgpPeer, engine: FirewallFacts["engine"]): string {
  const where = `${engine === "advanced" ? "logical router" : "vr"} ${peer.router}`;
  return peer.name !== peer.peerAddress
    ? `${peer.name} (${peer.peerAddress}, ${where})`
    : `${peer.peerAddress} (${where})`;
}

/** `bgp.peers`. */
export function bgpPeersCheck(facts: FirewallFacts): CheckResult {
  const { bgpPeers, engine } = facts;
  if (!bgpPeers.ok) return result("bgp.peers", "error", bgpPeers.message);
  const peers = bgpPeers.value;
  if (peers.length === 0) return result("bgp.peers", "fail", "no BGP peers are configured");
  const down = peers.filter((p) => !isEstablished(p));
  if (down.length > 0) {
    const named = down.map((p) => `${peerLabel(p, engine)} is ${p.state}`);
    return result(
      "bgp.peers",
      "fail",
      `${listOf(named)}; ${peers.length - down.length} of ${peers.length} Established`,
    );
  }
  return result(
    "bgp.peers",
    "pass",
    `${peers.length} of ${peers.length} Established: ${listOf(peers.map((p) => peerLabel(p, engine)))}`,
  );
}

/** `bgp.routes-received`. */
export function bgpRoutesReceivedCheck(facts: FirewallFacts): CheckResult {
  const { bgpPeers, engine } = facts;
  if (!bgpPeers.ok) return result("bgp.routes-received", "error", bgpPeers.message);
  const established = bgpPeers.value.filter(isEstablished);
  if (established.length === 0) {
    return result("bgp.routes-received", "skip", "not checked: no BGP peer is Established (see bgp.peers)");
  }
  const counts = established.map((peer) => ({ peer, received: prefixesFrom(peer, facts.routes) }));
  const unknown = counts.filter((c) => c.received === undefined);
  const empty = counts.filter((c) => c.received === 0);
  const described = counts
    .filter((c) => c.received !== undefined && c.received > 0)
    .map((c) => `${c.peer.name}: ${count(c.received ?? 0, "prefix", "prefixes")}`);
  if (empty.length > 0) {
    const named = empty.map((c) => peerLabel(c.peer, engine));
    const others = described.length ? `; ${listOf(described)}` : "";
    return result("bgp.routes-received", "fail", `no prefixes received from ${listOf(named)}${others}`);
  }
  if (unknown.length > 0) {
    const named = unknown.map((c) => peerLabel(c.peer, engine));
    return result("bgp.routes-received", "error", `prefix counts not reported for ${listOf(named)}`);
  }
  return result("bgp.routes-received", "pass", listOf(described));
}

/** Accepted prefixes from the peer's counters, else (Advanced Routing) BGP routes via the peer. */
function prefixesFrom(peer: BgpPeer, routes: FirewallFacts["routes"]): number | undefined {
  if (peer.prefixesReceived !== undefined) return peer.prefixesReceived;
  if (!routes.ok) return undefined;
  return routes.value.filter((r: RouteEntry) => r.protocol === "bgp" && r.nexthop === peer.peerAddress).length;
}
