/**
 * The HA checks (guide: "All indicators on the HA widget … should be green"), judged from
 * `show high-availability state`:
 * - `ha.enabled`: `enabled` is yes.
 * - `ha.mode`: group mode `Active-Active` (and the peer does not report another mode).
 * - `ha.local-state` / `ha.peer-state`: `active-primary` or `active-secondary`; `tentative` (path down),
 *   `non-functional`, `suspended`, `initial`, `unknown` and the Active/Passive states fail. The two
 *   members must hold different roles.
 * - `ha.links`: HA1, HA2 and HA3 up (and any configured backup link); HA3 falls back to the link state
 *   of the HA3 port when the summary carries no HA3 status, and is an error when neither is known.
 * - `ha.state-sync`: session synchronization `Complete`.
 * - `ha.config-sync`: config sync enabled and the running configuration `synchronized`.
 * - `ha.compatibility`: the peer runs the same software and content versions (see ha-compatibility.ts).
 * When HA is disabled the other HA checks are skipped: the one failure says what is wrong.
 */
import type { FirewallFacts } from "../collect";
import type { HaLinkStatus, HaState } from "../parse/ha-state";
import { CHECK_IDS, type CheckResult } from "../types";
import { haCompatibilityCheck } from "./ha-compatibility";
import { describeState, HEALTHY_ACTIVE_ACTIVE_STATES, lastError } from "./ha-states";
import { listOf, result } from "./result";

const HA_CHECK_IDS = CHECK_IDS.filter((id) => id.startsWith("ha."));

/** The HA checks for one firewall, in report order. */
export function haChecks(facts: FirewallFacts): CheckResult[] {
  const { ha } = facts;
  if (!ha.ok) return HA_CHECK_IDS.map((id) => result(id, "error", ha.message));
  if (!ha.value.enabled) {
    return [
      result("ha.enabled", "fail", "HA is not enabled on this firewall (show high-availability state: enabled no)"),
      ...HA_CHECK_IDS.slice(1).map((id) => result(id, "skip", "not checked: HA is not enabled")),
    ];
  }
  const state = ha.value;
  return [
    result("ha.enabled", "pass", "HA is enabled"),
    modeCheck(state),
    localStateCheck(state),
    peerStateCheck(state),
    linksCheck(state, facts.ha3PortState),
    stateSyncCheck(state),
    configSyncCheck(state),
    haCompatibilityCheck(state),
  ];
}

function modeCheck(state: HaState): CheckResult {
  const mode = state.mode;
  if (mode === undefined) return result("ha.mode", "error", "the HA state does not report a mode");
  if (mode.toLowerCase() !== "active-active") {
    return result("ha.mode", "fail", `HA mode is ${mode}; this pair must run Active-Active`);
  }
  const peerMode = state.peer.mode;
  if (peerMode && peerMode.toLowerCase() !== "unknown" && peerMode.toLowerCase() !== "active-active") {
    return result("ha.mode", "fail", `this firewall runs Active-Active but its peer reports ${peerMode}`);
  }
  return result("ha.mode", "pass", `Active-Active${state.local.deviceId ? `, device ID ${state.local.deviceId}` : ""}`);
}

function localStateCheck(state: HaState): CheckResult {
  const local = state.local.state;
  if (local === undefined) return result("ha.local-state", "error", "the HA state does not report the local state");
  if (HEALTHY_ACTIVE_ACTIVE_STATES.has(local)) return result("ha.local-state", "pass", `local state ${local}`);
  return result("ha.local-state", "fail", `local state is ${describeState(local)}${lastError(state.local)}`);
}

function peerStateCheck(state: HaState): CheckResult {
  const peer = state.peer.state;
  const who = state.peer.address ? `peer ${state.peer.address}` : "peer";
  if (peer === undefined) return result("ha.peer-state", "error", "the HA state does not report the peer state");
  if (!HEALTHY_ACTIVE_ACTIVE_STATES.has(peer)) {
    const reason = state.peer.connectionDownReason ? `; ${state.peer.connectionDownReason}` : "";
    return result("ha.peer-state", "fail", `${who} is ${describeState(peer)}${reason}${lastError(state.peer)}`);
  }
  if (peer === state.local.state) {
    return result(
      "ha.peer-state",
      "fail",
      `${who} is also ${peer}; one member must be active-primary, the other active-secondary`,
    );
  }
  return result("ha.peer-state", "pass", `${who} is ${peer}`);
}

const REQUIRED_LINKS = ["HA1", "HA2", "HA3"];

function linksCheck(state: HaState, ha3PortState: FirewallFacts["ha3PortState"]): CheckResult {
  const links: HaLinkStatus[] = [...state.peer.links];
  const unknown: string[] = [];
  if (!links.some((l) => l.link === "HA3")) {
    if (ha3PortState?.ok) links.push({ link: `HA3 (port ${state.local.ha3Port} link)`, status: ha3PortState.value });
    else if (state.local.ha3Port === undefined) unknown.push("HA3 (neither an HA3 status nor an HA3 port is reported)");
    else unknown.push(`HA3 (port ${state.local.ha3Port}: ${ha3PortState?.message ?? "not read"})`);
  }
  for (const required of REQUIRED_LINKS.filter((r) => r !== "HA3")) {
    if (!links.some((l) => l.link === required)) unknown.push(`${required} (not reported)`);
  }
  const down = links.filter((l) => l.status !== "up");
  const up = links.filter((l) => l.status === "up").map((l) => `${l.link} up`);
  if (down.length > 0) {
    const named = down.map((l) => `${l.link} ${l.status}${l.downReason ? ` (${l.downReason})` : ""}`);
    return result("ha.links", "fail", [listOf(named), ...(up.length ? [`${listOf(up)}`] : [])].join("; "));
  }
  if (unknown.length > 0) {
    return result("ha.links", "error", `status unknown: ${listOf(unknown)}${up.length ? `; ${listOf(up)}` : ""}`);
  }
  return result("ha.links", "pass", listOf(up));
}

function stateSyncCheck(state: HaState): CheckResult {
  const sync = state.local.stateSync;
  if (sync === undefined)
    return result("ha.state-sync", "error", "the HA state does not report session synchronization");
  const transport = state.local.stateSyncType ? ` over ${state.local.stateSyncType}` : "";
  if (sync.toLowerCase() === "complete")
    return result("ha.state-sync", "pass", `session synchronization Complete${transport}`);
  return result("ha.state-sync", "fail", `session synchronization is ${sync}, expected Complete`);
}

function configSyncCheck(state: HaState): CheckResult {
  if (state.runningSyncEnabled === false) {
    return result("ha.config-sync", "fail", "configuration synchronization is disabled (running-sync-enabled no)");
  }
  const sync = state.runningSync;
  if (sync === undefined) return result("ha.config-sync", "error", "the HA state does not report configuration sync");
  if (sync.toLowerCase() === "synchronized") {
    return result("ha.config-sync", "pass", "running configuration synchronized with the peer");
  }
  return result("ha.config-sync", "fail", `configuration sync state is ${sync}, expected synchronized`);
}
