/**
 * `path-monitoring` (guide: "Configure failover conditions" with virtual-router path monitoring, and
 * "Each firewall should enter Tentative (Path down) mode if any of the monitored paths … fail"):
 * path monitoring enabled, at least one enabled path group, and no monitored destination down.
 * A group has failed when the device says so, or when its destination groups fail under its
 * failure condition (a destination group fails when any / all of its destinations are down). A down
 * destination fails the check even while its group's condition is not met: the pair is degraded
 * and the detail says that HA has not failed over for it yet. A group whose status cannot be
 * learned is an error (a failure elsewhere is still reported first), never a pass.
 */
import type { FirewallFacts } from "../collect";
import type { PathDestinationGroup, PathGroup } from "../parse/path-monitoring";
import type { CheckResult } from "../types";
import { listOf, result } from "./result";

const FAILED = new Set(["down", "failed", "fail"]);

function groupLabel(group: PathGroup): string {
  return group.kind === "path" ? group.name : `${group.kind} ${group.name}`;
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
  if (verdicts.some((v) => v === undefined)) return undefined;
  const failed = verdicts.filter(Boolean).length;
  return group.failureCondition === "all" ? failed === verdicts.length : failed > 0;
}

function downDestinations(group: PathGroup): string[] {
  return group.destinationGroups
    .filter((g) => g.enabled)
    .flatMap((g) => g.destinations.filter((d) => FAILED.has(d.status ?? "")).map((d) => `${d.address} down`));
}

/** True when a group judged by its destinations has nothing enabled to judge. */
function monitorsNothing(group: PathGroup): boolean {
  return group.status === undefined && !group.destinationGroups.some((g) => g.enabled);
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
  const empty = groups.filter(monitorsNothing);
  if (empty.length > 0) {
    const named = empty.map((g) => `path group ${groupLabel(g)} has no enabled destination group`);
    return result("path-monitoring", "fail", listOf(named));
  }
  const verdicts = groups.map((group) => ({ group, failed: pathGroupFailed(group), down: downDestinations(group) }));
  const bad = verdicts.filter((v) => v.failed === true || v.down.length > 0);
  if (bad.length > 0) {
    const named = bad.map((v) => {
      const down = v.down.length ? ` (${listOf(v.down)})` : "";
      if (v.failed === true) return `path group ${groupLabel(v.group)} failed${down}`;
      const condition = `group condition ${v.group.failureCondition} not met: no failover for it yet`;
      return `path group ${groupLabel(v.group)}${down}; ${v.failed === false ? condition : "group status not reported"}`;
    });
    return result("path-monitoring", "fail", listOf(named));
  }
  const unknown = verdicts.filter((v) => v.failed === undefined);
  if (unknown.length > 0) {
    const named = unknown.map((v) => groupLabel(v.group));
    return result(
      "path-monitoring",
      "error",
      `status of path group ${listOf(named)} not reported (no group status, and a destination without status)`,
    );
  }
  const parts = verdicts.map((v) => `${groupLabel(v.group)} up`);
  return result("path-monitoring", "pass", `enabled (failure condition ${status.failureCondition}): ${listOf(parts)}`);
}
