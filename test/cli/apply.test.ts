import type { XmlSpec } from "../../lib/xmlspec/spec";
import { el, entry, path, renderXml, textOf } from "../../lib/xmlspec/xml";
import { DEVICE_ROOT, entryXpath } from "../../lib/xmlspec/xpath";
import { findNodes } from "../simulator/config-tree";
import { parseXpath } from "../simulator/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { login, mveHa, specFile, target } from "./harness";

const SYSTEM = `${DEVICE_ROOT}/deviceconfig/system`;
const SPEC: XmlSpec = {
  version: 1,
  name: "management",
  requiresReboot: false,
  operations: [
    { action: "edit", xpath: `${SYSTEM}/type`, element: "<type><static/></type>" },
    { action: "set", xpath: SYSTEM, element: "<ip-address>192.0.2.21</ip-address><netmask>255.255.255.0</netmask>" },
    { action: "delete", xpath: `${SYSTEM}/login-banner` },
  ],
};

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator({ password: "apply-test-password", commitMs: 20 });
  await sim.waitUntilReady();
});

afterEach(async () => {
  await sim.stop();
});

const apply = (spec: XmlSpec, ...extra: string[]) =>
  mveHa(["apply", ...target(sim), "--spec-file", specFile(spec), ...extra], login(sim));

test("apply writes what differs and prints it; a second run writes nothing and commits nothing", async () => {
  const first = await apply(SPEC, "--commit");
  expect(first.code).toBe(0);
  expect(first.stdout.split("\n").slice(0, 4)).toEqual([
    `changed    edit    ${SYSTEM}/type`,
    `changed    set     ${SYSTEM}`,
    `unchanged  delete  ${SYSTEM}/login-banner`,
    "127.0.0.1: 2 of 3 operations changed (spec management)",
  ]);
  expect(first.stdout).toMatch(/127\.0\.0\.1: commit job \d+ OK/);
  expect(sim.writes).toBe(2);
  expect(sim.commits).toHaveLength(1);
  expect(textOf(path(findNodes(sim.running, parseXpath(SYSTEM))[0], "ip-address"))).toBe("192.0.2.21");

  const second = await apply(SPEC, "--commit");
  expect(second.code).toBe(0);
  expect(second.stdout).toContain("127.0.0.1: 0 of 3 operations changed (spec management)");
  expect(second.stdout).toContain("127.0.0.1: nothing to commit");
  expect(sim.writes).toBe(2);
  expect(sim.commits).toHaveLength(1);
  expect(sim.requests.filter((r) => r.type === "commit")).toHaveLength(1);
});

test("--json prints one document with every operation and the commit", async () => {
  const { code, stdout } = await apply(SPEC, "--commit", "--json");
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as Record<string, unknown>;
  expect(report).toMatchObject({
    ok: true,
    host: "127.0.0.1",
    spec: "management",
    changed: 2,
    commit: { result: "OK" },
  });
  expect(report.operations).toEqual([
    { action: "edit", xpath: `${SYSTEM}/type`, changed: true, requiresReboot: false, state: "written" },
    { action: "set", xpath: SYSTEM, changed: true, requiresReboot: false, state: "written" },
    { action: "delete", xpath: `${SYSTEM}/login-banner`, changed: false, requiresReboot: false, state: "unchanged" },
  ]);
});

test("the spec can come from an environment variable", async () => {
  const { code } = await mveHa(["apply", ...target(sim), "--spec-env", "MVE_HA_SPEC"], {
    ...login(sim),
    MVE_HA_SPEC: JSON.stringify(SPEC),
  });
  expect(code).toBe(0);
  expect(sim.writes).toBe(2);
});

test("a commit that fails exits 1 and prints the job's detail lines", async () => {
  sim.setFaults([
    { kind: "commit-fail", details: ["Validation Error:", " deviceconfig -> system -> ip-address is invalid"] },
  ]);
  const { code, stdout, stderr } = await apply(SPEC, "--commit");
  expect(code).toBe(1);
  expect(stdout).toMatch(
    /commit job \d+ FAIL\n {2}Validation Error:\n {2}deviceconfig -> system -> ip-address is invalid/,
  );
  expect(stderr).toMatch(/error: commit job \d+ on 127\.0\.0\.1 failed/);
  expect(stdout).not.toMatch(/ OK/);
});

test("a configuration lock held by another admin stops apply before any write, naming the holder", async () => {
  sim.setFaults([{ kind: "config-lock", admin: "netops", comment: "change 4711" }]);
  const { code, stderr } = await apply(SPEC);
  expect(code).toBe(1);
  expect(stderr).toMatch(/configuration of 127\.0\.0\.1 is locked by netops \(shared: change 4711\)/);
  expect(sim.writes).toBe(0);
});

test("a lock held by our own admin does not block", async () => {
  sim.setFaults([{ kind: "config-lock", admin: "admin" }]);
  expect((await apply(SPEC)).code).toBe(0);
});

test("transient faults on reads and writes end in the right configuration, never a double write", async () => {
  sim.setFaults([
    { kind: "bad-gateway", match: { action: "get" }, times: 2 },
    { kind: "reset", match: { type: "op" } },
    { kind: "reset", when: "after", match: { action: "set" } },
    { kind: "service-unavailable", match: { action: "edit" } },
  ]);
  const { code, stderr } = await apply(SPEC, "--commit");
  expect(code).toBe(0);
  expect(stderr).toMatch(/its outcome is unknown; reading it back before deciding/);
  expect(stderr).toMatch(/retrying get/);
  expect(sim.requests.filter((r) => r.action === "set")).toHaveLength(1);
  expect(textOf(path(findNodes(sim.running, parseXpath(SYSTEM))[0], "netmask"))).toBe("255.255.255.0");
});

test("a validation error from the device exits 1 with its lines", async () => {
  sim.setFaults([{ kind: "invalid", match: { action: "set" }, lines: [" system -> ip-address is invalid"] }]);
  const { code, stderr } = await apply(SPEC);
  expect(code).toBe(1);
  expect(stderr).toMatch(
    /set \/config\/.*\/system on 127\.0\.0\.1 was refused \(code 12, invalid object\): system -> ip-address is invalid/,
  );
});

test("an unreachable firewall exits 3 after bounded retries", async () => {
  await sim.stop();
  const { code, stderr } = await apply(SPEC, "--timeout", "5");
  expect(code).toBe(3);
  expect(stderr).toMatch(/127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\)/);
});

test("a malformed spec is a usage error", async () => {
  const { code, stderr } = await mveHa(["apply", ...target(sim), "--spec-env", "S"], { ...login(sim), S: "{}" });
  expect(code).toBe(2);
  expect(stderr).toMatch(/spec version must be 1/);
  const missing = await mveHa(["apply", ...target(sim)], login(sim));
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/exactly one of --spec-file <path> and --spec-env <variable>/);
});

test("hostile names and values reach the device exactly, and a re-run sees them as unchanged", async () => {
  const name = `o'brien]/x`;
  const hostile = `<script>alert("x")</script> & ]]> 'single'`;
  const base = `${DEVICE_ROOT}/network/profiles/interface-management-profile`;
  const spec: XmlSpec = {
    version: 1,
    name: "hostile",
    requiresReboot: false,
    operations: [
      { action: "set", xpath: base, element: renderXml(entry(name, [el("ping", "yes")])) },
      {
        action: "edit",
        xpath: entryXpath(base, name),
        element: renderXml(entry(name, [el("ping", "yes"), el("description", hostile)])),
      },
    ],
  };
  expect((await apply(spec, "--commit")).code).toBe(0);
  const stored = findNodes(sim.running, parseXpath(entryXpath(base, name)));
  expect(stored).toHaveLength(1);
  expect(textOf(path(stored[0], "description"))).toBe(hostile);
  expect(textOf(path(stored[0], "ping"))).toBe("yes");
  const again = await apply(spec, "--commit");
  expect(again.stdout).toContain("0 of 2 operations changed");
});
