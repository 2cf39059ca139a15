/** The PAN-OS XML API simulator used by the tests (loopback only). */
export { startSimulator, Simulator } from "./simulator";
export type { SimulatorOptions } from "./options";
export type { CommitRecord, Phase, RequestRecord } from "./device";
export type { DeviceFault, Fault, RequestMatch, TransportFault } from "./faults";
export type { HealthFaults, SimulatedBgpPeer } from "./operational";
