/** `MVE_HA_LOOPBACK_ONLY=1`: a safety switch for test harnesses, refusing any host off 127.0.0.0/8. */
import { parseIpv4 } from "../core/ipv4";
import { UsageError } from "./exit-codes";

export const ENV_LOOPBACK_ONLY = "MVE_HA_LOOPBACK_ONLY";

const LOOPBACK_NETWORK = 127;

/** True for an IPv4 literal inside 127.0.0.0/8. */
export function isLoopbackAddress(host: string): boolean {
  const address = parseIpv4(host);
  return address !== undefined && Math.floor(address / 2 ** 24) === LOOPBACK_NETWORK;
}

/** Throws before anything is sent when the guard is on and `host` is not a loopback IPv4 literal. */
export function assertHostAllowed(host: string, env: Readonly<Record<string, string | undefined>>): void {
  if (env[ENV_LOOPBACK_ONLY] !== "1" || isLoopbackAddress(host)) return;
  throw new UsageError(
    `refusing host ${JSON.stringify(host)}: ${ENV_LOOPBACK_ONLY}=1 allows only IPv4 addresses in 127.0.0.0/8`,
  );
}
