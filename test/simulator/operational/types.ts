/**
 * Contract between the PAN-OS simulator's core (HTTP, config trees, jobs, faults) and its
 * operational-state responses (HA, BGP, BFD, routes, sessions) used by `mve-ha verify` tests.
 * The core owns the device; this side only renders `type=op` answers from what the core passes.
 */
import type { XmlElement } from "../../../lib/xmlspec/xml";

/** Conditions a test breaks on purpose so that one verify check must fail. Empty = healthy. */
export interface HealthFaults {
  /** HA links reported down on this device. */
  readonly haLinksDown?: ReadonlyArray<"ha1" | "ha2" | "ha3">;
  /** Force this device's HA state, e.g. `tentative`, `suspended`, `non-functional`. */
  readonly localState?: string;
  /** Session (state) synchronization not complete. */
  readonly stateSyncIncomplete?: boolean;
  /** Configuration not synchronized with the peer. */
  readonly configOutOfSync?: boolean;
  /** BGP peers (by peer address) reported in state Connect instead of Established. */
  readonly bgpPeersDown?: readonly string[];
  /** BGP peers (by peer address) established but with no prefixes received. */
  readonly bgpPeersWithoutRoutes?: readonly string[];
  /** BFD sessions (by neighbor address) reported down. */
  readonly bfdDown?: readonly string[];
  /** No BGP routes installed in the route table. */
  readonly noInstalledRoutes?: boolean;
  /** No sessions synchronized from the HA peer. */
  readonly noSessionsFromHa?: boolean;
  /** A monitored path group reported failed. */
  readonly pathMonitoringFailed?: boolean;
  /** Answer routing commands as the Advanced Routing Engine does (JSON inside XML). */
  readonly advancedRouting?: boolean;
  /** The application and threat content version this member runs (the peer compares it). */
  readonly appVersion?: string;
  /**
   * Operator state, answered by the renderer only (pair-fixture); the simulator core answers these
   * commands from the device's own state and faults instead: uncommitted changes pending…
   */
  readonly pendingChanges?: boolean;
  /** …a configuration lock held by this administrator… */
  readonly configLockedBy?: string;
  /** …a commit lock held by this administrator… */
  readonly commitLockedBy?: string;
  /** …the last commit job finished FAIL… */
  readonly lastCommitFailed?: boolean;
  /** …and jumbo-frame mode off although the configuration sets jumbo frames. */
  readonly jumboFramesOff?: boolean;
}

/**
 * A BGP neighbour the simulated network offers this firewall, matched to the configured peers by
 * peer address (a configured peer nobody offers stays in Connect). Shown as a peer itself only with
 * `peersFromNetwork` while the configuration has no BGP peers.
 */
export interface SimulatedBgpPeer {
  readonly name: string;
  readonly peerGroup: string;
  readonly virtualRouter: string;
  /** The neighbour's address, e.g. `169.254.100.1`. */
  readonly peerAddress: string;
  /** This firewall's address on that link, e.g. `169.254.100.2`. */
  readonly localAddress: string;
  readonly remoteAs: string;
  /** True when BFD runs on this session. */
  readonly bfd: boolean;
  /** Prefixes the neighbour advertises, e.g. `10.1.0.0/16`. */
  readonly prefixes: readonly string[];
}

/** What the core passes to the operational renderer for each `type=op` command. */
export interface OperationalContext {
  /** This device's running configuration (root element `config`). */
  readonly running: XmlElement;
  /** The linked HA peer's running configuration, when a peer is linked and up. */
  readonly peerRunning?: XmlElement;
  /** True when a peer is linked and reachable (not rebooting). */
  readonly peerUp: boolean;
  /** Test-controlled faults. */
  readonly health: HealthFaults;
  /**
   * The linked peer's faults, so this device reports the peer's forced HA state (and takes over as
   * active-primary when the peer is not healthy). Optional: without it the peer is assumed healthy.
   */
  readonly peerHealth?: HealthFaults;
  /** BGP neighbours of the simulated network (see SimulatedBgpPeer); empty when none are given. */
  readonly routing: readonly SimulatedBgpPeer[];
  /**
   * While the running configuration has no BGP peers, show `routing`'s neighbours as the peers (for
   * a device whose routing configuration is not written to it). Default: no configured peer, no peer.
   */
  readonly peersFromNetwork?: boolean;
}

/**
 * Renders the full `<response …>` XML for an operational command, or returns undefined when
 * the command is not one this renderer answers (the core then answers or reports code 17).
 */
export type OperationalRenderer = (cmd: XmlElement, context: OperationalContext) => string | undefined;
