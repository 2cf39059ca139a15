/**
 * The BGP neighbours a simulated firewall has. When its running configuration has BGP peers, those
 * are its peers, and each is Established only if the simulated network offers a neighbour at that
 * address (`context.routing`, matched by peer address; otherwise it stays in Connect, as a real peer
 * with nobody answering does). Without BGP configuration there are no peers, unless the test asks for
 * the network's neighbours to stand in (`peersFromNetwork`, for a device whose routing configuration
 * is not written to it). Faults then take peers down (`bgpPeersDown`) or empty what they advertise
 * (`bgpPeersWithoutRoutes`).
 */
import { interfaceHolding, readBgpPeers } from "./device-config";
import type { OperationalContext } from "./types";

/** One BGP neighbour as the operational answers show it. */
export interface SimulatedNeighbour {
  readonly name: string;
  readonly group: string;
  readonly router: string;
  readonly peerAddress: string;
  readonly localAddress: string;
  readonly localInterface: string;
  readonly remoteAs: string;
  readonly bfd: boolean;
  readonly established: boolean;
  /** Prefixes received and accepted from this neighbour. */
  readonly prefixes: readonly string[];
}

const DEFAULT_DATA_INTERFACE = "ethernet1/1";

/** The neighbours of the device in `context`, with its faults applied. */
export function simulatedNeighbours(context: OperationalContext): SimulatedNeighbour[] {
  const { health, routing, running } = context;
  const configured = readBgpPeers(running);
  const base =
    configured.length || !context.peersFromNetwork
      ? configured.map((peer) => {
          const offered = routing.find((r) => r.peerAddress === peer.peerAddress);
          return {
            name: peer.name,
            group: peer.group,
            router: peer.router,
            peerAddress: peer.peerAddress,
            localAddress: peer.localAddress ?? offered?.localAddress ?? "0.0.0.0",
            localInterface: peer.localInterface,
            remoteAs: peer.remoteAs ?? offered?.remoteAs ?? "0",
            bfd: peer.bfd,
            offered: offered !== undefined,
            prefixes: offered?.prefixes ?? [],
          };
        })
      : routing.map((r) => ({
          name: r.name,
          group: r.peerGroup,
          router: r.virtualRouter,
          peerAddress: r.peerAddress,
          localAddress: r.localAddress,
          localInterface: undefined,
          remoteAs: r.remoteAs,
          bfd: r.bfd,
          offered: true,
          prefixes: r.prefixes,
        }));
  return base.map(({ offered, localInterface, ...peer }) => {
    const established = offered && !(health.bgpPeersDown ?? []).includes(peer.peerAddress);
    const withoutRoutes = (health.bgpPeersWithoutRoutes ?? []).includes(peer.peerAddress);
    return {
      ...peer,
      localInterface: localInterface ?? interfaceHolding(running, peer.localAddress) ?? DEFAULT_DATA_INTERFACE,
      established,
      prefixes: established && !withoutRoutes ? peer.prefixes : [],
    };
  });
}
