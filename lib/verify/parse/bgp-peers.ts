/**
 * BGP peers. Legacy engine (`show routing protocol bgp peer`, real captures): `result/entry[@peer][@vr]`
 * with `peer-group`, `remote-as`, `status` (FSM state, `Established` when up), `peer-address` and
 * `local-address` (`ip:port` once connected) and `prefix-counter/entry[@afi-safi]/incoming-accepted`.
 * Advanced Routing (`show advanced-routing bgp peer status`): JSON keyed by logical router and peer
 * name; no device capture is published, so field names are read from the plausible spellings
 * (`state`/`status`/`bgpState`, `peer-ip`/`peer-address`, `acceptedPrefixCounter` under
 * `addressFamilyInfo`).
 */
import { type XmlElement } from "../../xmlspec/xml";
import { childrenNamed, fieldCount, fieldText, listEntries, requiredField } from "../xml-read";
import { hasValues, isObject, jsonText, visitObjects, withoutPort, type JsonObject } from "./json-walk";

/** One BGP peer as the firewall reports it. */
export interface BgpPeer {
  readonly name: string;
  /** Virtual router (legacy) or logical router (Advanced Routing). */
  readonly router: string;
  readonly group?: string;
  /** Peer address without the TCP port. */
  readonly peerAddress: string;
  readonly remoteAs?: string;
  /** FSM state as reported, e.g. `Established`, `Connect`, `Active`, `Idle`. */
  readonly state: string;
  /** Prefixes accepted from this peer, summed over address families; undefined when not reported. */
  readonly prefixesReceived?: number;
}

/** True when the FSM state is Established (PAN-OS capitalises it; ARE may not). */
export function isEstablished(peer: BgpPeer): boolean {
  return peer.state.trim().toLowerCase() === "established";
}

/** Parses the legacy engine answer. */
export function parseLegacyBgpPeers(result: XmlElement): BgpPeer[] {
  return listEntries(result, "BGP peer").map((entry) => {
    const counters = childrenNamed(childrenNamed(entry, "prefix-counter")[0], "entry");
    const accepted = counters.map((c) => fieldCount(c, "incoming-accepted", "incoming-total"));
    const peerAddress = fieldText(entry, "peer-address");
    return {
      name: entry.attributes.peer?.trim() || fieldText(entry, "peer-name") || peerAddress || "?",
      router: entry.attributes.vr?.trim() || fieldText(entry, "vr", "virtual-router") || "?",
      group: fieldText(entry, "peer-group"),
      peerAddress: peerAddress ? withoutPort(peerAddress) : "?",
      remoteAs: fieldText(entry, "remote-as"),
      state: requiredField(entry, "a BGP peer entry", "status", "state"),
      prefixesReceived: accepted.some((n) => n !== undefined)
        ? accepted.reduce<number>((sum, n) => sum + (n ?? 0), 0)
        : undefined,
    };
  });
}

/** Parses the Advanced Routing JSON answer. */
export function parseAdvancedBgpPeers(json: unknown): BgpPeer[] {
  const peers: BgpPeer[] = [];
  visitObjects(json, (object, keys) => {
    const state = jsonText(object, "state", "status", "bgpState", "peer-state", "peerState");
    const address = jsonText(object, "peer-ip", "peer-address", "peerAddress", "remote-ip", "remoteIp", "peer");
    if (state === undefined || address === undefined) return false;
    peers.push({
      name: jsonText(object, "peer-name", "name") ?? keys[keys.length - 1] ?? address,
      router: jsonText(object, "logical-router", "vrf", "vrfName") ?? keys[0] ?? "?",
      group: jsonText(object, "peer-group-name", "peer-group", "peerGroup"),
      peerAddress: withoutPort(address),
      remoteAs: jsonText(object, "remote-as", "remoteAs", "peer-as"),
      state,
      prefixesReceived: acceptedPrefixes(object),
    });
    return true;
  });
  if (peers.length === 0 && hasValues(json)) throw new Error("no BGP peer record (state and peer address) in the JSON");
  return peers;
}

/** Sums `acceptedPrefixCounter` over the address families of an ARE peer record. */
function acceptedPrefixes(peer: JsonObject): number | undefined {
  let total: number | undefined;
  visitObjects(peer, (object) => {
    const value = object.acceptedPrefixCounter ?? object["accepted-prefix-counter"] ?? object.pfxRcd;
    if (typeof value === "number" && Number.isFinite(value)) total = (total ?? 0) + value;
    return false;
  });
  if (total === undefined && isObject(peer) && typeof peer["prefixes-received"] === "number") {
    return peer["prefixes-received"];
  }
  return total;
}
