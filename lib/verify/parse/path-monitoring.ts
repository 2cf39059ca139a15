/**
 * HA path monitoring status. Recorded `show high-availability state` answers show the summary
 * `path-monitoring/{enabled, fail-cond, vwire, vlan, vrouter}` (older releases) or
 * `path-monitoring/{enabled, failure-condition, virtual-wire, vlan, virtual-router}` (newer, as
 * typed by Palo Alto's pan-os-upgrade-assurance); other public answers list the groups under
 * `groups/entry/{name, enabled, failure-condition, destination-groups/entry/{name, enabled,
 * failure-condition, dest-ip/entry/{addr, status}}}`. Every spelling is read: a container per router
 * kind (or `groups`) holding `entry` groups (`name` child or attribute, `enabled`,
 * `fail-cond`/`failure-condition`, optional `status`), each with destination groups
 * (`destination-groups`, `dest-group`, …) of destinations (`dest-ip`/`destination-ip` entries with an
 * address and a `status`, or bare `member` addresses without status).
 *
 * An answer with monitoring enabled but none of these containers, or a group with neither a status
 * nor a destination-group container, is not read as "no groups": it throws naming what was looked for.
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
  /** `virtual-router`, `logical-router`, `vlan`, `virtual-wire`, or `path` when the answer does not say. */
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
  ["groups", "path"],
  ["vrouter", "virtual-router"],
  ["virtual-router", "virtual-router"],
  ["lrouter", "logical-router"],
  ["logical-router", "logical-router"],
  ["vlan", "vlan"],
  ["vwire", "virtual-wire"],
  ["virtual-wire", "virtual-wire"],
];
const DESTINATION_GROUP_NAMES = [
  "destination-groups",
  "dest-groups",
  "dest-group",
  "destination-group",
  "destination-ip-group",
  "dest-ip-group",
];
const DESTINATION_NAMES = ["dest-ip", "destination-ip", "destinations", "destination", "ip"];
/** Elements of `path-monitoring` itself that are not group containers. */
const SETTINGS = new Set(["enabled", "fail-cond", "failure-condition"]);

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
  const containers = GROUP_CONTAINERS.filter(([name]) => child(element, name) !== undefined);
  if (enabled && containers.length === 0) throw new Error(noContainerMessage(element));
  return {
    enabled,
    failureCondition: condition(element),
    groups: containers.flatMap(([container, kind]) =>
      childrenNamed(child(element, container), "entry").map((group) => parseGroup(group, kind)),
    ),
  };
}

function noContainerMessage(element: XmlElement): string {
  const looked = GROUP_CONTAINERS.map(([name]) => `<${name}>`).join(", ");
  const found = [...new Set(element.children.filter((c) => !SETTINGS.has(c.name)).map((c) => `<${c.name}>`))];
  return `path monitoring is enabled but has none of ${looked}${found.length ? `; found ${found.join(", ")}` : ""}`;
}

function parseGroup(group: XmlElement, kind: string): PathGroup {
  const name = nameOf(group);
  const status = fieldText(group, "status", "state")?.toLowerCase();
  const containers = DESTINATION_GROUP_NAMES.filter((n) => child(group, n) !== undefined);
  if (containers.length === 0 && status === undefined) {
    const looked = DESTINATION_GROUP_NAMES.map((n) => `<${n}>`).join(", ");
    throw new Error(`path group ${name} has no status and none of ${looked}`);
  }
  return {
    kind,
    name,
    enabled: fieldFlag(group, "enabled") ?? true,
    failureCondition: condition(group),
    status,
    destinationGroups: containers.flatMap((n) => childrenNamed(child(group, n), "entry").map(parseDestinationGroup)),
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
