/** The PAN-OS XML API simulator used by the tests (loopback only). */
export { startSimulator, Simulator, type SimulatorOptions } from "./simulator";
export type { CommitRecord, Phase, RequestRecord } from "./device";
export type { DeviceFault, Fault, RequestMatch, TransportFault } from "./faults";
export type { HealthFaults, SimulatedBgpPeer } from "./operational";
