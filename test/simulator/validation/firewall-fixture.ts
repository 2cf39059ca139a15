/**
 * For the commit-validation tests: one firewall's configuration as the constructs leave it (the
 * panos provider 2.0.12's resources at their XPaths, plus our HA and vsys-import XML), which every
 * rule accepts, and helpers that break it at an XPath and commit it on a simulated device.
 */
import { DEVICE_ROOT, VSYS1_ROOT } from "../../../lib/xmlspec/xpath";
import { el, entry, members, parseXml, type XmlElement } from "../../../lib/xmlspec/xml";
import { deleteAt, editAt, setAt } from "../config-tree";
import { SimulatedDevice } from "../device";
import type { SimulatedJob } from "../jobs";
import { parseXpath } from "../xpath";

export { DEVICE_ROOT, VSYS1_ROOT };

const CONNECTIONS = [
  { name: "aws", vlan: "100", address: "169.254.100.2/30", peer: "169.254.100.1", asn: "64512" },
  { name: "azure", vlan: "200", address: "169.254.200.2/30", peer: "169.254.200.1", asn: "12076" },
];

function network(): XmlElement {
  const units = CONNECTIONS.map((c) =>
    entry(`ethernet1/1.${c.vlan}`, [
      el("tag", c.vlan),
      el("ip", [entry(c.address)]),
      el("mtu", "9000"),
      el("interface-management-profile", "ping-only"),
    ]),
  );
  const peerGroups = CONNECTIONS.map((c) =>
    entry(c.name, [
      el("enable", "yes"),
      el("peer", [
        entry(c.name, [
          el("enable", "yes"),
          el("peer-as", c.asn),
          el("peer-address", [el("ip", c.peer)]),
          el("local-address", [el("interface", `ethernet1/1.${c.vlan}`), el("ip", c.address)]),
          el("bfd", [el("profile", "megaport-bfd")]),
        ]),
      ]),
    ]),
  );
  return el("network", [
    el("interface", [
      el("ethernet", [
        entry("ethernet1/1", [el("layer3", [el("mtu", "9000"), el("units", units)])]),
        ...["ethernet1/2", "ethernet1/3", "ethernet1/4"].map((name) => entry(name, [el("ha")])),
      ]),
    ]),
    el("profiles", [
      el("bfd-profile", [entry("megaport-bfd", [el("min-tx-interval", "300"), el("detection-multiplier", "3")])]),
      el("interface-management-profile", [entry("ping-only", [el("ping", "yes")])]),
    ]),
    el("virtual-router", [
      entry("megaport", [
        el("interface", members(CONNECTIONS.map((c) => `ethernet1/1.${c.vlan}`))),
        el("protocol", [
          el("bgp", [
            el("enable", "yes"),
            el("router-id", "169.254.100.2"),
            el("local-as", "65010"),
            el("peer-group", peerGroups),
          ]),
        ]),
      ]),
    ]),
  ]);
}

function highAvailability(): XmlElement {
  return el("high-availability", [
    el("enabled", "yes"),
    el("group", [
      el("group-id", "10"),
      el("peer-ip", "192.0.2.11"),
      el("peer-ip-backup", "10.255.2.2"),
      el("mode", [el("active-active", [el("device-id", "0")])]),
    ]),
    el("interface", [
      el("ha1", [el("port", "management")]),
      el("ha1-backup", [el("port", "ethernet1/2"), el("ip-address", "10.255.2.1"), el("netmask", "255.255.255.252")]),
      el("ha2", [
        el("port", "ethernet1/3"),
        el("ip-address", "10.255.1.1"),
        el("netmask", "255.255.255.252"),
        el("gateway", "10.255.1.2"),
      ]),
      el("ha3", [el("port", "ethernet1/4")]),
    ]),
  ]);
}

function vsys1(): XmlElement {
  const subinterfaces = CONNECTIONS.map((c) => `ethernet1/1.${c.vlan}`);
  return entry("vsys1", [
    el("import", [
      el("network", [
        el("interface", members(["ethernet1/1", ...subinterfaces])),
        el("virtual-router", members(["megaport"])),
      ]),
    ]),
    el("zone", [entry("megaport", [el("network", [el("layer3", members(subinterfaces))])])]),
    el("rulebase", [
      el("security", [
        el("rules", [
          entry("megaport-intrazone", [
            el("from", members(["megaport"])),
            el("to", members(["megaport"])),
            el("action", "allow"),
          ]),
        ]),
      ]),
    ]),
  ]);
}

/** The whole configuration of a firewall the stacks configured. */
export function firewallConfig(): XmlElement {
  return el("config", [
    el("devices", [
      entry("localhost.localdomain", [
        el("deviceconfig", [
          el("system", [el("hostname", "fw-0")]),
          el("setting", [el("jumbo-frame", [el("mtu", "9192")])]),
          highAvailability(),
        ]),
        network(),
        el("vsys", [vsys1()]),
      ]),
    ]),
  ]);
}

/** One XML element from text. */
export function xml(text: string): XmlElement {
  const [element] = parseXml(text);
  return element;
}

/** The configuration with the node at `xpath` replaced (API `edit`). */
export function editedAt(config: XmlElement, xpath: string, element: string): XmlElement {
  return editAt(config, parseXpath(xpath), xml(element), {});
}

/** The configuration with `children` merged at `xpath` (API `set`). */
export function setAtXpath(config: XmlElement, xpath: string, children: string): XmlElement {
  return setAt(config, parseXpath(xpath), parseXml(children), {});
}

/** The configuration without the node at `xpath` (API `delete`). */
export function deletedAt(config: XmlElement, xpath: string): XmlElement {
  const result = deleteAt(config, parseXpath(xpath));
  if (!result) throw new Error(`nothing at ${xpath}`);
  return result;
}

/**
 * Commits `candidate` on a simulated device that runs `running` (jumbo-frame mode as given) and
 * resolves with the finished job and the device's running configuration after it.
 */
export async function commitAndRead(
  candidate: XmlElement,
  options: { jumboMode?: boolean; running?: XmlElement } = {},
): Promise<{ job: SimulatedJob; running: XmlElement }> {
  const device = new SimulatedDevice(
    { username: "admin", password: "x", apiKey: "k", commitMs: 0, autoCommitMs: 0, address: "127.0.0.1" },
    options.running ?? el("config"),
    [],
  );
  device.jumboMode = options.jumboMode ?? true;
  device.wrote(candidate);
  const job = device.startCommit("validation test");
  while (job.finishedAt === undefined) await new Promise((resolve) => setImmediate(resolve));
  device.stop();
  return { job, running: device.running };
}

/** The finished job of a commit of `candidate` (see commitAndRead). */
export async function commitOn(
  candidate: XmlElement,
  options: { jumboMode?: boolean; running?: XmlElement } = {},
): Promise<SimulatedJob> {
  return (await commitAndRead(candidate, options)).job;
}
