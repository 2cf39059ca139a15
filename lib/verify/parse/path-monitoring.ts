/**
 * HA path monitoring status. Recorded `show high-availability state` answers only show the summary
 * `path-monitoring/{enabled, fail-cond, vwire, vlan, vrouter}` with empty containers (monitoring not
 * configured), and no `show high-availability path-monitoring` answer has been published. The group
 * layout is therefore read tolerantly, modelled on the recorded link-monitoring groups
 * (`groups/entry/{name, enabled, fail-cond, interface/entry/{name, status}}`): a container per router
 * kind holding `entry` groups (`name` child or attribute, `enabled`, `fail-cond`/`failure-condition`,
 * optional `status`), each with destination groups (`dest-group`, `destination-group`,
 * `destination-ip-group`) of destinations (`dest-ip`/`destination-ip` entries with an address and a
 * `status`, or bare `member` addresses without status).
 */
import { child, type XmlElement } from "../../xmlspec/xml";
import { childrenNamed, fieldFlag, fieldText, firstChild } from "../xml-read";

/** One monitored destination address. */
export interface PathDestination {
  readonly address: string;
  /** `up` / `down` when the device reports it. */
  readonly status?: string;
}

/** A destination group (all destinations judged together by its failure condition). */
export interface PathDestinationGroup {
  readonly name: string;
  readonly enabled: boolean;
  readonly failureCondition: "any" | "all";
  readonly status?: string;
  readonly destinations: readonly PathDestination[];
}

/** A path group: one router, VLAN or virtual wire and its destination groups. */
export interface PathGroup {
  /** `virtual-router`, `logical-router`, `vlan` or `virtual-wire`. */
  readonly kind: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly failureCondition: "any" | "all";
  readonly status?: string;
  readonly destinationGroups: readonly PathDestinationGroup[];
}

/** Path monitoring as a whole. */
export interface PathMonitoringStatus {
  readonly enabled: boolean;
  readonly failureCondition: "any" | "all";
  readonly groups: readonly PathGroup[];
}

const GROUP_CONTAINERS: ReadonlyArray<readonly [string, string]> = [
  ["vrouter", "virtual-router"],
  ["virtual-router", "virtual-router"],
  ["lrouter", "logical-router"],
  ["logical-router", "logical-router"],
  ["vlan", "vlan"],
  ["vwire", "virtual-wire"],
  ["virtual-wire", "virtual-wire"],
];
const DESTINATION_GROUP_NAMES = ["dest-group", "destination-group", "destination-ip-group", "dest-ip-group"];
const DESTINATION_NAMES = ["dest-ip", "destination-ip", "destination", "ip"];

/**
 * Finds the path-monitoring element in a `show high-availability path-monitoring` or `state` result:
 * `result/group/path-monitoring`, `result/path-monitoring`, or the result itself.
 */
export function locatePathMonitoring(result: XmlElement): XmlElement | undefined {
  const nested = child(child(result, "group"), "path-monitoring") ?? child(result, "path-monitoring");
  if (nested) return nested;
  return child(result, "enabled") ? result : undefined;
}

/** Parses a path-monitoring element. */
export function parsePathMonitoring(element: XmlElement): PathMonitoringStatus {
  const enabled = fieldFlag(element, "enabled");
  if (enabled === undefined) throw new Error("path monitoring without <enabled>");
  return {
    enabled,
    failureCondition: condition(element),
    groups: GROUP_CONTAINERS.flatMap(([container, kind]) =>
      childrenNamed(child(element, container), "entry").map((group) => parseGroup(group, kind)),
    ),
  };
}

function parseGroup(group: XmlElement, kind: string): PathGroup {
  return {
    kind,
    name: nameOf(group),
    enabled: fieldFlag(group, "enabled") ?? true,
    failureCondition: condition(group),
    status: fieldText(group, "status", "state")?.toLowerCase(),
    destinationGroups: DESTINATION_GROUP_NAMES.flatMap((name) =>
      childrenNamed(child(group, name), "entry").map(parseDestinationGroup),
    ),
  };
}

function parseDestinationGroup(group: XmlElement): PathDestinationGroup {
  const container = firstChild(group, DESTINATION_NAMES);
  const entries = childrenNamed(container, "entry").map((e) => ({
    address: fieldText(e, "addr", "address", "ip", "name") ?? e.attributes.name ?? "?",
    status: fieldText(e, "status", "state")?.toLowerCase(),
  }));
  const members = childrenNamed(container, "member").flatMap((m) =>
    m.text?.trim() ? [{ address: m.text.trim() }] : [],
  );
  return {
    name: nameOf(group),
    enabled: fieldFlag(group, "enabled") ?? true,
    failureCondition: condition(group),
    status: fieldText(group, "status", "state")?.toLowerCase(),
    destinations: [...entries, ...members],
  };
}

function nameOf(entry: XmlElement): string {
  return fieldText(entry, "name") ?? entry.attributes.name?.trim() ?? "?";
}

function condition(element: XmlElement): "any" | "all" {
  return fieldText(element, "fail-cond", "failure-condition")?.toLowerCase() === "all" ? "all" : "any";
}
