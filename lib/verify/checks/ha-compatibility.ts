/**
 * `ha.compatibility` (pan-os-upgrade-assurance's HA readiness model): the peer runs the same PAN-OS,
 * application, threat and antivirus versions. Judged from `show high-availability state`: the
 * device's own comparison (`build-compat`, `app-compat`, `threat-compat`, `av-compat`: `Match` /
 * `Mismatch`) when it reports one, else the two members' versions (`build-rel`, `app-version`, …).
 * A component neither compared nor reported on both sides is unknown: an error, never a pass.
 */
import { VERSION_FIELDS, type HaState } from "../parse/ha-state";
import type { CheckResult } from "../types";
import { listOf, result } from "./result";

type Verdict = "match" | "mismatch" | "unknown";

function verdictOf(compat: string | undefined, local: string | undefined, peer: string | undefined): Verdict {
  const said = compat?.toLowerCase();
  if (said === "match") return "match";
  if (said === "mismatch") return "mismatch";
  if (said !== undefined || local === undefined || peer === undefined) return "unknown";
  return local === peer ? "match" : "mismatch";
}

/** `ha.compatibility`. */
export function haCompatibilityCheck(state: HaState): CheckResult {
  const judged = VERSION_FIELDS.map((field) => {
    const compat = state.local.compatibility[field.key];
    const local = state.local.versions[field.key];
    const peer = state.peer.versions[field.key];
    return { field, local, peer, compat, verdict: verdictOf(compat, local, peer) };
  });
  const mismatched = judged.filter((j) => j.verdict === "mismatch");
  if (mismatched.length > 0) {
    const named = mismatched.map((j) => `${j.field.label} ${j.local ?? "?"} here, ${j.peer ?? "?"} on the peer`);
    return result("ha.compatibility", "fail", `the peer runs other versions: ${listOf(named)}`);
  }
  const unknown = judged.filter((j) => j.verdict === "unknown");
  if (unknown.length > 0) {
    const named = unknown.map((j) =>
      j.compat !== undefined
        ? `${j.field.label} (${j.field.compat} is "${j.compat}")`
        : `${j.field.label} (no ${j.field.compat}; ${j.field.version} ${j.local ?? "missing"} here, ${j.peer ?? "missing"} on the peer)`,
    );
    return result("ha.compatibility", "error", `not reported: ${listOf(named)}`);
  }
  const versions = judged.map((j) => `${j.field.label} ${j.local ?? "(compared by the device)"}`);
  return result("ha.compatibility", "pass", `same on both: ${listOf(versions)}`);
}
