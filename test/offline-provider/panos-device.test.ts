/**
 * Device mode of the offline panos provider against a simulated firewall: each panos object of the
 * firewall stack is written at the XPath of the table (tools/offline-provider/panos-device/xpaths.ts)
 * with the elements the real provider writes, read back from the device (a change made on the
 * device is what the read reports; a deleted entry is gone), deleted on destroy; only loopback
 * addresses are ever contacted; device mode off contacts nothing.
 */
import { renderXml, type XmlElement } from "../../lib/xmlspec/xml";
import { Deadline, PanosClient } from "../../lib/xmlapi";
import { type CtyRecord, type CtyValue, UNKNOWN } from "../../tools/offline-provider/cty/types";
import { PANOS_OBJECT_TABLE, sourceUrl } from "../../tools/offline-provider/panos-device/xpaths";
import { startSimulator, type Simulator } from "../simulator";
import { findNodes } from "../simulator/config-tree";
import { parseXpath } from "../simulator/xpath";
import { applyChange, configuredProvider, readState, STACK_OBJECTS } from "./panos-device-support";

const DEVICE = "/config/devices/entry[@name='localhost.localdomain']";
const PASSWORD = "device-Test-pw1";

function at(config: XmlElement, xpath: string): XmlElement | undefined {
  const nodes = findNodes(config, parseXpath(xpath));
  expect(nodes.length).toBeLessThanOrEqual(1);
  return nodes[0];
}

/** The node without the attributes the device stamps (admin, dirtyId, time), as compact XML. */
function xmlAt(config: XmlElement, xpath: string): string | undefined {
  const strip = (node: XmlElement): XmlElement => ({
    ...node,
    attributes: node.attributes.name === undefined ? {} : { name: node.attributes.name },
    children: node.children.map(strip),
  });
  const node = at(config, xpath);
  return node && renderXml(strip(node));
}

describe("panos device mode against a simulated firewall", () => {
  let sim: Simulator;
  const env = () => ({
    OFFLINE_PROVIDER_PANOS_DEVICE: "on",
    PANOS_USERNAME: "admin",
    PANOS_PASSWORD: PASSWORD,
  });
  const block = () => ({ hostname: sim.host, port: sim.port, protocol: "http" });

  beforeAll(async () => {
    sim = await startSimulator({ host: "127.0.0.9", password: PASSWORD, commitMs: 10 });
  });
  afterAll(async () => sim?.stop());

  test("the table has a spec source for each row", () => {
    for (const row of PANOS_OBJECT_TABLE) {
      expect(sourceUrl(row)).toMatch(
        /^https:\/\/github\.com\/PaloAltoNetworks\/pan-os-codegen\/blob\/[0-9a-f]{40}\/specs\//,
      );
    }
  });

  test("every object of the firewall stack is written at its XPath with the real provider's elements", async () => {
    const { provider, diagnostics } = configuredProvider(env(), block());
    expect(diagnostics).toEqual([]);
    const before = sim.requests.length;
    for (const object of STACK_OBJECTS) {
      const applied = await applyChange(provider, object.type, null, object.config);
      expect(applied.diagnostics).toEqual([]);
    }
    const candidate = sim.candidate;
    expect(xmlAt(candidate, `${DEVICE}/network/interface/ethernet/entry[@name='ethernet1/2']`)).toBe(
      '<entry name="ethernet1/2"><comment>HA1</comment><ha/><link-duplex>auto</link-duplex><link-speed>auto</link-speed><link-state>auto</link-state></entry>',
    );
    expect(
      xmlAt(
        candidate,
        `${DEVICE}/network/interface/ethernet/entry[@name='ethernet1/1']/layer3/units/entry[@name='ethernet1/1.100']`,
      ),
    ).toBe(
      '<entry name="ethernet1/1.100"><comment>Megaport VXC aws</comment><interface-management-profile>allow-ping</interface-management-profile>' +
        '<ip><entry name="169.254.100.1/30"/></ip><mtu>1500</mtu><tag>100</tag></entry>',
    );
    expect(xmlAt(candidate, `${DEVICE}/network/interface/ethernet/entry[@name='ethernet1/1']/layer3/mtu`)).toBe(
      "<mtu>1500</mtu>",
    );
    expect(xmlAt(candidate, `${DEVICE}/network/profiles/interface-management-profile/entry[@name='allow-ping']`)).toBe(
      '<entry name="allow-ping"><ping>yes</ping></entry>',
    );
    expect(xmlAt(candidate, `${DEVICE}/network/profiles/bfd-profile/entry[@name='bgp-bfd']`)).toBe(
      '<entry name="bgp-bfd"><detection-multiplier>3</detection-multiplier><hold-time>0</hold-time>' +
        "<min-rx-interval>300</min-rx-interval><min-tx-interval>300</min-tx-interval><mode>active</mode></entry>",
    );
    expect(xmlAt(candidate, `${DEVICE}/vsys/entry[@name='vsys1']/zone/entry[@name='data-plane']`)).toBe(
      '<entry name="data-plane"><network><layer3><member>ethernet1/1.100</member></layer3></network></entry>',
    );
    const router = `${DEVICE}/network/virtual-router/entry[@name='default']`;
    expect(xmlAt(candidate, `${router}/interface`)).toBe("<interface><member>ethernet1/1.100</member></interface>");
    expect(xmlAt(candidate, `${router}/ecmp`)).toBe(
      "<ecmp><algorithm><ip-modulo/></algorithm><enable>yes</enable><max-path>2</max-path></ecmp>",
    );
    const bgp = `${router}/protocol/bgp`;
    expect(xmlAt(candidate, `${bgp}/local-as`)).toBe("<local-as>65010</local-as>");
    expect(xmlAt(candidate, `${bgp}/routing-options`)).toBe(
      "<routing-options><as-format>4-byte</as-format><default-local-preference>100</default-local-preference></routing-options>",
    );
    const peer = `${bgp}/peer-group/entry[@name='aws']/peer/entry[@name='aws']`;
    expect(xmlAt(candidate, `${bgp}/peer-group/entry[@name='aws']/type`)).toBe(
      "<type><ebgp><export-nexthop>use-self</export-nexthop><import-nexthop>original</import-nexthop><remove-private-as>no</remove-private-as></ebgp></type>",
    );
    expect(xmlAt(candidate, `${peer}/local-address`)).toBe(
      "<local-address><interface>ethernet1/1.100</interface><ip>169.254.100.1/30</ip></local-address>",
    );
    expect(xmlAt(candidate, `${peer}/peer-as`)).toBe("<peer-as>64512</peer-as>");
    expect(xmlAt(candidate, `${peer}/peer-address`)).toBe("<peer-address><ip>169.254.100.2</ip></peer-address>");
    expect(xmlAt(candidate, `${peer}/bfd`)).toBe("<bfd><profile>bgp-bfd</profile></bfd>");
    expect(xmlAt(candidate, `${peer}/address-family-identifier`)).toBe(
      "<address-family-identifier>ipv4</address-family-identifier>",
    );
    const rule = `${DEVICE}/vsys/entry[@name='vsys1']/rulebase/security/rules/entry[@name='allow-between-data-plane-connections']`;
    for (const [element, value] of [
      ["from", "<from><member>data-plane</member></from>"],
      ["to", "<to><member>data-plane</member></to>"],
      ["source", "<source><member>any</member></source>"],
      ["source-user", "<source-user><member>any</member></source-user>"],
      ["application", "<application><member>any</member></application>"],
      ["service", "<service><member>any</member></service>"],
      ["action", "<action>allow</action>"],
      ["rule-type", "<rule-type>intrazone</rule-type>"],
      ["log-end", "<log-end>yes</log-end>"],
    ]) {
      expect(xmlAt(candidate, `${rule}/${element}`)).toBe(value);
    }
    // Per object: get (exists?) + set + get; the rules: get the rulebase + edit + get; one keygen in all.
    const made = sim.requests.slice(before);
    expect(made.filter((r) => r.type === "keygen")).toHaveLength(1);
    expect(made.filter((r) => r.type === "config" && r.action === "set")).toHaveLength(STACK_OBJECTS.length - 1);
    expect(made.filter((r) => r.type === "config" && r.action === "edit")).toHaveLength(1);
    expect(made).toHaveLength(1 + 3 * STACK_OBJECTS.length);
  });

  test("read reports what the device holds: a change made on the device, then a deleted entry", async () => {
    const { provider } = configuredProvider(env(), block());
    const zone = { location: { vsys: {} }, name: "read-zone", network: { layer3: ["ethernet1/1.100"] } };
    const created = await applyChange(provider, "panos_zone", null, zone);
    expect(created.diagnostics).toEqual([]);
    const xpath = `${DEVICE}/vsys/entry[@name='vsys1']/zone/entry[@name='read-zone']`;
    const admin = new PanosClient({
      endpoint: { host: sim.host, port: sim.port, protocol: "http" },
      credentials: { username: "admin", password: PASSWORD },
      deadline: Deadline.after(30_000),
    });
    try {
      await admin.edit(`${xpath}/network/layer3`, "<layer3><member>ethernet1/1.200</member></layer3>");
      const changed = await readState(provider, "panos_zone", created.state);
      expect(changed.diagnostics).toEqual([]);
      expect(((changed.state as CtyRecord).network as CtyRecord).layer3).toEqual(["ethernet1/1.200"]);
      await admin.delete(xpath);
      const gone = await readState(provider, "panos_zone", created.state);
      expect(gone).toEqual({ state: null, diagnostics: [] });
    } finally {
      await admin.close();
    }
  });

  test("an update edits the entry; a destroy deletes it", async () => {
    const { provider } = configuredProvider(env(), block());
    const config = { location: { ngfw: {} }, name: "upd-profile", ping: true };
    const created = await applyChange(provider, "panos_interface_management_profile", null, config);
    const xpath = `${DEVICE}/network/profiles/interface-management-profile/entry[@name='upd-profile']`;
    const updated = await applyChange(provider, "panos_interface_management_profile", created.state, {
      ...config,
      ping: false,
      ssh: true,
    });
    expect(updated.diagnostics).toEqual([]);
    expect(xmlAt(sim.candidate, xpath)).toBe('<entry name="upd-profile"><ping>no</ping><ssh>yes</ssh></entry>');
    const destroyed = await applyChange(provider, "panos_interface_management_profile", updated.state, null);
    expect(destroyed).toEqual({ state: null, diagnostics: [] });
    expect(at(sim.candidate, xpath)).toBeUndefined();
  });

  test("an update of an interface keeps its subinterfaces, which no attribute of it maps", async () => {
    const { provider } = configuredProvider(env(), block());
    const parent = { location: { ngfw: {} }, name: "ethernet1/7", comment: "before", layer3: { mtu: 1500 } };
    const created = await applyChange(provider, "panos_ethernet_interface", null, parent);
    const sub = { location: { ngfw: {} }, parent: "ethernet1/7", name: "ethernet1/7.5", tag: 5 };
    expect((await applyChange(provider, "panos_ethernet_layer3_subinterface", null, sub)).diagnostics).toEqual([]);
    const updated = await applyChange(provider, "panos_ethernet_interface", created.state, {
      ...parent,
      comment: "after",
    });
    expect(updated.diagnostics).toEqual([]);
    const entry = `${DEVICE}/network/interface/ethernet/entry[@name='ethernet1/7']`;
    expect(xmlAt(sim.candidate, `${entry}/comment`)).toBe("<comment>after</comment>");
    expect(xmlAt(sim.candidate, `${entry}/layer3/units`)).toBe(
      '<units><entry name="ethernet1/7.5"><tag>5</tag></entry></units>',
    );
  });

  test("rules whose position does not hold fail naming them: the writer never moves a rule", async () => {
    const admin = new PanosClient({
      endpoint: { host: sim.host, port: sim.port, protocol: "http" },
      credentials: { username: "admin", password: PASSWORD },
      deadline: Deadline.after(30_000),
    });
    const rules = `${DEVICE}/vsys/entry[@name='vsys2']/rulebase/security/rules`;
    try {
      await admin.set(rules, '<entry name="operator-rule"><action>deny</action></entry>');
    } finally {
      await admin.close();
    }
    const { provider } = configuredProvider(env(), block());
    const config = {
      location: { vsys: { name: "vsys2" } },
      position: { where: "first" },
      rules: [{ name: "ours", action: "allow", source_zones: ["any"] }],
    };
    const applied = await applyChange(provider, "panos_security_policy_rules", null, config);
    expect(applied.diagnostics[0].detail).toContain(
      "the rules ours are not first in the rulebase (operator-rule, ours)",
    );
    const last = await applyChange(provider, "panos_security_policy_rules", null, {
      ...config,
      position: { where: "last" },
      rules: [{ name: "ours-last", action: "allow" }],
    });
    expect(last.diagnostics).toEqual([]);
    expect(findNodes(sim.candidate, parseXpath(rules))[0].children.map((c) => c.attributes.name)).toEqual([
      "operator-rule",
      "ours-last",
    ]);
  });

  test("creating an entry the device already holds fails, as the real provider's create does", async () => {
    const { provider } = configuredProvider(env(), block());
    const config = { location: { ngfw: {} }, name: "twice", ping: true };
    expect((await applyChange(provider, "panos_interface_management_profile", null, config)).diagnostics).toEqual([]);
    const again = await applyChange(provider, "panos_interface_management_profile", null, config);
    expect(again.diagnostics[0].detail).toContain("already exists");
  });

  test.each(["10.0.0.1", "192.168.1.1", "firewall.example.com", "::1"])(
    "device mode refuses %s, naming it and why, and contacts nothing",
    (hostname) => {
      const before = sim.requests.length;
      const { diagnostics } = configuredProvider(env(), { hostname, port: 443 });
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0].detail).toContain(`refusing to contact "${hostname}"`);
      expect(diagnostics[0].detail).toContain("127.0.0.0/8");
      expect(sim.requests.length).toBe(before);
    },
  );

  test("a hostname unknown at plan time configures, then fails where the device would be contacted", async () => {
    const { provider, diagnostics } = configuredProvider(env(), { hostname: UNKNOWN, port: sim.port });
    expect(diagnostics).toEqual([]);
    const applied = await applyChange(provider, "panos_zone", null, { location: { vsys: {} }, name: "z" });
    expect(applied.diagnostics[0].detail).toContain("hostname is not known yet");
    expect(configuredProvider(env(), {}).diagnostics[0].detail).toContain("no hostname");
  });

  test("a mode that is neither on nor off is refused, never taken as off", () => {
    const { diagnostics } = configuredProvider({ ...env(), OFFLINE_PROVIDER_PANOS_DEVICE: "yes" }, block());
    expect(diagnostics[0].detail).toContain('OFFLINE_PROVIDER_PANOS_DEVICE must be "on" or "off"');
  });

  test("device mode off: panos objects stay in state and nothing is sent to the firewall", async () => {
    const { provider, diagnostics } = configuredProvider({ PANOS_USERNAME: "admin" }, block());
    expect(diagnostics).toEqual([]);
    const before = sim.requests.length;
    const applied = await applyChange(provider, "panos_zone", null, {
      location: { vsys: {} },
      name: "state-only",
      network: { layer3: [] },
    });
    expect(applied.diagnostics).toEqual([]);
    expect((applied.state as CtyRecord).name).toBe("state-only");
    expect(sim.requests.length).toBe(before);
    expect(at(sim.candidate, `${DEVICE}/vsys/entry[@name='vsys1']/zone/entry[@name='state-only']`)).toBeUndefined();
  });

  test("a panos type the table lacks fails in device mode instead of pretending a write", async () => {
    const { provider } = configuredProvider(env(), block());
    const applied = await applyChange(provider, "panos_administrative_tag", null, {
      location: { vsys: {} },
      name: "tag",
    });
    expect(applied.diagnostics[0].detail).toContain("has no row in the offline device table");
  });
});

describe("panos device mode over HTTPS", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ host: "127.0.0.10", password: PASSWORD, tls: true, commitMs: 10 });
  });
  afterAll(async () => sim?.stop());

  const profile = { location: { ngfw: {} }, name: "tls-profile", ping: true };
  const env = (extra: Record<string, string> = {}) => ({
    OFFLINE_PROVIDER_PANOS_DEVICE: "on",
    PANOS_USERNAME: "admin",
    PANOS_PASSWORD: PASSWORD,
    ...extra,
  });

  test("trusts the CA in SSL_CERT_FILE, as the real provider's Go TLS does; without it the certificate is refused", async () => {
    const untrusted = configuredProvider(env(), { hostname: sim.host, port: sim.port });
    const refused = await applyChange(untrusted.provider, "panos_interface_management_profile", null, profile);
    expect(refused.diagnostics[0].detail).toMatch(/certificate/i);
    const trusted = configuredProvider(env({ SSL_CERT_FILE: sim.caFile! }), { hostname: sim.host, port: sim.port });
    const applied = await applyChange(trusted.provider, "panos_interface_management_profile", null, profile);
    expect(applied.diagnostics).toEqual([]);
    const state: CtyValue = applied.state;
    expect((state as CtyRecord).ping).toBe(true);
  });
});
