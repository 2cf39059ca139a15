/**
 * `mve-ha commit --data-interface … --model-subinterfaces …` against a simulated firewall that runs
 * the configuration the stacks leave (aws on ethernet1/1.100, azure on ethernet1/1.200, both with
 * our comment). The candidate is then changed as Terraform changes it, and the command must leave
 * the commit to the removal commit only while one of OUR committed subinterfaces is being removed.
 */
import { renderXml } from "../../lib/xmlspec/xml";
import type { VerifyReport } from "../../lib/verify/types";
import type { XmlOperation } from "../../lib/xmlspec/spec";
import { entries, membersAt } from "../e2e/pair-fixture";
import { startSimulator, type Simulator } from "../simulator";
import { DEVICE_ROOT, VSYS1_ROOT, firewallConfig, setAtXpath } from "../simulator/validation/firewall-fixture";
import { login, mveHa, target } from "./harness";

const UNITS = `${DEVICE_ROOT}/network/interface/ethernet/entry[@name='ethernet1/1']/layer3/units`;
const IMPORTED = `${VSYS1_ROOT}/import/network/interface`;
const ZONE_LAYER3 = `${VSYS1_ROOT}/zone/entry[@name='megaport']/network/layer3`;
const ROUTER = `${DEVICE_ROOT}/network/virtual-router/entry[@name='megaport']`;
const AWS_LOCAL = `${ROUTER}/protocol/bgp/peer-group/entry[@name='aws']/peer/entry[@name='aws']/local-address`;

/** The stacks' configuration, each subinterface with the comment the constructs give it. */
function deployedConfig(): string {
  let config = firewallConfig();
  for (const [unit, connection] of [
    ["ethernet1/1.100", "aws"],
    ["ethernet1/1.200", "azure"],
  ]) {
    config = setAtXpath(config, `${UNITS}/entry[@name='${unit}']`, `<comment>Megaport VXC ${connection}</comment>`);
  }
  return renderXml(config);
}

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator({
    password: "deferral-test-password",
    commitMs: 20,
    initialConfig: deployedConfig(),
    jumboFrames: true,
  });
  await sim.waitUntilReady();
  expect(sim.pendingChanges).toBe(false);
});

afterEach(async () => {
  await sim.stop();
});

/** Writes the candidate as Terraform's resources would (no commit). */
async function write(...operations: XmlOperation[]): Promise<void> {
  const spec = JSON.stringify({ version: 1, name: "terraform", requiresReboot: false, operations });
  const { code, stderr } = await mveHa(["apply", ...target(sim), "--spec-env", "S"], { ...login(sim), S: spec });
  expect({ code, stderr }).toEqual({ code: 0, stderr: expect.any(String) });
}

const unit = (name: string, tag: string, comment?: string): XmlOperation => ({
  action: "set",
  xpath: UNITS,
  element:
    `<entry name="${name}"><tag>${tag}</tag><ip><entry name="169.254.${tag}.2/30"/></ip><mtu>9000</mtu>` +
    `${comment === undefined ? "" : `<comment>${comment}</comment>`}</entry>`,
});
const imported = (name: string): XmlOperation => ({
  action: "set",
  xpath: IMPORTED,
  element: `<member>${name}</member>`,
});
const zoneAndRouter = (...names: string[]): XmlOperation[] => [
  {
    action: "edit",
    xpath: ZONE_LAYER3,
    element: `<layer3>${names.map((n) => `<member>${n}</member>`).join("")}</layer3>`,
  },
  {
    action: "edit",
    xpath: `${ROUTER}/interface`,
    element: `<interface>${names.map((n) => `<member>${n}</member>`).join("")}</interface>`,
  },
];

/** AWS's VLAN 100 → 150 up to the stack's commit: new unit, imported, zone/router/BGP moved; .100 still there. */
async function vlanChangeBeforeCommit(): Promise<void> {
  await write(
    unit("ethernet1/1.150", "150", "Megaport VXC aws"),
    imported("ethernet1/1.150"),
    ...zoneAndRouter("ethernet1/1.150", "ethernet1/1.200"),
    { action: "edit", xpath: `${AWS_LOCAL}/interface`, element: "<interface>ethernet1/1.150</interface>" },
  );
}

/** The deferral options for a model with these subinterfaces under ethernet1/1. */
const modelOf = (...names: string[]) => ["--data-interface", "ethernet1/1", "--model-subinterfaces", names.join(",")];
const MODEL_AFTER_VLAN_CHANGE = modelOf("ethernet1/1.150", "ethernet1/1.200");
const commit = (...extra: string[]) => mveHa(["commit", ...target(sim), ...extra], login(sim));
const commitRequests = () => sim.requests.filter((r) => r.type === "commit").length;

test("a VLAN change in progress: the stack's commit defers to the removal commit, which then commits once", async () => {
  await vlanChangeBeforeCommit();
  const deferred = await commit(...MODEL_AFTER_VLAN_CHANGE);
  expect(deferred.code).toBe(0);
  expect(deferred.stdout).toBe(
    "127.0.0.1: commit deferred: this apply is removing ethernet1/1.100; " +
      'commit-on-removal["ethernet1/1.100"] commits after the deletion\n' +
      "127.0.0.1: if this apply stops before that commit, none of its changes are committed: fix the cause and " +
      "apply again, or run `mve-ha commit`; `mve-ha verify` reports them (config.pending)\n",
  );
  expect(commitRequests()).toBe(0);
  expect(sim.pendingChanges).toBe(true);

  // What Terraform does next: vsys-import-cleanup, the deletion, then commit-on-removal (no options).
  await write(
    { action: "delete", xpath: `${IMPORTED}/member[text()='ethernet1/1.100']` },
    { action: "delete", xpath: `${UNITS}/entry[@name='ethernet1/1.100']` },
  );
  const removal = await commit();
  expect(removal.code).toBe(0);
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);
  expect(sim.pendingChanges).toBe(false);
  expect([...entries(sim.running, "network/interface/ethernet/entry/layer3/units").keys()].sort()).toEqual([
    "ethernet1/1.150",
    "ethernet1/1.200",
  ]);
  expect(membersAt(entries(sim.running, "vsys/entry/zone").get("megaport"), "network/layer3").sort()).toEqual([
    "ethernet1/1.150",
    "ethernet1/1.200",
  ]);
});

test("the deferral in --json names the subinterface and the removal commit", async () => {
  await vlanChangeBeforeCommit();
  const before = sim.requests.length;
  const { code, stdout } = await commit(...MODEL_AFTER_VLAN_CHANGE, "--json");
  // The evidence costs five reads: the candidate's units, then candidate and running zones and routers.
  const reads = sim.requests.slice(before).filter((r) => r.type === "config");
  expect(reads.map((r) => r.action).sort()).toEqual(["get", "get", "get", "show", "show"]);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual({
    ok: true,
    host: "127.0.0.1",
    commit: {
      result: "deferred",
      removing: ["ethernet1/1.100"],
      committedBy: ['commit-on-removal["ethernet1/1.100"]'],
    },
  });
  expect(commitRequests()).toBe(0);
});

test("a connection removal in progress (azure dropped from the model) defers too", async () => {
  await write(...zoneAndRouter("ethernet1/1.100"), {
    action: "delete",
    xpath: `${ROUTER}/protocol/bgp/peer-group/entry[@name='azure']`,
  });
  const { code, stdout } = await commit(...modelOf("ethernet1/1.100"));
  expect(code).toBe(0);
  expect(stdout).toMatch(/commit deferred: this apply is removing ethernet1\/1\.200;/);
  expect(commitRequests()).toBe(0);
});

test("without the options the same state commits: `mve-ha commit` by hand never defers", async () => {
  await vlanChangeBeforeCommit();
  const { code, stdout } = await commit();
  expect(code).toBe(0);
  expect(stdout).toMatch(/^127\.0\.0\.1: commit job \d+ OK\n/);
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);
});

test.each([
  ["without a comment", undefined],
  ["with our comment", "Megaport VXC copied"],
])(
  "a hand-made subinterface (%s) outside the model, never in the running zone or router, does not defer",
  async (_, comment) => {
    await write(unit("ethernet1/1.300", "300", comment), imported("ethernet1/1.300"));
    const { code, stdout } = await commit(...modelOf("ethernet1/1.100", "ethernet1/1.200"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/commit job \d+ OK/);
    expect(commitRequests()).toBe(1);
    expect(sim.pendingChanges).toBe(false);
  },
);

test("a committed subinterface of ours that the candidate's zone still names is not being removed: commit", async () => {
  // E.g. a drift correction while the model lost .200 but nothing moved off it yet: no deletion can follow.
  await write({ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<timezone>UTC</timezone>" });
  const { code, stdout } = await commit(...modelOf("ethernet1/1.100"));
  expect(code).toBe(0);
  expect(stdout).toMatch(/commit job \d+ OK/);
  expect(commitRequests()).toBe(1);
});

test("no leftovers (first deploy, drift): commits as before, after one extra read", async () => {
  await write({ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<timezone>UTC</timezone>" });
  const before = sim.requests.length;
  const { code } = await commit(...modelOf("ethernet1/1.100", "ethernet1/1.200"));
  expect(code).toBe(0);
  expect(commitRequests()).toBe(1);
  const reads = sim.requests.slice(before).filter((r) => r.type === "config");
  expect(reads.map((r) => r.action)).toEqual(["get"]);
});

test("an answer refused while looking for a removal is an error: no deferral, no commit", async () => {
  await vlanChangeBeforeCommit();
  sim.setFaults([{ kind: "invalid", match: { action: "show", xpath: "/zone" }, times: 5, lines: ["show refused"] }]);
  const { code, stdout, stderr } = await commit(...MODEL_AFTER_VLAN_CHANGE);
  expect(code).toBe(1);
  expect(stdout).toBe("");
  expect(stderr).toMatch(/show refused/);
  expect(commitRequests()).toBe(0);
});

test("one option without the other is a usage error, before anything is sent", async () => {
  const before = sim.requests.length;
  const { code, stderr } = await commit("--data-interface", "ethernet1/1");
  expect(code).toBe(2);
  expect(stderr).toMatch(/--data-interface and --model-subinterfaces go together/);
  const wrongParent = await commit(...modelOf("ethernet1/2.5"));
  expect(wrongParent.code).toBe(2);
  expect(wrongParent.stderr).toMatch(/ethernet1\/2\.5: not a subinterface of --data-interface ethernet1\/1/);
  const emptyParent = await commit("--data-interface", "", "--model-subinterfaces", "");
  expect(emptyParent.code).toBe(2);
  expect(emptyParent.stderr).toMatch(/--data-interface: empty/);
  // Not even a key request: the options are checked before a session starts.
  expect(sim.requests.slice(before)).toEqual([]);
});

test("a wrong deferral would not go unnoticed: verify's config.pending fails while the deferred changes wait", async () => {
  await vlanChangeBeforeCommit();
  expect((await commit(...MODEL_AFTER_VLAN_CHANGE)).stdout).toMatch(/commit deferred/);
  const { stdout } = await mveHa(["verify", ...target(sim), "--json"], login(sim));
  const report = JSON.parse(stdout) as VerifyReport;
  expect(report.ok).toBe(false);
  const pending = report.firewalls[0].checks.find((c) => c.id === "config.pending");
  expect(pending).toMatchObject({ status: "fail", detail: expect.stringMatching(/uncommitted changes/) });
});
