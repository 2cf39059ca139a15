/**
 * Which element of the diagram each check judges, and how: the verify report says pass/fail per
 * check and firewall, and its details name what is wrong (a link, a peer's address, a product's
 * name). An element is
 * - green (pass) when a check that judges it passed, or failed naming other elements only;
 * - red (fail) when a check that judges it failed naming it (or naming nothing more specific);
 * - grey (unknown) when nothing judged it: the check was skipped, could not read the device
 *   (error), or is not in the report (e.g. the Megaport checks without credentials).
 * A firewall is red when any of its checks failed or errored, or its MVE's product check failed.
 */
import type { ElementStatus, ElementStatuses } from "../topology/dot";
import { ELEMENT_IDS, type PairTopology } from "../topology/model";

/** The parts of a verify report this reads (check ids stay open: new checks only add rows). */
export interface ReportInput {
  readonly ok: boolean;
  readonly firewalls: ReadonlyArray<{
    readonly host: string;
    readonly checks: ReadonlyArray<{ readonly id: string; readonly status: string; readonly detail: string }>;
  }>;
  /** The pair's Megaport checks (verify --outputs), in a block of their own. */
  readonly megaport?: {
    readonly checks: ReadonlyArray<{ readonly id: string; readonly status: string; readonly detail: string }>;
  };
}

type Check = ReportInput["firewalls"][number]["checks"][number];
type Verdict = { status: ElementStatus; why: string };

/** Which report entry is firewall 0 and 1: by management IP where the topology knows it, else in order. */
export function hostsOfFirewalls(report: ReportInput, topology: PairTopology): [number, number] {
  const hosts = report.firewalls.map((f) => f.host);
  const byIp = topology.firewalls.map((f) => hosts.indexOf(f.managementIp));
  if (byIp[0] >= 0 && byIp[1] >= 0 && byIp[0] !== byIp[1]) return [byIp[0], byIp[1]];
  return [0, 1];
}

/** Per element id of `topology`, its status and why. */
export function elementStatuses(report: ReportInput, topology: PairTopology): ElementStatuses {
  const statuses = new Map<string, Verdict[]>();
  const add = (id: string, verdict: Verdict | undefined) => {
    if (verdict) statuses.set(id, [...(statuses.get(id) ?? []), verdict]);
  };
  const entries = hostsOfFirewalls(report, topology).map((i) => report.firewalls[i]);
  // The Megaport checks come in their own block (verify --outputs).
  const allChecks = [...report.firewalls.flatMap((f) => f.checks), ...(report.megaport?.checks ?? [])];

  topology.firewalls.forEach((firewall, i) => {
    const entry = entries[i];
    add(ELEMENT_IDS.firewall(firewall.deviceId), entry && firewallVerdict(entry.host, entry.checks));
    const haLinks = entry?.checks.find((c) => c.id === "ha.links");
    add(ELEMENT_IDS.ha1Management(), haLinks && linkVerdict(haLinks, ["HA1"], entry.host));
    for (const link of topology.haLinks) {
      add(ELEMENT_IDS.haLink(link.role), haLinks && linkVerdict(haLinks, link.panosLinks, entry.host));
    }
    topology.connections.forEach((connection, k) => {
      const peering = connection.peerings[i];
      const bgp = entry?.checks.find((c) => c.id === "bgp.peers");
      const bfd = entry?.checks.find((c) => c.id === "bfd.sessions");
      add(ELEMENT_IDS.bgp(k, firewall.deviceId), bgp && namedVerdict(bgp, peering.peerAddress, entry.host));
      if (peering.bfd)
        add(ELEMENT_IDS.bfd(k, firewall.deviceId), bfd && namedVerdict(bfd, peering.peerAddress, entry.host));
    });
  });

  // Megaport products, judged by name wherever the report carries the megaport.* checks.
  const products = productElements(topology);
  for (const check of allChecks.filter((c) => c.id.startsWith("megaport."))) {
    const judged = check.id === "megaport.mves" ? products.filter((p) => p.mve) : products.filter((p) => !p.mve);
    const named = namesIn(
      check.detail,
      products.map((p) => p.name),
    );
    for (const product of judged) add(product.element, productVerdict(check, named.has(product.name)));
  }
  return new Map([...statuses].map(([id, verdicts]) => [id, combine(verdicts)]));
}

/** Red beats green beats grey; the reasons of the deciding status are kept. */
function combine(verdicts: readonly Verdict[]): Verdict {
  for (const status of ["fail", "pass", "unknown"] as const) {
    const deciding = verdicts.filter((v) => v.status === status);
    if (deciding.length > 0) return { status, why: [...new Set(deciding.map((v) => v.why))].join(" | ") };
  }
  return { status: "unknown", why: "not checked" };
}

function firewallVerdict(host: string, all: readonly Check[]): Verdict {
  // The Megaport checks judge products (the MVE among them, below), not the firewall's own state.
  const checks = all.filter((c) => !c.id.startsWith("megaport."));
  const bad = checks.filter((c) => c.status === "fail" || c.status === "error");
  if (bad.length > 0) return { status: "fail", why: `${host}: ${bad.map((c) => `${c.id} ${c.status}`).join(", ")}` };
  if (checks.length === 0) return { status: "unknown", why: `${host}: no checks` };
  return { status: "pass", why: `${host}: every check passed or was skipped` };
}

/** `HA2 down (reason)`, `HA1-backup up`, `HA3 (port ethernet1/4 link) up`: link name and state. */
const LINK_STATE = /\b(HA[123](?:-backup)?)\b(?: \([^)]*\))? ([A-Za-z][\w-]*)/g;

function linkVerdict(check: Check, links: readonly string[], host: string): Verdict | undefined {
  const states = [...check.detail.matchAll(LINK_STATE)]
    .filter((m) => links.some((l) => l.toLowerCase() === m[1].toLowerCase()))
    .map((m) => m[2].toLowerCase());
  const why = `${host} ha.links ${check.status}: ${check.detail}`;
  if (states.some((s) => s !== "up")) return { status: "fail", why };
  if (states.length > 0) return { status: "pass", why };
  // The check passed without naming the link: every link it knows is up (a link never reported stays grey).
  if (check.status === "pass" && links.some((l) => !l.endsWith("-backup"))) return { status: "pass", why };
  return { status: "unknown", why };
}

/** True when `text` names `address` as a whole address (169.254.100.1 is not in 169.254.100.10). */
function namesAddress(text: string, address: string): boolean {
  const escaped = address.replace(/\./g, "\\.");
  return new RegExp(`(^|[^\\d.])${escaped}(?![\\d]|\\.\\d)`).test(text);
}

/** A check over many peers or sessions: red when its failure names this one (or names no address at all). */
function namedVerdict(check: Check, address: string, host: string): Verdict {
  const why = `${host} ${check.id} ${check.status}: ${check.detail}`;
  if (check.status === "pass") return { status: "pass", why };
  if (check.status !== "fail") return { status: "unknown", why };
  if (namesAddress(check.detail, address)) return { status: "fail", why };
  const namesAny = /\d+\.\d+\.\d+\.\d+/.test(check.detail);
  return namesAny ? { status: "pass", why } : { status: "fail", why };
}

interface ProductElement {
  readonly name: string;
  readonly element: string;
  readonly mve: boolean;
}

function productElements(topology: PairTopology): ProductElement[] {
  return [
    ...topology.firewalls.flatMap((f) => [
      { name: f.productName, element: ELEMENT_IDS.firewall(f.deviceId), mve: true },
      { name: f.managementProductName, element: ELEMENT_IDS.management(f.deviceId), mve: false },
    ]),
    ...topology.haLinks.map((l) => ({ name: l.productName, element: ELEMENT_IDS.haLink(l.role), mve: false })),
    ...topology.connections.flatMap((c, k) =>
      c.peerings.map((p) => ({ name: p.productName, element: ELEMENT_IDS.vxc(k, p.deviceId), mve: false })),
    ),
  ];
}

/**
 * The names that occur in `text`, the longest at each place: `syd-fw-0 HA3` names that VXC, not
 * also the MVE `syd-fw-0`.
 */
export function namesIn(text: string, names: readonly string[]): Set<string> {
  const longestFirst = [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const name of longestFirst) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = at === 0 ? "" : text[at - 1];
      const after = text[at + name.length] ?? "";
      const bounded = !/[\w-]/.test(before) && !/[\w-]/.test(after);
      if (!bounded || taken.slice(at, at + name.length).some(Boolean)) continue;
      taken.fill(true, at, at + name.length);
      found.add(name);
    }
  }
  return found;
}

function productVerdict(check: Check, named: boolean): Verdict {
  const why = `${check.id} ${check.status}: ${check.detail}`;
  if (check.status === "pass") return { status: "pass", why };
  if (check.status === "fail") return { status: named ? "fail" : "pass", why };
  return { status: "unknown", why };
}
