/**
 * Each commit-validation rule: a configuration the stacks leave commits; the same configuration
 * broken in one place fails the commit job with the rule's detail line, in the layout of the
 * captured validation failure (shared/panos-captures/show-jobs-id__validate-fin-fail.xml).
 */
import { el, renderXml } from "../../../lib/xmlspec/xml";
import { runningConfig } from "../operational/pair-fixture";
import {
  commitAndRead,
  commitOn,
  deletedAt,
  DEVICE_ROOT,
  editedAt,
  firewallConfig,
  setAtXpath,
  VSYS1_ROOT,
} from "./firewall-fixture";

const ETHERNET = `${DEVICE_ROOT}/network/interface/ethernet`;
const UNITS = `${ETHERNET}/entry[@name='ethernet1/1']/layer3/units`;
const HA = `${DEVICE_ROOT}/deviceconfig/high-availability`;
const VR = `${DEVICE_ROOT}/network/virtual-router/entry[@name='megaport']`;
const AWS_PEER = `${VR}/protocol/bgp/peer-group/entry[@name='aws']/peer/entry[@name='aws']`;

async function expectFailure(config: ReturnType<typeof firewallConfig>, line: string, enclosing: string[]) {
  const job = await commitOn(config);
  expect(job.result).toBe("FAIL");
  expect(job.details[0]).toBe("Validation Error:");
  expect(job.details).toContain(line);
  // The enclosing nodes close the list, as PAN-OS writes them.
  expect(job.details.slice(-enclosing.length)).toEqual(enclosing.map((n) => ` ${n} is invalid`));
}

describe("configurations that commit", () => {
  test("the firewall as the stacks configure it commits and becomes the running configuration", async () => {
    const job = await commitOn(firewallConfig());
    expect([job.result, job.details]).toEqual(["OK", ["Configuration committed successfully"]]);
  });

  test("the simulated pair's configurations (operational/pair-fixture) commit", async () => {
    for (const index of [0, 1] as const)
      expect((await commitOn(runningConfig(index))).details).toEqual(["Configuration committed successfully"]);
  });

  test("rules judge only objects present: no HA, no interfaces, no router is valid", async () => {
    const bare = el("config", [
      el("devices", [el("entry", [el("deviceconfig"), el("network")], { name: "localhost.localdomain" })]),
    ]);
    expect((await commitOn(bare)).result).toBe("OK");
    expect((await commitOn(deletedAt(firewallConfig(), HA))).result).toBe("OK");
  });
});

describe("HA", () => {
  test("ha-port-type: an HA port that is not of type ha fails the commit", async () => {
    const broken = editedAt(
      firewallConfig(),
      `${ETHERNET}/entry[@name='ethernet1/3']`,
      `<entry name="ethernet1/3"><layer3/></entry>`,
    );
    await expectFailure(
      broken,
      " deviceconfig -> high-availability -> interface -> ha2 -> port 'ethernet1/3' is not a valid reference",
      ["deviceconfig", "devices"],
    );
  });

  test("ha-port-type: an HA port that does not exist fails the commit (HA written before the interfaces)", async () => {
    const broken = deletedAt(firewallConfig(), `${ETHERNET}/entry[@name='ethernet1/4']`);
    await expectFailure(
      broken,
      " deviceconfig -> high-availability -> interface -> ha3 -> port 'ethernet1/4' is not a valid reference",
      ["deviceconfig", "devices"],
    );
  });

  test("ha-link-subnet: the HA1 backup peer address outside the ha1-backup subnet fails", async () => {
    const broken = setAtXpath(firewallConfig(), `${HA}/group`, "<peer-ip-backup>10.255.3.2</peer-ip-backup>");
    await expectFailure(
      broken,
      " deviceconfig -> high-availability -> group -> peer-ip-backup '10.255.3.2' is not in the ha1-backup subnet 10.255.2.1/255.255.255.252",
      ["deviceconfig", "devices"],
    );
  });

  test("ha-link-subnet: an HA2 gateway outside the HA2 subnet fails", async () => {
    const broken = setAtXpath(firewallConfig(), `${HA}/interface/ha2`, "<netmask>255.255.255.255</netmask>");
    await expectFailure(
      broken,
      " deviceconfig -> high-availability -> interface -> ha2 -> gateway '10.255.1.2' is not in the ha2 subnet 10.255.1.1/255.255.255.255",
      ["deviceconfig", "devices"],
    );
  });
});

describe("interfaces", () => {
  const unit300 = `<entry name="ethernet1/1.300"><tag>300</tag><ip><entry name="169.254.30.2/30"/></ip></entry>`;

  test("layer3-membership: an addressed subinterface in no zone and no router commits (the state a connection removal passes through)", async () => {
    const job = await commitOn(setAtXpath(firewallConfig(), UNITS, unit300));
    expect(job.result).toBe("OK");
  });

  test("layer3-membership: in a virtual router only fails: no zone, not imported", async () => {
    const config = setAtXpath(
      setAtXpath(firewallConfig(), UNITS, unit300),
      `${VR}/interface`,
      "<member>ethernet1/1.300</member>",
    );
    const job = await commitOn(config);
    const where = " network -> interface -> ethernet -> ethernet1/1 -> layer3 -> units -> ethernet1/1.300";
    expect(job.result).toBe("FAIL");
    expect(job.details).toEqual([
      "Validation Error:",
      `${where} is not in any zone`,
      `${where} is not imported into any vsys`,
      " network is invalid",
      " devices is invalid",
    ]);
  });

  test("layer3-membership: imported and in the zone but in no virtual router still fails", async () => {
    let config = setAtXpath(firewallConfig(), UNITS, unit300);
    config = setAtXpath(config, `${VSYS1_ROOT}/import/network/interface`, "<member>ethernet1/1.300</member>");
    config = setAtXpath(
      config,
      `${VSYS1_ROOT}/zone/entry[@name='megaport']/network/layer3`,
      "<member>ethernet1/1.300</member>",
    );
    const job = await commitOn(config);
    expect(job.details).toEqual([
      "Validation Error:",
      " network -> interface -> ethernet -> ethernet1/1 -> layer3 -> units -> ethernet1/1.300 is not in any virtual router",
      " network is invalid",
      " devices is invalid",
    ]);
  });

  test("subinterface-parent: a subinterface under a port of type ha fails", async () => {
    const broken = setAtXpath(
      firewallConfig(),
      `${ETHERNET}/entry[@name='ethernet1/2']/layer3/units`,
      `<entry name="ethernet1/2.5"><tag>5</tag></entry>`,
    );
    await expectFailure(
      broken,
      " network -> interface -> ethernet -> ethernet1/2 Node ha and layer3 are mutually exclusive",
      ["network", "devices"],
    );
  });

  test("subinterface-tag: two subinterfaces with one tag fail", async () => {
    const broken = setAtXpath(firewallConfig(), `${UNITS}/entry[@name='ethernet1/1.200']`, "<tag>100</tag>");
    await expectFailure(
      broken,
      " network -> interface -> ethernet -> ethernet1/1 -> layer3 -> units -> ethernet1/1.200 -> tag 100 is already used by ethernet1/1.100",
      ["network", "devices"],
    );
  });

  test("interface-mtu: an MTU above the jumbo-frame MTU fails; above 1500 fails while jumbo frames are off", async () => {
    const broken = setAtXpath(firewallConfig(), `${UNITS}/entry[@name='ethernet1/1.100']`, "<mtu>9216</mtu>");
    await expectFailure(
      broken,
      " network -> interface -> ethernet -> ethernet1/1 -> layer3 -> units -> ethernet1/1.100 -> mtu '9216' exceeds the jumbo-frame MTU 9192",
      ["network", "devices"],
    );
    const off = await commitOn(firewallConfig(), { jumboMode: false });
    expect(off.result).toBe("FAIL");
    expect(off.details).toContain(
      " network -> interface -> ethernet -> ethernet1/1 -> layer3 -> mtu '9000' exceeds 1500: jumbo-frame mode is off",
    );
  });
});

describe("routing and references", () => {
  test("bgp-local-interface: a peer's local interface outside its router fails", async () => {
    const broken = setAtXpath(firewallConfig(), `${AWS_PEER}/local-address`, "<interface>ethernet1/1</interface>");
    await expectFailure(
      broken,
      " network -> virtual-router -> megaport -> protocol -> bgp -> peer-group -> aws -> peer -> aws -> local-address -> interface 'ethernet1/1' is not a valid reference",
      ["network", "devices"],
    );
  });

  test("bfd-profile-reference: a peer naming a BFD profile that does not exist fails", async () => {
    const broken = deletedAt(
      firewallConfig(),
      `${DEVICE_ROOT}/network/profiles/bfd-profile/entry[@name='megaport-bfd']`,
    );
    await expectFailure(
      broken,
      " network -> virtual-router -> megaport -> protocol -> bgp -> peer-group -> azure -> peer -> azure -> bfd -> profile 'megaport-bfd' is not a valid reference",
      ["network", "devices"],
    );
  });

  test("zone-reference: a security rule naming a zone that does not exist fails", async () => {
    const broken = setAtXpath(
      firewallConfig(),
      `${VSYS1_ROOT}/rulebase/security/rules/entry[@name='megaport-intrazone']/to`,
      "<member>trust</member>",
    );
    await expectFailure(
      broken,
      " rulebase -> security -> rules -> megaport-intrazone -> to 'trust' is not a valid reference",
      ["rulebase", "vsys", "devices"],
    );
  });

  test("interface-reference: a zone naming an interface vsys1 does not import fails (provider issue #539)", async () => {
    const broken = deletedAt(
      firewallConfig(),
      `${VSYS1_ROOT}/import/network/interface/member[text()='ethernet1/1.200']`,
    );
    const job = await commitOn(broken);
    expect(job.details).toContain(" zone -> megaport -> network -> layer3 'ethernet1/1.200' is not a valid reference");
    expect(job.details.slice(-3)).toEqual([" zone is invalid", " vsys is invalid", " devices is invalid"]);
  });

  test("interface-reference: a router and an import naming a deleted subinterface fail", async () => {
    const broken = deletedAt(firewallConfig(), `${UNITS}/entry[@name='ethernet1/1.200']`);
    const job = await commitOn(broken);
    expect(job.result).toBe("FAIL");
    expect(job.details).toEqual(
      expect.arrayContaining([
        " network -> virtual-router -> megaport -> interface 'ethernet1/1.200' is not a valid reference",
        " import -> network -> interface 'ethernet1/1.200' is not a valid reference",
        " zone -> megaport -> network -> layer3 'ethernet1/1.200' is not a valid reference",
      ]),
    );
  });
});

test("a failed commit leaves the running configuration as it was; the valid one replaces it", async () => {
  const before = firewallConfig();
  const broken = await commitAndRead(deletedAt(before, `${ETHERNET}/entry[@name='ethernet1/4']`), { running: before });
  expect(broken.job.result).toBe("FAIL");
  expect(broken.running).toBe(before);
  const fixed = await commitAndRead(deletedAt(before, HA), { running: before });
  expect(fixed.job.result).toBe("OK");
  expect(renderXml(fixed.running)).not.toContain("high-availability");
});
