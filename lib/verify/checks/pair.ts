/**
 * Facts only the pair shows: an Active/Active pair has one active-primary and one active-secondary
 * (reported on `ha.local-state` of both when both are healthy but hold the same role), and distinct
 * device IDs 0 and 1 (reported on `ha.mode` of both).
 */
import type { FirewallFacts } from "../collect";
import type { CheckResult } from "../types";
import { HEALTHY_ACTIVE_ACTIVE_STATES } from "./ha-states";
import { result } from "./result";

/** Replaces per-firewall results with pair-level failures where the two firewalls contradict each other. */
export function applyPairChecks(
  pair: readonly [FirewallFacts, FirewallFacts],
  checks: readonly [CheckResult[], CheckResult[]],
): void {
  const [a, b] = pair.map((facts) => (facts.ha.ok && facts.ha.value.enabled ? facts.ha.value : undefined));
  if (!a || !b) return;
  const otherHost = [pair[1].host, pair[0].host];
  const localA = a.local.state;
  if (localA !== undefined && localA === b.local.state && HEALTHY_ACTIVE_ACTIVE_STATES.has(localA)) {
    checks.forEach((list, i) =>
      replace(
        list,
        result(
          "ha.local-state",
          "fail",
          `both firewalls (this one and ${otherHost[i]}) are ${localA}; one must be active-primary, the other active-secondary`,
        ),
      ),
    );
  }
  const idA = a.local.deviceId;
  if (idA !== undefined && idA === b.local.deviceId) {
    checks.forEach((list, i) =>
      replace(
        list,
        result(
          "ha.mode",
          "fail",
          `both firewalls (this one and ${otherHost[i]}) use device ID ${idA}; one must be 0, the other 1`,
        ),
      ),
    );
  }
}

function replace(list: CheckResult[], replacement: CheckResult): void {
  const index = list.findIndex((c) => c.id === replacement.id);
  if (index >= 0 && list[index].status !== "error") list[index] = replacement;
}
