/**
 * Each HealthFaults field makes exactly the matching verify check fail, with a detail naming what is
 * wrong, while every other check on both firewalls still passes; on both routing engines.
 */
import { CHECK_IDS, verifyPair, type VerifyReport } from "../../../lib/verify";
import { healthyPair, pairTargets } from "./pair-fixture";
import type { HealthFaults } from "./types";

const A = "fw-0.example.net";
const B = "fw-1.example.net";

async function verifyWith(faultsOnA: HealthFaults, faultsOnB: HealthFaults = {}): Promise<VerifyReport> {
  return verifyPair(pairTargets(healthyPair([{ health: faultsOnA }, { health: faultsOnB }])));
}

/** Every check that is not `pass`, as `host id status: detail`. */
function nonPassing(report: VerifyReport): string[] {
  return report.firewalls.flatMap((f) =>
    f.checks.filter((c) => c.status !== "pass").map((c) => `${f.host} ${c.id} ${c.status}: ${c.detail}`),
  );
}

interface FaultCase {
  readonly name: string;
  readonly faults: HealthFaults;
  /** The only failures expected, as `host id` → detail pattern. */
  readonly expected: Readonly<Record<string, RegExp>>;
}

const CASES: readonly FaultCase[] = [
  {
    name: "HA2 link down",
    faults: { haLinksDown: ["ha2"] },
    expected: { [`${A} ha.links`]: /^HA2 down; HA1 up and HA3 up$/ },
  },
  {
    name: "HA3 link down",
    faults: { haLinksDown: ["ha3"] },
    expected: { [`${A} ha.links`]: /^HA3 down \(Link down\); HA1 up and HA2 up$/ },
  },
  {
    name: "tentative (path down)",
    faults: { localState: "tentative" },
    expected: {
      [`${A} ha.local-state`]: /^local state is tentative \(path down: .*HA3.*; last error: tentative \(Path down\)$/,
      [`${B} ha.peer-state`]: /^peer 10\.255\.0\.1 is tentative \(path down/,
    },
  },
  {
    name: "suspended",
    faults: { localState: "suspended" },
    expected: {
      [`${A} ha.local-state`]: /^local state is suspended .*User requested/,
      [`${B} ha.peer-state`]: /is suspended/,
    },
  },
  {
    name: "non-functional",
    faults: { localState: "non-functional" },
    expected: {
      [`${A} ha.local-state`]: /^local state is non-functional .*Link down/,
      [`${B} ha.peer-state`]: /is non-functional/,
    },
  },
  {
    name: "session sync incomplete",
    faults: { stateSyncIncomplete: true },
    expected: { [`${A} ha.state-sync`]: /^session synchronization is Incomplete, expected Complete$/ },
  },
  {
    name: "config out of sync",
    faults: { configOutOfSync: true },
    expected: { [`${A} ha.config-sync`]: /^configuration sync state is not synchronized, expected synchronized$/ },
  },
  {
    name: "BGP peer down",
    faults: { bgpPeersDown: ["169.254.100.1"] },
    expected: {
      [`${A} bgp.peers`]:
        /^aws \(169\.254\.100\.1, (vr|logical router) default\) is (Connect|Active); 1 of 2 Established$/,
    },
  },
  {
    name: "BGP peer without routes",
    faults: { bgpPeersWithoutRoutes: ["169.254.200.1"] },
    expected: {
      [`${A} bgp.routes-received`]:
        /^no prefixes received from azure \(169\.254\.200\.1, (vr|logical router) default\); aws: 2 prefixes$/,
    },
  },
  {
    name: "BFD session down",
    faults: { bfdDown: ["169.254.200.1"] },
    expected: {
      [`${A} bfd.sessions`]: /^BFD session to 169\.254\.200\.1 on ethernet1\/1\.200( \(BGP\))? is down; 1 of 2 up$/,
    },
  },
  {
    name: "no routes installed",
    faults: { noInstalledRoutes: true },
    expected: {
      [`${A} routing.routes`]:
        /^no BGP route is installed; not active: 10\.1\.0\.0\/16 via 169\.254\.100\.1, 10\.2\.0\.0\/16 via 169\.254\.100\.1 and 10\.20\.0\.0\/16 via 169\.254\.200\.1$/,
    },
  },
  {
    name: "no sessions from HA",
    faults: { noSessionsFromHa: true },
    expected: { [`${A} sessions.from-ha`]: /^none of 2 sessions examined is synchronized from the HA peer/ },
  },
  {
    name: "path monitoring failed",
    faults: { pathMonitoringFailed: true },
    expected: {
      [`${A} path-monitoring`]:
        /^path group virtual-router default failed \(169\.254\.100\.1 down and 169\.254\.200\.1 down\)$/,
    },
  },
  {
    name: "another content version on one member",
    faults: { appVersion: "8800-8600" },
    expected: {
      [`${A} ha.compatibility`]:
        /^the peer runs other versions: applications 8800-8600 here, 8799-8509 on the peer and threats/,
      [`${B} ha.compatibility`]: /^the peer runs other versions: applications 8799-8509 here, 8800-8600 on the peer/,
    },
  },
  {
    name: "uncommitted changes",
    faults: { pendingChanges: true },
    expected: { [`${A} config.pending`]: /uncommitted changes/ },
  },
  {
    name: "a config lock held",
    faults: { configLockedBy: "ops" },
    expected: { [`${A} config.locks`]: /^config lock held by ops \(shared\)$/ },
  },
  {
    name: "a commit lock held",
    faults: { commitLockedBy: "ops" },
    expected: { [`${A} config.locks`]: /^commit lock held by ops \(shared\)$/ },
  },
  {
    name: "the last commit failed",
    faults: { lastCommitFailed: true },
    expected: { [`${A} jobs.recent`]: /^the last commit failed: Commit job 2 FAIL: Validation Error/ },
  },
  {
    name: "jumbo-frame mode off",
    faults: { jumboFramesOff: true },
    expected: { [`${A} system.jumbo-frames`]: /^jumbo-frame mode is off: HA3 needs it/ },
  },
];

describe.each([
  ["legacy routing engine", {}],
  ["Advanced Routing Engine", { advancedRouting: true }],
] as const)("%s", (_engine, engineFaults: HealthFaults) => {
  test("a healthy pair passes every check on both firewalls", async () => {
    const report = await verifyWith(engineFaults, engineFaults);
    expect(nonPassing(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.firewalls.map((f) => f.checks.length)).toEqual([CHECK_IDS.length, CHECK_IDS.length]);
  });

  test.each(CASES)("$name fails exactly the matching check", async ({ faults, expected }) => {
    const report = await verifyWith({ ...engineFaults, ...faults }, engineFaults);
    const failures = nonPassing(report);
    expect(failures.map((f) => f.split(":")[0])).toEqual(Object.keys(expected).map((key) => `${key} fail`));
    for (const [key, pattern] of Object.entries(expected)) {
      const [host, id] = key.split(" ");
      const check = report.firewalls.find((f) => f.host === host)?.checks.find((c) => c.id === id);
      expect(check?.detail).toMatch(pattern);
    }
    expect(report.ok).toBe(false);
  });
});
