/**
 * Route tables: a host route for each local BGP address and one BGP route per accepted prefix via
 * its neighbour. With several neighbours advertising a prefix the routes are ECMP. `noInstalledRoutes`
 * leaves the BGP routes in the table but not active (legacy flags without `A`; ARE `installed` false).
 */
import { el, type XmlElement } from "../../../lib/xmlspec/xml";
import type { SimulatedNeighbour } from "./neighbours";
import type { HealthFaults } from "./types";

const LEGEND =
  "flags: A:active, ?:loose, C:connect, H:host, S:static, ~:internal, R:rip, O:ospf, B:bgp, Oi:ospf intra-area, Oo:ospf inter-area, O1:ospf ext-type-1, O2:ospf ext-type-2, E:ecmp, M:multicast";

interface SimulatedRoute {
  readonly router: string;
  readonly destination: string;
  readonly nexthop: string;
  readonly interface: string;
  readonly protocol: "bgp" | "host";
  readonly active: boolean;
  readonly ecmp: boolean;
}

function routesOf(neighbours: readonly SimulatedNeighbour[], health: HealthFaults): SimulatedRoute[] {
  const hosts = neighbours.map((n) => ({
    router: n.router,
    destination: `${n.localAddress}/32`,
    nexthop: "0.0.0.0",
    interface: "",
    protocol: "host" as const,
    active: true,
    ecmp: false,
  }));
  const bgp = neighbours.flatMap((n) =>
    n.prefixes.map((prefix) => ({
      router: n.router,
      destination: prefix,
      nexthop: n.peerAddress,
      interface: n.localInterface,
      protocol: "bgp" as const,
      active: !health.noInstalledRoutes,
      ecmp: neighbours.filter((m) => m.router === n.router && m.prefixes.includes(prefix)).length > 1,
    })),
  );
  return [...hosts, ...bgp];
}

/** Children of the legacy answer's `result`. */
export function renderLegacyRoutes(neighbours: readonly SimulatedNeighbour[], health: HealthFaults): XmlElement[] {
  const flags = (r: SimulatedRoute) =>
    `${r.active ? "A" : " "} ${r.protocol === "bgp" ? "B" : "H"} ${r.ecmp ? "E" : " "} `;
  return [
    el("flags", LEGEND),
    ...routesOf(neighbours, health).map((r) =>
      el("entry", [
        el("virtual-router", r.router),
        el("destination", r.destination),
        el("nexthop", r.nexthop),
        el("metric", r.protocol === "bgp" ? "" : "0"),
        el("flags", flags(r)),
        el("age", r.protocol === "bgp" ? "3600" : ""),
        el("interface", r.interface),
        el("route-table", "unicast"),
      ]),
    ),
  ];
}

/** The JSON of the Advanced Routing answer. */
export function advancedRoutes(
  neighbours: readonly SimulatedNeighbour[],
  health: HealthFaults,
): Record<string, Record<string, unknown[]>> {
  const table: Record<string, Record<string, unknown[]>> = {};
  for (const r of routesOf(neighbours, health)) {
    table[r.router] ??= {};
    (table[r.router][r.destination] ??= []).push({
      prefix: r.destination,
      protocol: r.protocol === "bgp" ? "bgp" : "local",
      vrfName: "default",
      selected: true,
      destSelected: true,
      distance: r.protocol === "bgp" ? 20 : 0,
      metric: 0,
      installed: r.active,
      uptime: "01:00:00",
      nexthops: [
        {
          flags: r.ecmp ? "A E " : "A ",
          fib: r.active,
          ip: r.protocol === "bgp" ? r.nexthop : undefined,
          interfaceName: r.interface || undefined,
          active: r.active,
        },
      ],
    });
  }
  return table;
}
