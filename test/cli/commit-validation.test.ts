/**
 * Issue 15 item 2, through the CLI: a commit the simulator rejects (its PAN-OS commit validation,
 * test/simulator/validation) makes `mve-ha commit`, `apply --commit` and `prepare` fail with the job's
 * detail lines, and the running configuration stays as it was.
 */
import { renderXml } from "../../lib/xmlspec/xml";
import type { XmlSpec } from "../../lib/xmlspec/spec";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { deletedAt, editedAt, firewallConfig } from "../simulator/validation/firewall-fixture";
import { login, mveHa, specFile, target } from "./harness";

let sim: Simulator;
afterEach(async () => {
  await sim.stop();
});

const HA_XPATH = `${DEVICE_ROOT}/deviceconfig/high-availability`;
const HA3_PORT = `${DEVICE_ROOT}/network/interface/ethernet/entry[@name='ethernet1/4']`;
const HA3_LINE = "deviceconfig -> high-availability -> interface -> ha3 -> port 'ethernet1/4' is not a valid reference";

/** A firewall the stacks configured, except that ethernet1/4 is still layer 3, not an HA port. */
async function firewallWithoutHa3Port(options: { withHa: boolean }): Promise<Simulator> {
  let config = editedAt(firewallConfig(), HA3_PORT, `<entry name="ethernet1/4"><layer3/></entry>`);
  if (!options.withHa) config = deletedAt(config, HA_XPATH);
  // The running configuration a firewall never validated: the simulator starts with it as given.
  return startSimulator({
    password: "validation-pw",
    commitMs: 20,
    jumboFrames: true,
    initialConfig: renderXml(config),
  });
}

/** Our HA XML (the fixture's HA block), written with one `edit` as lib/panos/xml/ha-spec.ts does. */
function haSpec(): XmlSpec {
  const ha = firewallConfig().children[0].children[0].children[0].children.find((c) => c.name === "high-availability");
  if (!ha) throw new Error("fixture without HA");
  return {
    version: 1,
    name: "high-availability",
    requiresReboot: false,
    operations: [{ action: "edit", xpath: HA_XPATH, element: renderXml(ha) }],
  };
}

test("apply --commit of HA naming a port that is not of type ha: exit 1 with the job's detail lines; running unchanged", async () => {
  sim = await firewallWithoutHa3Port({ withHa: false });
  await sim.waitUntilReady();
  const { code, stdout } = await mveHa(
    ["apply", ...target(sim), "--spec-file", specFile(haSpec()), "--commit"],
    login(sim),
  );
  expect(code).toBe(1);
  expect(sim.commits.map((c) => c.result)).toEqual(["FAIL"]);
  expect(stdout).toContain(`commit job ${sim.commits[0].id} FAIL`);
  expect(stdout).toContain("  Validation Error:\n");
  expect(stdout).toContain(`  ${HA3_LINE}\n`);
  expect(stdout).toContain("  deviceconfig is invalid\n  devices is invalid\n");
  expect(renderXml(sim.running)).not.toContain("<high-availability>");
});

test("commit --json of a pending change the validation rejects: FAIL with every detail line", async () => {
  sim = await firewallWithoutHa3Port({ withHa: true });
  await sim.waitUntilReady();
  // Any pending change: the commit validates the whole candidate.
  const tz: XmlSpec = {
    version: 1,
    name: "tz",
    requiresReboot: false,
    operations: [{ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<timezone>UTC</timezone>" }],
  };
  expect((await mveHa(["apply", ...target(sim), "--spec-file", specFile(tz)], login(sim))).code).toBe(0);
  const { code, stdout } = await mveHa(["commit", ...target(sim), "--json"], login(sim));
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toMatchObject({
    ok: false,
    commit: {
      result: "FAIL",
      details: ["Validation Error:", HA3_LINE, "deviceconfig is invalid", "devices is invalid"],
    },
  });
});

test("prepare whose commit the validation rejects: exit 1 with the detail lines, no restart", async () => {
  sim = await firewallWithoutHa3Port({ withHa: true });
  await sim.waitUntilReady();
  const settings: XmlSpec = {
    version: 1,
    name: "device-settings",
    requiresReboot: true,
    operations: [
      {
        action: "set",
        xpath: `${DEVICE_ROOT}/deviceconfig/setting`,
        element: "<jumbo-frame><mtu>9100</mtu></jumbo-frame>",
      },
    ],
  };
  const { code, stdout } = await mveHa(["prepare", ...target(sim), "--spec-file", specFile(settings)], login(sim));
  expect(code).toBe(1);
  expect(stdout).toContain(`  ${HA3_LINE}\n`);
  expect(sim.requests.some((r) => r.type === "op" && (r.cmd ?? "").includes("<restart>"))).toBe(false);
});
