/**
 * `deviceconfig/high-availability` for one Active/Active member. The library owns this subtree, so
 * the spec replaces it with one `edit`: a second apply compares equal and writes nothing.
 */
import type { XmlSpec } from "../../xmlspec/spec";
import { el, entry, members, renderXml, yesNo, type XmlElement } from "../../xmlspec/xml";
import { DEVICE_ROOT } from "../../xmlspec/xpath";
import type { HaModel, MonitoringGroupModel } from "../model/types";

/** XPath of the HA subtree on a standalone firewall. */
export const HA_XPATH = `${DEVICE_ROOT}/deviceconfig/high-availability`;

/**
 * Values that become tag names, from fixed tables only: a value the model did not validate (or a
 * plan-time value) can never name an element.
 */
const TIMER_TAGS: Readonly<Record<HaModel["election"]["timers"], string>> = {
  recommended: "recommended",
  aggressive: "aggressive",
};
const SESSION_SETUP_TAGS: Readonly<Record<HaModel["sessionSetup"], string>> = {
  "ip-modulo": "ip-modulo",
  "ip-hash": "ip-hash",
  "primary-device": "primary-device",
  "first-packet": "first-packet",
};

function fixedTag(table: Readonly<Record<string, string>>, value: string): string {
  const tag = Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
  if (tag === undefined) throw new Error(`HA model holds ${JSON.stringify(value)}, which is not a known tag`);
  return tag;
}

/** The HA spec: one `edit` of the whole subtree; no reboot (HA renegotiates after the commit). */
export function renderHaSpec(ha: HaModel): XmlSpec {
  return {
    version: 1,
    name: "high-availability",
    operations: [{ action: "edit", xpath: HA_XPATH, element: renderXml(haElement(ha)) }],
    requiresReboot: false,
  };
}

/** The spec a destroy runs: removes the HA subtree, so the provider can delete the ports and router it names. */
export function renderHaRemovalSpec(): XmlSpec {
  return {
    version: 1,
    name: "high-availability-removal",
    operations: [{ action: "delete", xpath: HA_XPATH }],
    requiresReboot: false,
  };
}

/** `<high-availability>` as the spec writes it. */
export function haElement(ha: HaModel): XmlElement {
  return el("high-availability", [
    el("enabled", yesNo(true)),
    el("group", [
      el("group-id", ha.groupId),
      ha.description !== undefined && el("description", ha.description),
      el("peer-ip", ha.peerIp),
      ha.ha1Backup && el("peer-ip-backup", ha.ha1Backup.peerIp),
      el("mode", [activeActive(ha)]),
      el("configuration-synchronization", [el("enabled", yesNo(ha.configurationSync))]),
      el("election-option", [
        el("device-priority", ha.election.devicePriority),
        el("preemptive", yesNo(ha.election.preemptive)),
        el("heartbeat-backup", yesNo(ha.election.heartbeatBackup)),
        el("timers", [el(fixedTag(TIMER_TAGS, ha.election.timers))]),
      ]),
      el("state-synchronization", [
        el("enabled", yesNo(ha.stateSync)),
        el("transport", ha.ha2.transport),
        el("ha2-keep-alive", [
          el("enabled", yesNo(ha.ha2.keepAlive.enabled)),
          el("action", ha.ha2.keepAlive.action),
          el("threshold", ha.ha2.keepAlive.thresholdMs),
        ]),
      ]),
      el("monitoring", [pathMonitoring(ha), linkMonitoring(ha)]),
    ]),
    el("interface", [
      el("ha1", [el("port", ha.ha1Port)]),
      ha.ha1Backup && el("ha1-backup", addressed(ha.ha1Backup.port, ha.ha1Backup.address)),
      el("ha2", addressed(ha.ha2.port, ha.ha2.address)),
      el("ha3", [el("port", ha.ha3Port)]),
    ]),
  ]);
}

function activeActive(ha: HaModel): XmlElement {
  const owner =
    ha.sessionOwnerSelection === "primary-device"
      ? el("primary-device")
      : el("first-packet", [el("session-setup", [el(fixedTag(SESSION_SETUP_TAGS, ha.sessionSetup))])]);
  return el("active-active", [
    el("device-id", ha.deviceId),
    el("tentative-hold-time", ha.tentativeHoldTimeSeconds),
    // VR sync off: each firewall keeps its own router ID, interface addresses and BGP peers.
    el("network-configuration", [el("sync", [el("virtual-router", yesNo(ha.virtualRouterSync)), el("qos", "no")])]),
    el("session-owner-selection", [owner]),
  ]);
}

function addressed(port: string, address: { ip: string; netmask: string }): XmlElement[] {
  return [el("port", port), el("ip-address", address.ip), el("netmask", address.netmask)];
}

function group(g: MonitoringGroupModel, listName: "destination-ip" | "interface"): XmlElement {
  return entry(g.name, [
    el("enabled", yesNo(true)),
    el("failure-condition", g.failureCondition),
    el(listName, members(g.members)),
  ]);
}

function pathMonitoring(ha: HaModel): XmlElement {
  const pm = ha.pathMonitoring;
  const routerGroup =
    pm.groups.length > 0 &&
    el("path-group", [
      el("virtual-router", [
        entry(pm.virtualRouter, [
          el("enabled", yesNo(true)),
          el("failure-condition", pm.failureCondition),
          el("ping-interval", pm.pingIntervalMs),
          el("ping-count", pm.pingCount),
          el(
            "destination-ip-group",
            pm.groups.map((g) => group(g, "destination-ip")),
          ),
        ]),
      ]),
    ]);
  return el("path-monitoring", [
    el("enabled", yesNo(pm.enabled)),
    // One path group (the virtual router), so "any" here means: that group failed.
    el("failure-condition", "any"),
    routerGroup,
  ]);
}

function linkMonitoring(ha: HaModel): XmlElement | undefined {
  const lm = ha.linkMonitoring;
  if (!lm) return undefined;
  return el("link-monitoring", [
    el("enabled", yesNo(true)),
    el("failure-condition", lm.failureCondition),
    el(
      "link-group",
      lm.groups.map((g) => group(g, "interface")),
    ),
  ]);
}
