/**
 * `routing.routes` (guide: "Routes for your networks should be in the route table on both
 * firewalls"): at least one BGP-learned route is active (installed in the forwarding table: flag `A`
 * on the legacy engine, `installed`/`fib` on Advanced Routing). BGP routes present but not active are
 * named; a table without BGP routes fails.
 */
import type { FirewallFacts } from "../collect";
import type { RouteEntry } from "../parse/routes";
import type { CheckResult } from "../types";
import { count, listOf, result } from "./result";

const NAMED_ROUTES = 4;

function routeLabel(route: RouteEntry): string {
  return route.nexthop ? `${route.destination} via ${route.nexthop}` : route.destination;
}

function someRoutes(routes: readonly RouteEntry[]): string {
  const shown = routes.slice(0, NAMED_ROUTES).map(routeLabel);
  return listOf(routes.length > NAMED_ROUTES ? [...shown, `${routes.length - NAMED_ROUTES} more`] : shown);
}

/** `routing.routes`. */
export function routesCheck(facts: FirewallFacts): CheckResult {
  const { routes } = facts;
  if (!routes.ok) return result("routing.routes", "error", routes.message);
  const bgp = routes.value.filter((r) => r.protocol === "bgp");
  const active = bgp.filter((r) => r.active);
  const inactive = bgp.filter((r) => !r.active);
  if (active.length === 0) {
    if (inactive.length > 0) {
      return result("routing.routes", "fail", `no BGP route is installed; not active: ${someRoutes(inactive)}`);
    }
    return result(
      "routing.routes",
      "fail",
      `no BGP routes in the route table (${count(routes.value.length, "route")}, none learned by BGP)`,
    );
  }
  const note = inactive.length > 0 ? `; not active: ${someRoutes(inactive)}` : "";
  return result(
    "routing.routes",
    "pass",
    `${count(active.length, "BGP route")} installed: ${someRoutes(active)}${note}`,
  );
}
