/**
 * The firewall stack's panos objects in a simulated running configuration, element by element at
 * the XPaths of tools/offline-provider/panos-device/xpaths.ts: interfaces, subinterfaces (tags,
 * addresses, profile), management and BFD profiles, zone members, router interfaces, ECMP, BGP
 * with its peer groups and peers, and the security rule.
 */
import type { XmlElement } from "../../lib/xmlspec/xml";
import { entries, expectedPanosObjects, membersAt, textAt } from "./pair-fixture";

/** Asserts every panos object firewall `i`'s stack configures, as the running configuration holds it. */
export function expectPanosObjects(running: XmlElement, i: 0 | 1, amazonAsn = "64512"): void {
  const want = expectedPanosObjects(i, amazonAsn);
  const ethernet = entries(running, "network/interface/ethernet");
  expect([...ethernet.keys()].sort()).toEqual(["ethernet1/1", "ethernet1/2", "ethernet1/3", "ethernet1/4"]);
  const data = ethernet.get("ethernet1/1");
  expect(textAt(data, "layer3/mtu")).toBe("1500");
  for (const port of ["ethernet1/2", "ethernet1/3", "ethernet1/4"]) {
    const ha = ethernet.get(port)?.children.find((c) => c.name === "ha");
    expect({ port, ha: ha && ha.children.length }).toEqual({ port, ha: 0 });
    expect(ethernet.get(port)?.children.some((c) => c.name === "layer3")).toBe(false);
  }
  const units = new Map(
    (data?.children.find((c) => c.name === "layer3")?.children.find((c) => c.name === "units")?.children ?? []).map(
      (e) => [e.attributes.name, e],
    ),
  );
  expect([...units.keys()].sort()).toEqual(want.connections.map((c) => c.subinterface).sort());
  for (const c of want.connections) {
    const unit = units.get(c.subinterface);
    expect({
      tag: textAt(unit, "tag"),
      ips: (unit?.children.find((x) => x.name === "ip")?.children ?? []).map((x) => x.attributes.name),
      mtu: textAt(unit, "mtu"),
      profile: textAt(unit, "interface-management-profile"),
    }).toEqual({ tag: c.tag, ips: [c.address], mtu: "1500", profile: "allow-ping" });
  }
  const profiles = entries(running, "network/profiles/interface-management-profile");
  expect(textAt(profiles.get("allow-ping"), "ping")).toBe("yes");
  const bfd = entries(running, "network/profiles/bfd-profile").get("bgp-bfd");
  expect(["mode", "min-tx-interval", "min-rx-interval", "detection-multiplier"].map((e) => textAt(bfd, e))).toEqual([
    "active",
    "300",
    "300",
    "3",
  ]);
  const zone = entries(running, "vsys/entry/zone").get("data-plane");
  expect(membersAt(zone, "network/layer3").sort()).toEqual(want.connections.map((c) => c.subinterface).sort());

  const router = entries(running, "network/virtual-router").get("default");
  expect(membersAt(router, "interface").sort()).toEqual(want.connections.map((c) => c.subinterface).sort());
  expect(textAt(router, "ecmp/enable")).toBe("yes");
  expect(textAt(router, "ecmp/max-path")).toBe("2");
  expect(
    router?.children.find((c) => c.name === "ecmp")?.children.find((c) => c.name === "algorithm")?.children[0]?.name,
  ).toBe("ip-modulo");
  expect(textAt(router, "protocol/bgp/enable")).toBe("yes");
  expect(textAt(router, "protocol/bgp/router-id")).toBe(want.routerId);
  expect(textAt(router, "protocol/bgp/local-as")).toBe(want.localAs);
  expect(textAt(router, "protocol/bgp/install-route")).toBe("yes");
  expect(textAt(router, "protocol/bgp/routing-options/as-format")).toBe("4-byte");
  const groups = new Map(
    (
      router?.children
        .find((c) => c.name === "protocol")
        ?.children.find((c) => c.name === "bgp")
        ?.children.find((c) => c.name === "peer-group")?.children ?? []
    ).map((g) => [g.attributes.name, g]),
  );
  expect([...groups.keys()]).toEqual(want.connections.map((c) => c.name));
  for (const c of want.connections) {
    const group = groups.get(c.name);
    expect(textAt(group, "enable")).toBe("yes");
    expect(textAt(group, "type/ebgp/export-nexthop")).toBe("use-self");
    expect(textAt(group, "type/ebgp/import-nexthop")).toBe("original");
    expect(textAt(group, "type/ebgp/remove-private-as")).toBe("no");
    const peers = group?.children.find((x) => x.name === "peer")?.children ?? [];
    expect(peers.map((p) => p.attributes.name)).toEqual([c.name]);
    expect({
      enable: textAt(peers[0], "enable"),
      peerAs: textAt(peers[0], "peer-as"),
      peerAddress: textAt(peers[0], "peer-address/ip"),
      localInterface: textAt(peers[0], "local-address/interface"),
      localIp: textAt(peers[0], "local-address/ip"),
      bfd: textAt(peers[0], "bfd/profile"),
    }).toEqual({
      enable: "yes",
      peerAs: c.peerAs,
      peerAddress: c.peer,
      localInterface: c.subinterface,
      localIp: c.address,
      bfd: "bgp-bfd",
    });
  }

  const rules = entries(running, "vsys/entry/rulebase/security/rules");
  const rule = rules.get("allow-between-data-plane-connections");
  expect([...rules.keys()]).toEqual(["allow-between-data-plane-connections"]);
  expect({
    from: membersAt(rule, "from"),
    to: membersAt(rule, "to"),
    source: membersAt(rule, "source"),
    destination: membersAt(rule, "destination"),
    sourceUser: membersAt(rule, "source-user"),
    application: membersAt(rule, "application"),
    service: membersAt(rule, "service"),
    category: membersAt(rule, "category"),
    action: textAt(rule, "action"),
    ruleType: textAt(rule, "rule-type"),
    logEnd: textAt(rule, "log-end"),
  }).toEqual({
    from: ["data-plane"],
    to: ["data-plane"],
    source: ["any"],
    destination: ["any"],
    sourceUser: ["any"],
    application: ["any"],
    service: ["any"],
    category: ["any"],
    action: "allow",
    ruleType: "intrazone",
    logEnd: "yes",
  });
}
