/**
 * Route tables. Legacy (`show routing route`, real captures): `result/entry/{virtual-router,
 * destination, nexthop, flags, interface, …}` where `flags` letters are space padded (`"A S E "`,
 * `"A?B   "`, `"  Oi  "`): A active (in the FIB), B bgp, S static, C connected, H host, O ospf, R rip,
 * E ecmp, ? loose. Advanced Routing (`show advanced-routing route`, public fixture): JSON
 * `{<logical-router>: {<prefix>: [{protocol, selected, installed, nexthops: [{ip, fib, interfaceName}]}]}}`.
 */
import { type XmlElement } from "../../xmlspec/xml";
import { fieldText, listEntries, requiredField } from "../xml-read";
import { isObject, jsonText, type JsonObject } from "./json-walk";

/** One route-table entry. */
export interface RouteEntry {
  readonly router: string;
  readonly destination: string;
  readonly nexthop?: string;
  /** `bgp`, `static`, `connected`, `host`, `ospf`, `rip` or `other`. */
  readonly protocol: string;
  /** Installed in the forwarding table. */
  readonly active: boolean;
}

/** Parses the legacy route table. */
export function parseLegacyRoutes(result: XmlElement): RouteEntry[] {
  // `flags` alone is the legend PAN-OS sends with every table, the empty one included.
  return listEntries(result, "route table", ["flags"]).map((entry) => {
    // Without flags neither the protocol nor "active" is known: such a row cannot be judged.
    const flags = requiredField(entry, "a route entry", "flags");
    return {
      router: fieldText(entry, "virtual-router") ?? "?",
      destination: requiredField(entry, "a route entry", "destination"),
      nexthop: fieldText(entry, "nexthop"),
      protocol: protocolOfFlags(flags),
      active: flags.includes("A"),
    };
  });
}

function protocolOfFlags(flags: string): string {
  if (flags.includes("B")) return "bgp";
  if (flags.includes("S")) return "static";
  if (flags.includes("C")) return "connected";
  if (flags.includes("H")) return "host";
  if (flags.includes("O")) return "ospf";
  if (flags.includes("R")) return "rip";
  return "other";
}

/** Parses the Advanced Routing route JSON. */
export function parseAdvancedRoutes(json: unknown): RouteEntry[] {
  if (!isObject(json)) throw new Error("route JSON is not an object");
  const routes: RouteEntry[] = [];
  for (const [router, prefixes] of Object.entries(json)) {
    if (!isObject(prefixes)) throw new Error(`logical router ${router} is not an object of prefixes`);
    for (const [prefix, list] of Object.entries(prefixes)) {
      for (const route of Array.isArray(list) ? list : [list]) {
        if (!isObject(route)) throw new Error(`route ${prefix} of ${router} is not a route record`);
        routes.push(advancedRoute(router, prefix, route));
      }
    }
  }
  return routes;
}

function advancedRoute(router: string, prefix: string, route: JsonObject): RouteEntry {
  const nexthops = Array.isArray(route.nexthops) ? route.nexthops.filter(isObject) : [];
  const inFib = nexthops.some((hop) => hop.fib === true);
  const first = nexthops[0];
  return {
    router,
    destination: jsonText(route, "prefix") ?? prefix,
    nexthop: first ? jsonText(first, "ip", "nexthop", "interfaceName") : undefined,
    protocol: requiredProtocol(route, prefix).toLowerCase(),
    active: route.installed === true || inFib,
  };
}

function requiredProtocol(route: JsonObject, prefix: string): string {
  const protocol = jsonText(route, "protocol");
  if (protocol === undefined) throw new Error(`route ${prefix} without a protocol`);
  return protocol;
}
