/**
 * Which element of the diagram each check colours: real verify reports of the simulated pair
 * (each fault makes its check fail with the device's wording), judged element by element.
 */
import { elementStatuses, hostsOfFirewalls, namesIn, type ReportInput } from "../../lib/report";
import { verifyPair, type VerifyReport } from "../../lib/verify";
import type { HealthFaults } from "../simulator";
import { healthyPair, pairTargets, type MemberSetup } from "../simulator/operational/pair-fixture";
import { simulatedTopology } from "./fixtures";

async function reportWith(a: Partial<MemberSetup> = {}, b: Partial<MemberSetup> = {}): Promise<VerifyReport> {
  return verifyPair(pairTargets(healthyPair([a, b])));
}

const health = (faults: HealthFaults): Partial<MemberSetup> => ({ health: faults });

/** Element id → status, for the elements a test looks at. */
function statusesOf(report: ReportInput, topology = simulatedTopology()): Record<string, string> {
  return Object.fromEntries([...elementStatuses(report, topology)].map(([id, v]) => [id, v.status]));
}

/** Every element the checks of a PAN-OS pair judge (no Megaport checks in these reports). */
const FIREWALL_JUDGED = [
  "firewall-0",
  "firewall-1",
  "ha-ha1-management",
  "ha-ha2",
  "ha-ha3",
  ...[0, 1].flatMap((k) => [0, 1].flatMap((i) => [`bgp-${k}-${i}`, `bfd-${k}-${i}`])),
];

test("a healthy pair: every firewall, HA link, BGP peer and BFD session is green", async () => {
  const statuses = statusesOf(await reportWith());
  expect(Object.fromEntries(FIREWALL_JUDGED.map((id) => [id, statuses[id]]))).toEqual(
    Object.fromEntries(FIREWALL_JUDGED.map((id) => [id, "pass"])),
  );
  // The simulated firewalls report no HA1-backup link (grey), and no Megaport check ran (not judged).
  expect(statuses["ha-ha1"]).toBe("unknown");
  expect(statuses["vxc-0-0"]).toBeUndefined();
});

test.each<[string, Partial<MemberSetup>, Partial<MemberSetup>, string[]]>([
  [
    "BGP peer 169.254.100.1 down on firewall 0",
    health({ bgpPeersDown: ["169.254.100.1"] }),
    {},
    ["bgp-0-0", "firewall-0"],
  ],
  [
    "BGP peer 169.254.201.1 down on firewall 1",
    {},
    health({ bgpPeersDown: ["169.254.201.1"] }),
    ["bgp-1-1", "firewall-1"],
  ],
  ["BFD to 169.254.200.1 down on firewall 0", health({ bfdDown: ["169.254.200.1"] }), {}, ["bfd-1-0", "firewall-0"]],
  ["HA3 down on firewall 0", health({ haLinksDown: ["ha3"] }), {}, ["ha-ha3", "firewall-0"]],
  ["HA2 down on firewall 1", {}, health({ haLinksDown: ["ha2"] }), ["ha-ha2", "firewall-1"]],
])("%s: exactly those elements turn red", async (_name, a, b, red) => {
  const statuses = statusesOf(await reportWith(a, b));
  const failing = Object.entries(statuses)
    .filter(([, s]) => s === "fail")
    .map(([id]) => id)
    .sort();
  expect(failing).toEqual([...red].sort());
  for (const id of FIREWALL_JUDGED.filter((e) => !red.includes(e))) expect([id, statuses[id]]).toEqual([id, "pass"]);
});

test("an unreachable firewall is red, and what only it could tell (its BGP, BFD) is grey", async () => {
  const statuses = statusesOf(await reportWith({}, { up: false }));
  expect(statuses["firewall-1"]).toBe("fail");
  for (const id of ["bgp-0-1", "bfd-0-1", "bgp-1-1", "bfd-1-1"]) expect([id, statuses[id]]).toEqual([id, "unknown"]);
  // Firewall 0 sees its peer gone: its HA links are down.
  expect(statuses["ha-ha3"]).toBe("fail");
  expect(statuses["bgp-0-0"]).toBe("pass");
});

test("a peer address is matched whole: 169.254.100.1 down does not redden a peer 169.254.100.10", () => {
  const topology = simulatedTopology();
  const tenth = { ...topology.connections[1].peerings[0], peerAddress: "169.254.100.10" };
  const changed = {
    ...topology,
    connections: [
      topology.connections[0],
      { ...topology.connections[1], peerings: [tenth, topology.connections[1].peerings[1]] as const },
    ],
  };
  const report: ReportInput = {
    ok: false,
    firewalls: [
      {
        host: "a",
        checks: [
          { id: "bgp.peers", status: "fail", detail: "aws (169.254.100.1, vr default) is Connect; 1 of 2 Established" },
        ],
      },
      { host: "b", checks: [] },
    ],
  };
  const statuses = statusesOf(report, changed);
  expect(statuses["bgp-0-0"]).toBe("fail");
  expect(statuses["bgp-1-0"]).toBe("pass");
});

describe("Megaport products, by name in the megaport.* checks", () => {
  // As verify --outputs reports them: in the report's own Megaport block.
  const withMegaport = (checks: ReportInput["firewalls"][number]["checks"]): ReportInput => ({
    ok: false,
    firewalls: [
      { host: "a", checks: [{ id: "ha.enabled", status: "pass", detail: "HA is enabled" }] },
      { host: "b", checks: [{ id: "ha.enabled", status: "pass", detail: "HA is enabled" }] },
    ],
    megaport: { checks },
  });

  test("a VXC named in a failing megaport.vxcs is red, the MVE whose name it starts with is not", () => {
    const statuses = statusesOf(
      withMegaport([
        { id: "megaport.mves", status: "pass", detail: "sim-fw-0 and sim-fw-1 LIVE, up" },
        { id: "megaport.vxcs", status: "fail", detail: "sim-fw-0 HA3 (uid 1234) is DECOMMISSIONED; 8 of 9 LIVE" },
      ]),
    );
    expect(statuses["ha-ha3"]).toBe("fail");
    expect(statuses["ha-ha2"]).toBe("pass");
    expect(statuses["vxc-0-0"]).toBe("pass");
    expect(statuses["management-1"]).toBe("pass");
    expect(statuses["firewall-0"]).toBe("pass");
  });

  test("a failing MVE reddens its firewall; skipped Megaport checks (no credentials) leave the products grey", () => {
    const failing = statusesOf(
      withMegaport([{ id: "megaport.mves", status: "fail", detail: "sim-fw-1 (uid 99) is FAILED, VM down" }]),
    );
    expect([failing["firewall-0"], failing["firewall-1"]]).toEqual(["pass", "fail"]);
    const skipped = statusesOf(
      withMegaport([{ id: "megaport.vxcs", status: "skip", detail: "no Megaport credentials (MEGAPORT_ACCESS_KEY)" }]),
    );
    expect([skipped["vxc-0-0"], skipped["ha-ha1"], skipped["management-0"]]).toEqual(["unknown", "unknown", "unknown"]);
  });

  test("namesIn takes the longest name at each place, whole words only", () => {
    const names = ["syd-fw-0", "syd-fw-0 HA3", "syd-fw-0 aws", "syd-fw-1"];
    expect([...namesIn("syd-fw-0 HA3 (uid) is DOWN; syd-fw-1 is LIVE", names)].sort()).toEqual([
      "syd-fw-0 HA3",
      "syd-fw-1",
    ]);
    expect([...namesIn("syd-fw-0x is not syd-fw-0", names)]).toEqual(["syd-fw-0"]);
  });
});

test("firewall 0 is the report entry with its management IP when the topology knows it, else the first", () => {
  const report: ReportInput = {
    ok: true,
    firewalls: [
      { host: "10.0.0.2", checks: [] },
      { host: "10.0.0.1", checks: [] },
    ],
  };
  expect(hostsOfFirewalls(report, simulatedTopology(["10.0.0.1", "10.0.0.2"]))).toEqual([1, 0]);
  expect(hostsOfFirewalls(report, simulatedTopology())).toEqual([0, 1]);
});
