/**
 * The path-monitoring part of the HA answers, from `group/monitoring/path-monitoring` of the
 * configuration: the recorded summary containers (`vwire`, `vlan`, `vrouter`; `lrouter` for logical
 * routers) holding one `entry` per path group with `status` and per-destination status, in the layout
 * lib/verify/parse/path-monitoring.ts documents. `pathMonitoringFailed` fails the first enabled group
 * (all its destinations down).
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import type { HaConfig, PathGroupConfig } from "./device-config";
import type { HealthFaults } from "./types";

const CONTAINERS: ReadonlyArray<readonly [string, string]> = [
  ["vwire", "virtual-wire"],
  ["vlan", "vlan"],
  ["vrouter", "virtual-router"],
  ["lrouter", "logical-router"],
];

/** Children of a `path-monitoring` element. */
export function renderPathMonitoring(ha: HaConfig, health: HealthFaults): XmlElement[] {
  const failed = health.pathMonitoringFailed ? ha.pathMonitoring.groups.find((g) => g.enabled) : undefined;
  const group = (g: PathGroupConfig): XmlElement => {
    const status = g === failed ? "down" : "up";
    return el("entry", [
      el("name", g.name),
      el("enabled", g.enabled ? "yes" : "no"),
      el("fail-cond", g.failureCondition),
      el("ping-interval", g.pingInterval),
      el("ping-count", g.pingCount),
      el("status", status),
      el(
        "dest-group",
        g.destinationGroups.map((d) =>
          el("entry", [
            el("name", d.name),
            el("enabled", d.enabled ? "yes" : "no"),
            el("fail-cond", d.failureCondition),
            el("status", status),
            el(
              "dest-ip",
              d.destinations.map((ip) => el("entry", [el("addr", ip), el("status", status)])),
            ),
          ]),
        ),
      ),
    ]);
  };
  return [
    el("enabled", ha.pathMonitoring.enabled ? "yes" : "no"),
    el("fail-cond", ha.pathMonitoring.failureCondition),
    ...CONTAINERS.map(([container, kind]) =>
      el(container, ha.pathMonitoring.groups.filter((g) => g.kind === kind).map(group)),
    ),
  ];
}
