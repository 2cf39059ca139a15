/**
 * `show high-availability state` (and `all`) from the running configurations. Element names follow
 * the recorded captures; Active/Active additions follow the choices documented in
 * lib/verify/parse/ha-state.ts (`local-info/active-active/device-id`, `local-info/ha3-port`,
 * `peer-info/conn-ha3`). Roles: in Active/Active with the peer linked (up, HA enabled, same mode),
 * device ID 0 is active-primary and 1 active-secondary, unless the other member is forced into a
 * non-active state, then this one is active-primary. A member without a linked peer stays active
 * (active-primary; `active` in Active/Passive) and reports the peer `unknown`, HA links down.
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import { readHaConfig, type HaConfig } from "./device-config";
import { versionElements } from "./operator-state";
import { renderPathMonitoring } from "./path-monitoring";
import type { HealthFaults, OperationalContext } from "./types";

const HEALTHY = new Set(["active-primary", "active-secondary", "active", "passive"]);
const FORCED_REASONS: Readonly<Record<string, string>> = {
  tentative: "Path down",
  "non-functional": "Link down",
  suspended: "User requested",
};
const NEVER_CONNECTED = "Never able to connect to peer";

function modeText(mode: HaConfig["mode"]): string {
  return mode === "active-active" ? "Active-Active" : "Active-Passive";
}

/** The state a member reports for itself. */
function roleOf(
  self: HaConfig,
  other: HaConfig | undefined,
  linked: boolean,
  selfForced?: string,
  otherForced?: string,
): string {
  if (selfForced) return selfForced;
  const otherDown = !linked || (otherForced !== undefined && !HEALTHY.has(otherForced));
  if (self.mode === "active-active") {
    if (otherDown) return "active-primary";
    return self.deviceId === "1" ? "active-secondary" : "active-primary";
  }
  if (otherDown || !other) return "active";
  const wins =
    Number(self.priority) !== Number(other.priority)
      ? Number(self.priority) < Number(other.priority)
      : (self.ha1Address ?? "") <= (other.ha1Address ?? "");
  return wins ? "active" : "passive";
}

function lastError(forced: string | undefined): XmlElement[] {
  if (!forced || HEALTHY.has(forced)) return [];
  return [el("last-error-state", forced), el("last-error-reason", FORCED_REASONS[forced] ?? "Unknown")];
}

function connection(name: string, up: boolean, description: string, downReason?: string): XmlElement {
  return el(name, [
    el("conn-status", up ? "up" : "down"),
    el("conn-primary", "yes"),
    el("conn-desc", description),
    !up && downReason !== undefined && el("conn-down-reason", downReason),
  ]);
}

/** The children of `result` for `show high-availability state`. */
export function renderHaState(context: OperationalContext): XmlElement[] {
  const local = readHaConfig(context.running);
  if (!local.enabled) {
    return [el("enabled", "no"), el("group", [el("local-info", [el("ha1-encrypt-imported", "no")])])];
  }
  const peer = context.peerRunning ? readHaConfig(context.peerRunning) : undefined;
  const health: HealthFaults = context.health;
  const peerHealth: HealthFaults = context.peerHealth ?? {};
  const reachable = context.peerUp && peer !== undefined && peer.enabled;
  const linked = reachable && peer.mode === local.mode;
  const localState = roleOf(local, peer, linked, health.localState, peerHealth.localState);
  const peerState = linked && peer ? roleOf(peer, local, true, peerHealth.localState, health.localState) : "unknown";
  const linkUp = (link: "ha1" | "ha2" | "ha3") => linked && !(health.haLinksDown ?? []).includes(link);
  const downReason = linked ? "Link down" : NEVER_CONNECTED;

  const localInfo = el("local-info", [
    el("version", "1"),
    el("state", localState),
    el("state-duration", "3600"),
    el("mode", modeText(local.mode)),
    local.mode === "active-active" &&
      el("active-active", [el("device-id", local.deviceId), el("tentative-hold", local.tentativeHoldTime)]),
    el("priority", local.priority),
    el("preemptive", local.preemptive),
    el("promotion-hold", "2000"),
    el("hello-interval", "8000"),
    el("heartbeat-interval", "2000"),
    local.ha1Port !== undefined && el("ha1-port", local.ha1Port),
    local.ha1Address !== undefined && el("ha1-ipaddr", local.ha1Address),
    local.ha2Port !== undefined && el("ha2-port", local.ha2Port),
    local.ha2Address !== undefined && el("ha2-ipaddr", local.ha2Address),
    local.ha3Port !== undefined && el("ha3-port", local.ha3Port),
    el(
      "state-sync",
      !local.stateSync
        ? "Disabled"
        : !linked
          ? "HA1-peer-disconnected"
          : health.stateSyncIncomplete
            ? "Incomplete"
            : "Complete",
    ),
    el("state-sync-type", local.stateSyncTransport),
    ...versionElements(context, "local", linked),
    ...lastError(health.localState),
  ]);

  const peerInfo = el("peer-info", [
    el("state", peerState),
    el("mode", reachable && peer ? modeText(peer.mode) : "Unknown"),
    linked && peer?.mode === "active-active" && el("active-active", [el("device-id", peer.deviceId)]),
    el("priority", linked && peer ? peer.priority : "100"),
    el("ha1-ipaddr", local.peerIp ?? ""),
    el("conn-status", linked ? "up" : "down"),
    !linked && el("conn-down-reason", NEVER_CONNECTED),
    connection("conn-ha1", linkUp("ha1"), "heartbeat status", downReason),
    local.ha1BackupPort !== undefined && connection("conn-ha1-backup", linked, "heartbeat status", downReason),
    el("conn-ha2", [
      el("conn-status", linkUp("ha2") ? "up" : "down"),
      el("conn-ka-enbled", "no"),
      el("conn-primary", "yes"),
      el("conn-desc", "link status"),
    ]),
    local.ha3Port !== undefined && connection("conn-ha3", linkUp("ha3"), "link status", downReason),
    ...versionElements(context, "peer", linked),
    ...(linked ? lastError(peerHealth.localState) : []),
  ]);

  return [
    el("enabled", "yes"),
    el("group", [
      el("mode", modeText(local.mode)),
      localInfo,
      peerInfo,
      el("link-monitoring", [el("fail-cond", "any"), el("enabled", "no"), el("groups")]),
      el("path-monitoring", renderPathMonitoring(local, health)),
      el(
        "running-sync",
        !linked ? "unknown" : health.configOutOfSync || !local.configSync ? "not synchronized" : "synchronized",
      ),
      el("running-sync-enabled", local.configSync ? "yes" : "no"),
    ]),
  ];
}
