/**
 * Checks an operator runs after a change (pan-os-upgrade-assurance's readiness model):
 * - `config.pending`: the candidate configuration holds no uncommitted changes (`check
 *   pending-changes`): pending changes mean a deploy stopped between its writes and its commit.
 * - `config.locks`: nobody holds a configuration lock (`show config-locks`) or a commit lock
 *   (`show commit-locks`): a held lock blocks the next apply or commit.
 */
import type { FirewallFacts } from "../collect";
import type { HeldLock } from "../parse/locks";
import type { CheckResult } from "../types";
import { listOf, result } from "./result";

/** `config.pending`. */
export function pendingChangesCheck(facts: FirewallFacts): CheckResult {
  const { pendingChanges } = facts;
  if (!pendingChanges.ok) return result("config.pending", "error", pendingChanges.message);
  if (pendingChanges.value) {
    return result(
      "config.pending",
      "fail",
      "the candidate configuration has uncommitted changes (a deploy stopped before its commit?): commit or revert them",
    );
  }
  return result("config.pending", "pass", "no uncommitted changes");
}

function lockLabel(kind: string, lock: HeldLock): string {
  const extra = [lock.scope, lock.comment].filter((x) => x !== undefined && x !== "").join(": ");
  return `${kind} lock held by ${lock.holder}${extra ? ` (${extra})` : ""}`;
}

/** `config.locks`. */
export function locksCheck(facts: FirewallFacts): CheckResult {
  const { configLocks, commitLocks } = facts;
  // A device that stopped answering gives every check the same reason; only an answer is attributed.
  if (!configLocks.ok) {
    return result("config.locks", "error", `${configLocks.transport ? "" : "config locks: "}${configLocks.message}`);
  }
  if (!commitLocks.ok) {
    return result("config.locks", "error", `${commitLocks.transport ? "" : "commit locks: "}${commitLocks.message}`);
  }
  const held = [
    ...configLocks.value.map((l) => lockLabel("config", l)),
    ...commitLocks.value.map((l) => lockLabel("commit", l)),
  ];
  if (held.length > 0) return result("config.locks", "fail", listOf(held));
  return result("config.locks", "pass", "no config or commit lock held");
}
