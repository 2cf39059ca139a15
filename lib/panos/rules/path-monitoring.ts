/** HA path-monitoring rules. */
import type { RuleIssue } from "../../core/validation-error";

/**
 * Path monitoring with no monitored connection would be enabled with no path group: it never fails
 * over, and `mve-ha verify` reports it as failed on every run. Refused rather than silently turned off.
 */
export function pathMonitoringHasDestinations(
  prop: string,
  enabled: boolean,
  monitoredConnections: number,
): RuleIssue | undefined {
  if (!enabled || monitoredConnections > 0) return undefined;
  return {
    prop,
    value: enabled,
    problem:
      "is on, but no connection is monitored (every connections[i].bgp.monitorPath is false), so HA would have no path group to watch",
    allowed: "path monitoring on with at least one monitored connection, or path monitoring off",
    fix: "set bgp.monitorPath: true on at least one connection (the guide monitors each BGP neighbour), or set ha.pathMonitoring.enabled: false",
  };
}
