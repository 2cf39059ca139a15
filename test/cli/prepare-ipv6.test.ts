/**
 * The device settings spec with a static IPv6 management address, applied by `mve-ha prepare` to
 * the simulator: the address and gateway land in deviceconfig/system beside the IPv4 settings, in
 * one commit, and a second run changes nothing.
 */
import { buildDeviceSettingsModel, renderDeviceSettingsSpec } from "../../lib/panos";
import { path, textOf } from "../../lib/xmlspec/xml";
import { SYSTEM_XPATH } from "../../lib/panos/xml/device-settings-spec";
import { preparationProps } from "../panos/fixtures";
import { findNodes } from "../simulator/config-tree";
import { parseXpath } from "../simulator/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { login, mveHa, specFile, target } from "./harness";

let sim: Simulator;

afterEach(async () => {
  await sim.stop();
});

const spec = renderDeviceSettingsSpec(
  buildDeviceSettingsModel(
    preparationProps(0, {
      managementInterface: {
        address: "203.0.113.10/29",
        gateway: "203.0.113.9",
        dnsServers: ["192.0.2.53"],
        ipv6: { address: "2001:db8:10::10/64", gateway: "fe80::1" },
      },
    }),
    "test",
  ),
);

const system = () => findNodes(sim.running, parseXpath(SYSTEM_XPATH))[0];
const leaf = (name: string) => textOf(path(system(), name));

test("prepare writes the static IPv6 address and gateway with the IPv4 settings, once", async () => {
  // Jumbo-frame mode already on, as after a first preparation: the spec then needs no restart.
  sim = await startSimulator({ password: "ipv6-pw", commitMs: 20, jumboFrames: true });
  const first = await mveHa(["prepare", ...target(sim), "--spec-file", specFile(spec), "--json"], login(sim));
  expect(first.code).toBe(0);
  expect(leaf("ipv6-address")).toBe("2001:db8:10::10/64");
  expect(leaf("ipv6-default-gateway")).toBe("fe80::1");
  expect(leaf("ip-address")).toBe("203.0.113.10");
  expect(leaf("default-gateway")).toBe("203.0.113.9");
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);

  const again = await mveHa(["prepare", ...target(sim), "--spec-file", specFile(spec), "--json"], login(sim));
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, changed: 0, commit: { result: "no-changes" } });
  expect(sim.commits).toHaveLength(1);
});
