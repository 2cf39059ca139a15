/**
 * Where the report's diagram comes from. `verify` talks to the devices, not to the construct tree,
 * so the topology is the `<pair>.topology.json` that `cdktf synth` wrote beside the SVG
 * (`--topology FILE`). Without it the report draws what the checks alone tell: the two firewalls
 * by host and their HA links, no cloud connections.
 */
import * as fs from "node:fs";
import { ELEMENT_IDS, type PairTopology, type TopologyFirewall } from "../topology/model";
import type { ReportInput } from "./statuses";

/** A topology file that cannot be read or is not a topology. */
export class TopologyFileError extends Error {
  public constructor(file: string, problem: string) {
    super(`--topology ${file}: ${problem} (give the <pair>.topology.json that cdktf synth wrote into cdktf.out)`);
    this.name = "TopologyFileError";
  }
}

/** Reads and checks a topology file. */
export function readTopology(file: string): PairTopology {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    // Node's fs errors may come from another realm (a test runner's), so no instanceof Error.
    const message = (error as { message?: unknown } | undefined)?.message;
    throw new TopologyFileError(file, typeof message === "string" ? message : String(error));
  }
  const problem = topologyProblem(parsed);
  if (problem !== undefined) throw new TopologyFileError(file, problem);
  return parsed as PairTopology;
}

/** What makes `value` not a version-1 topology, or undefined. */
export function topologyProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "not a JSON object";
  const t = value as Record<string, unknown>;
  if (t.version !== 1) return `version ${JSON.stringify(t.version)} is not 1`;
  if (typeof t.pair !== "string") return "no pair name";
  if (!Array.isArray(t.firewalls) || t.firewalls.length !== 2) return "firewalls is not a list of two";
  if (!t.firewalls.every((f) => typeof f === "object" && f !== null && Array.isArray((f as TopologyFirewall).vnics))) {
    return "a firewall has no vnics";
  }
  if (!Array.isArray(t.haLinks)) return "haLinks is not a list";
  if (!Array.isArray(t.connections)) return "connections is not a list";
  const badConnection = t.connections.findIndex(
    (c: unknown) =>
      typeof c !== "object" ||
      c === null ||
      !Array.isArray((c as { peerings?: unknown }).peerings) ||
      (c as { peerings: unknown[] }).peerings.length !== 2,
  );
  if (badConnection >= 0) return `connections[${badConnection}] has no two peerings`;
  return undefined;
}

const UNKNOWN = "unknown without --topology";

/** The topology the checks alone tell: the firewalls by host and their HA links. */
export function topologyFromReport(report: ReportInput): PairTopology {
  const firewall = (deviceId: 0 | 1): TopologyFirewall => {
    const host = report.firewalls[deviceId]?.host ?? "not checked";
    return {
      deviceId,
      productName: UNKNOWN,
      size: "size unknown",
      image: "image unknown",
      location: "location unknown",
      diversityZone: "zone unknown",
      managementIp: host,
      managementProductName: "management Internet",
      managementRateLimitMbps: 0,
      localAsn: 0,
      routerId: UNKNOWN,
      vnics: [
        { role: "mgmt", index: 0, panosInterface: "management", use: "management, HA1" },
        { role: "data", index: 1, panosInterface: "ethernet1/1", use: "data plane" },
        { role: "ha1", index: 2, panosInterface: "ethernet1/2", use: "HA1 backup" },
        { role: "ha2", index: 3, panosInterface: "ethernet1/3", use: "HA2" },
        { role: "ha3", index: 4, panosInterface: "ethernet1/4", use: "HA3" },
      ],
    };
  };
  const link = (role: "ha1" | "ha2" | "ha3", port: string, carries: string, panosLinks: string[]) => ({
    role,
    productName: `${role.toUpperCase()} VXC`,
    rateLimitMbps: 0,
    panosInterface: port,
    carries,
    panosLinks,
  });
  return {
    version: 1,
    pair: "checked firewalls",
    firewalls: [firewall(0), firewall(1)],
    haLinks: [
      link("ha1", "ethernet1/2", "HA1 backup", ["HA1-backup"]),
      link("ha2", "ethernet1/3", "HA2 state sync", ["HA2", "HA2-backup"]),
      link("ha3", "ethernet1/4", "HA3 packet forwarding", ["HA3"]),
    ],
    connections: [],
  };
}

/** Element id → what it is, in diagram order, for the page's list of elements. */
export function elementNames(topology: PairTopology): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of topology.firewalls) {
    names.set(ELEMENT_IDS.firewall(f.deviceId), `firewall ${f.deviceId} (${f.managementIp}, MVE ${f.productName})`);
    names.set(
      ELEMENT_IDS.management(f.deviceId),
      `management Internet of firewall ${f.deviceId} (${f.managementProductName})`,
    );
  }
  names.set(ELEMENT_IDS.ha1Management(), "HA1 heartbeat over management");
  for (const l of topology.haLinks) {
    names.set(ELEMENT_IDS.haLink(l.role), `${l.role.toUpperCase()} VXC (${l.carries}; ${l.productName})`);
  }
  topology.connections.forEach((c, k) => {
    for (const p of c.peerings) {
      names.set(ELEMENT_IDS.vxc(k, p.deviceId), `${c.name} VXC of firewall ${p.deviceId} (${p.productName})`);
      names.set(
        ELEMENT_IDS.bgp(k, p.deviceId),
        `BGP firewall ${p.deviceId} → ${c.name} (${p.peerAddress}, AS ${p.peerAsn})`,
      );
      if (p.bfd) names.set(ELEMENT_IDS.bfd(k, p.deviceId), `BFD firewall ${p.deviceId} → ${c.name} (${p.peerAddress})`);
    }
  });
  return names;
}
