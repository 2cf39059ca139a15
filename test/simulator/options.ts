/** What startSimulator can be told. */
import type { SimulatedBgpPeer } from "./operational";

/** Options of startSimulator. */
export interface SimulatorOptions {
  /** Loopback address to listen on. @default "127.0.0.1" */
  readonly host?: string;
  /** @default 0 (an ephemeral port) */
  readonly port?: number;
  /** Serve HTTPS with a certificate from a generated test CA (see `caFile`). @default false */
  readonly tls?: boolean;
  /** @default "admin" */
  readonly username?: string;
  /** @default a random password */
  readonly password?: string;
  /** The key keygen hands out and requests must carry. @default a random key */
  readonly apiKey?: string;
  /** Hostname in the initial configuration. @default "PA-VM" */
  readonly hostname?: string;
  /** After start and after each restart: first 502 pages, then chassis not ready, for this long. @default 0 */
  readonly bootDelayMs?: number;
  /**
   * After start and after each restart, between the 502 pages and chassis not ready: every request,
   * keygen included, is answered HTTP 403 "Invalid credentials." for this long. @default 0
   */
  readonly credentialsRefusedMs?: number;
  /** How long connections are refused during a restart. @default 300 */
  readonly rebootMs?: number;
  /**
   * Uptime the firewall reports once the simulator has started, as if it had been up that long (a
   * restart counts from 0). A real restart takes minutes, so the uptime before one is never 0.
   * @default 3600
   */
  readonly uptimeAtStartS?: number;
  /**
   * Each boot phase (502 pages, 403 answers when `credentialsRefusedMs` > 0, chassis not ready, and
   * the auto-commit) ends after answering this many requests instead of after its time, so a test
   * sees every phase however late its first request comes. @default - phases are timed
   */
  readonly bootStepAnswers?: number;
  /** Duration of each commit job and of the boot-time auto-commit. @default 200 */
  readonly commitMs?: number;
  /** Duration of the boot-time auto-commit. @default commitMs */
  readonly autoCommitMs?: number;
  /**
   * BGP neighbours the simulated network offers, by peer address: a peer the running configuration
   * holds is Established (with these prefixes) only when a neighbour here has its address; the
   * peers themselves come from the configuration. @default []
   */
  readonly routing?: readonly SimulatedBgpPeer[];
  /**
   * Show the network's neighbours (`routing`) as BGP peers while the running configuration has none
   * (for a device whose routing configuration is not written to it). @default false
   */
  readonly peersFromNetwork?: boolean;
  /**
   * Validate each commit as PAN-OS does (test/simulator/validation): a candidate with, e.g., an HA
   * port that is not of type `ha` fails the commit job with PAN-OS-shaped detail lines. @default true
   */
  readonly validateCommits?: boolean;
  /** Initial running configuration (XML, root `config`). @default a factory-like configuration */
  readonly initialConfig?: string;
  /**
   * Start with jumbo-frame mode on, as a firewall `mve-ha prepare` has set up (the mode asked for
   * and a restart behind it). @default false (a factory VM-Series)
   */
  readonly jumboFrames?: boolean;
}
