/**
 * A failed apply leaves the candidate configuration as it found it: our own writes are undone in
 * reverse order, and --json says per operation what was written, undone or left.
 */
import { canonical } from "../../lib/xmlspec/compare";
import type { XmlSpec } from "../../lib/xmlspec/spec";
import type { XmlElement } from "../../lib/xmlspec/xml";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { findNodes } from "../simulator/config-tree";
import { parseXpath } from "../simulator/xpath";
import { login, mveHa, specFile, target } from "./harness";

const SYSTEM = `${DEVICE_ROOT}/deviceconfig/system`;
const PROFILES = `${DEVICE_ROOT}/network/profiles/interface-management-profile`;
const SPEC: XmlSpec = {
  version: 1,
  name: "four",
  requiresReboot: false,
  operations: [
    { action: "set", xpath: SYSTEM, element: "<timezone>UTC</timezone>" },
    { action: "set", xpath: PROFILES, element: "<entry name='mgmt'><ping>yes</ping></entry>" },
    { action: "edit", xpath: `${SYSTEM}/type`, element: "<type><static/></type>" },
    { action: "set", xpath: SYSTEM, element: "<login-banner>hello</login-banner>" },
  ],
};

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator({ password: "undo-test-password", commitMs: 20 });
  await sim.waitUntilReady();
});

afterEach(async () => {
  await sim.stop();
});

const apply = (...extra: string[]) =>
  mveHa(["apply", ...target(sim), "--spec-file", specFile(SPEC), "--json", ...extra], login(sim));

/** The candidate at `xpath`, canonical (bookkeeping attributes dropped), or undefined when absent. */
function candidateAt(xpath: string): string | undefined {
  const nodes: XmlElement[] = findNodes(sim.candidate, parseXpath(xpath));
  return nodes[0] && canonical(nodes[0]);
}

interface Report {
  ok: boolean;
  error: string;
  exitCode: number;
  operations: { xpath: string; action: string; state: string; message?: string }[];
}

test("a code-12 refusal on the 3rd of 4 operations: 1–2 undone, the candidate as it was, --json says so", async () => {
  const before = { system: candidateAt(SYSTEM), profiles: candidateAt(PROFILES) };
  sim.setFaults([
    { kind: "invalid", match: { action: "edit", xpath: "/type" }, lines: [" type -> static is invalid"] },
  ]);
  const { code, stdout, stderr } = await apply();
  expect(code).toBe(1);
  expect(candidateAt(SYSTEM)).toBe(before.system);
  expect(candidateAt(PROFILES)).toBe(before.profiles);
  expect(before.profiles).toBeUndefined();
  const report = JSON.parse(stdout) as Report;
  expect(report).toMatchObject({ ok: false, exitCode: 1 });
  expect(report.error).toMatch(/refused \(code 12, invalid object\): type -> static is invalid/);
  expect(report.operations.map((o) => o.state)).toEqual(["undone", "undone", "failed", "skipped"]);
  expect(report.operations[2].message).toMatch(/type -> static is invalid/);
  expect(stderr).toMatch(/undid 2 written operations; the candidate configuration is as it was/);
});

test("a 503 storm on the 3rd operation: 1–2 undone, the 3rd reported failed with the device's answer", async () => {
  const before = candidateAt(SYSTEM);
  sim.setFaults([{ kind: "service-unavailable", match: { action: "edit", xpath: "/type" }, times: Infinity }]);
  const { code, stdout } = await apply();
  expect(code).not.toBe(0);
  expect(candidateAt(SYSTEM)).toBe(before);
  expect(candidateAt(PROFILES)).toBeUndefined();
  const report = JSON.parse(stdout) as Report;
  expect(report.operations.map((o) => o.state)).toEqual(["undone", "undone", "failed", "skipped"]);
  expect(report.operations[2].message).toMatch(/HTTP 503/);
  // Bounded: a few tries of the failing edit, not a flood.
  expect(sim.requests.filter((r) => r.action === "edit" && r.xpath?.endsWith("/type")).length).toBeLessThanOrEqual(4);
});

test("an undo that itself fails names exactly the xpaths left modified", async () => {
  sim.setFaults([
    { kind: "service-unavailable", match: { action: "edit" }, times: Infinity },
    { kind: "service-unavailable", match: { action: "delete" }, times: Infinity },
  ]);
  const { code, stdout, stderr } = await apply();
  expect(code).not.toBe(0);
  const report = JSON.parse(stdout) as Report;
  expect(report.operations.map((o) => o.state)).toEqual(["left", "left", "failed", "skipped"]);
  expect(report.operations[0].message).toMatch(/HTTP 503/);
  expect(stderr).toContain(`left modified in the candidate configuration: ${SYSTEM}, ${PROFILES}`);
  expect(candidateAt(PROFILES)).toBeDefined(); // really left: the report does not lie
});

test("success: every operation reported written or unchanged", async () => {
  const { code, stdout } = await apply();
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as Report;
  expect(report.operations.map((o) => o.state)).toEqual(["written", "written", "written", "written"]);
});
