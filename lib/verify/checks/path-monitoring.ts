/**
 * `path-monitoring` (guide: "Configure failover conditions" with virtual-router path monitoring, and
 * "Each firewall should enter Tentative (Path down) mode if any of the monitored paths … fail"):
 * path monitoring enabled, at least one enabled path group, and no enabled group failed. A group has
 * failed when the device says so, or when its destination groups fail under its failure condition
 * (a destination group fails when any / all of its destinations are down). Destinations down without
 * failing their group are named in a passing detail. Status the device does not report is said so.
 */
import type { FirewallFacts } from "../collect";
import type { PathDestinationGroup, PathGroup } from "../parse/path-monitoring";
import type { CheckResult } from "../types";
import { listOf, result } from "./result";

const FAILED = new Set(["down", "failed", "fail"]);

function groupLabel(group: PathGroup): string {
  return `${group.kind} ${group.name}`;
}

function destinationGroupFailed(group: PathDestinationGroup): boolean | undefined {
  if (group.status !== undefined) return FAILED.has(group.status);
  const statuses = group.destinations.map((d) => d.status);
  if (statuses.length === 0 || statuses.some((s) => s === undefined)) return undefined;
  const down = statuses.filter((s) => FAILED.has(s ?? ""));
  return group.failureCondition === "all" ? down.length === statuses.length : down.length > 0;
}

function pathGroupFailed(group: PathGroup): boolean | undefined {
  if (group.status !== undefined) return FAILED.has(group.status);
  const verdicts = group.destinationGroups.filter((g) => g.enabled).map(destinationGroupFailed);
  if (verdicts.length === 0 || verdicts.some((v) => v === undefined)) return undefined;
  const failed = verdicts.filter(Boolean).length;
  return group.failureCondition === "all" ? failed === verdicts.length : failed > 0;
}

function downDestinations(group: PathGroup): string[] {
  return group.destinationGroups.flatMap((g) =>
    g.destinations.filter((d) => FAILED.has(d.status ?? "")).map((d) => `${d.address} down`),
  );
}

/** `path-monitoring`. */
export function pathMonitoringCheck(facts: FirewallFacts): CheckResult {
  const { pathMonitoring } = facts;
  if (pathMonitoring === undefined) return result("path-monitoring", "skip", "not checked: HA is not enabled");
  if (!pathMonitoring.ok) return result("path-monitoring", "error", pathMonitoring.message);
  const status = pathMonitoring.value;
  if (!status.enabled) return result("path-monitoring", "fail", "HA path monitoring is disabled");
  const groups = status.groups.filter((g) => g.enabled);
  if (groups.length === 0) {
    return result("path-monitoring", "fail", "path monitoring is enabled but no path group is configured and enabled");
  }
  const verdicts = groups.map((group) => ({ group, failed: pathGroupFailed(group), down: downDestinations(group) }));
  const failed = verdicts.filter((v) => v.failed === true);
  if (failed.length > 0) {
    const named = failed.map(
      (v) => `path group ${groupLabel(v.group)} failed${v.down.length ? ` (${listOf(v.down)})` : ""}`,
    );
    return result("path-monitoring", "fail", listOf(named));
  }
  const parts = verdicts.map((v) => {
    if (v.failed === undefined)
      return `${groupLabel(v.group)} (status not reported; a path failure shows in ha.local-state)`;
    return `${groupLabel(v.group)} up${v.down.length ? ` (${listOf(v.down)}; group condition not met)` : ""}`;
  });
  return result("path-monitoring", "pass", `enabled (failure condition ${status.failureCondition}): ${listOf(parts)}`);
}
