/**
 * Synth-time validation through the constructs: each bad prop throws a ValidationError whose one
 * issue names the construct path, the prop, the value, the problem, what is allowed and the fix.
 */
import { TerraformStack, Testing } from "cdktf";
import type { ValidationError } from "../../lib/core/validation-error";
import {
  DevicePreparation,
  PaloAltoFirewallConfig,
  type DevicePreparationProps,
  type PaloAltoFirewallConfigProps,
} from "../../lib/panos";
import { firewallProps, preparationProps, thrown } from "./fixtures";

function firewallError(props: PaloAltoFirewallConfigProps): ValidationError {
  const stack = new TerraformStack(Testing.app(), "firewall-0");
  return thrown(() => new PaloAltoFirewallConfig(stack, "config", props));
}

function preparationError(props: DevicePreparationProps): ValidationError {
  const stack = new TerraformStack(Testing.app(), "network");
  return thrown(() => new DevicePreparation(stack, "prepare-0", props));
}

const base = firewallProps(0);
const [aws, azure] = base.connections;

function withAws(change: Partial<(typeof base.connections)[number]>): PaloAltoFirewallConfigProps {
  return { ...base, connections: [{ ...aws, ...change }, azure] };
}

describe("synth-time validation", () => {
  test("a data-plane MTU above the Megaport VXC maximum", () => {
    const e = firewallError(withAws({ mtu: 9216 }));
    expect(e.issues).toHaveLength(1);
    expect(e.message).toBe(
      "firewall-0/config: connections[0].mtu = 9216: must be an MTU from 576 to 9100 (a Megaport VXC carries at most 9100). " +
        "Allowed: 576..9100. Fix: use 1500 unless both ends of the VXC are set for jumbo frames.",
    );
  });

  test("a subinterface MTU above its parent's", () => {
    const e = firewallError({ ...withAws({ mtu: 9000 }), dataInterface: { mtu: 1500 } });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["connections[0].mtu", "is larger than the MTU of the parent interface ethernet1/1 (1500)"],
    ]);
  });

  test("a management MTU above 1500", () => {
    const p = preparationProps(0);
    const e = preparationError({ ...p, managementInterface: { ...p.managementInterface, mtu: 9000 } });
    expect(e.message).toMatch(
      /^network\/prepare-0: managementInterface\.mtu = 9000: must be an MTU from 576 to 1500: the management interface stays at standard frames/,
    );
  });

  test("HA3 needs jumbo frames", () => {
    const e = preparationError(preparationProps(0, { jumboFrameMtu: 1500 }));
    expect(e.message).toMatch(
      /^network\/prepare-0: jumboFrameMtu = 1500: is not a jumbo MTU: HA3 forwards data-plane packets encapsulated, so it needs jumbo frames\. Allowed: 1501\.\.9100\./,
    );
  });

  test("a VLAN tag Megaport cannot deliver", () => {
    const e = firewallError(withAws({ vlan: 4095 }));
    expect(e.message).toBe(
      "firewall-0/config: connections[0].vlan = 4095: must be a VLAN tag from 2 to 4093. Allowed: 2..4093. " +
        "Fix: use the inner VLAN of the VXC on the firewall's end.",
    );
  });

  test("the same VLAN twice on one firewall", () => {
    const e = firewallError({ ...base, connections: [aws, { ...azure, vlan: 100 }] });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["connections[1]", "repeats the VLAN of connections[0]"],
    ]);
  });

  test("an IPv4 interface address without prefix", () => {
    const e = firewallError(withAws({ address: "169.254.100.1" }));
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["connections[0].address", "is not an IPv4 interface address with prefix length"],
    ]);
  });

  test("an IPv4 peer address that is not one", () => {
    const e = firewallError(withAws({ bgp: { ...aws.bgp, peerAddress: "169.254.100.300" } }));
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["connections[0].bgp.peerAddress", "is not an IPv4 address"],
    ]);
  });

  test("overlapping subnets on one firewall", () => {
    const e = firewallError({ ...base, ha: { ...base.ha, ha2: { address: "169.254.100.5/29" } } });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["ha.ha2.address", "overlaps the subnet of connections[0].address (169.254.100.1/30) on the same firewall"],
    ]);
  });

  test("an AS number out of range", () => {
    const e = firewallError({ ...base, bgp: { ...base.bgp, localAsn: 4294967296 } });
    expect(e.message).toBe(
      "firewall-0/config: bgp.localAsn = 4294967296: must be an AS number from 1 to 4294967295. Allowed: 1..4294967295. " +
        "Fix: use the AS number agreed with the peer.",
    );
  });

  test("a peer in the local AS", () => {
    const e = firewallError(withAws({ bgp: { ...aws.bgp, peerAsn: 65010 } }));
    expect(e.issues.map((i) => i.prop)).toEqual(["connections[0].bgp.peerAsn"]);
    expect(e.issues[0].problem).toMatch(/^equals the local AS 65010/);
  });

  test("the peer address equal to the local address", () => {
    const e = firewallError(withAws({ bgp: { ...aws.bgp, peerAddress: "169.254.100.1" } }));
    expect(e.message).toBe(
      'firewall-0/config: connections[0].bgp.peerAddress = "169.254.100.1": is the firewall\'s own address on the link (169.254.100.1/30). ' +
        "Allowed: the address of the router at the other end. Fix: swap in the peer's address; check which side of the /30 or /31 is yours.",
    );
  });

  test("the peer address outside the link subnet", () => {
    const e = firewallError(withAws({ bgp: { ...aws.bgp, peerAddress: "169.254.100.6" } }));
    expect(e.issues.map((i) => i.prop)).toEqual(["connections[0].bgp.peerAddress"]);
    expect(e.issues[0].problem).toMatch(/^is outside the subnet/);
  });

  test("BFD timers out of the VM-Series range", () => {
    const e = firewallError({ ...base, bfd: { minTxIntervalMs: 50, detectionMultiplier: 60 } });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["bfd.minTxIntervalMs", "must be an interval in ms from 200 to 2000"],
      ["bfd.detectionMultiplier", "must be a multiplier from 2 to 50"],
    ]);
  });

  test("a device ID other than 0 or 1", () => {
    const e = firewallError({ ...base, ha: { ...base.ha, deviceId: 2 as 0 } });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([["ha.deviceId", "is not one of the allowed values"]]);
  });

  test("HA numbers outside PAN-OS ranges", () => {
    const e = firewallError({ ...base, ha: { ...base.ha, groupId: 64, tentativeHoldTimeSeconds: 5 } });
    expect(e.issues.map((i) => i.prop)).toEqual(["ha.groupId", "ha.tentativeHoldTimeSeconds"]);
  });

  describe("path monitoring with no monitored connection", () => {
    const unmonitored = base.connections.map((c) => ({ ...c, bgp: { ...c.bgp, monitorPath: false } }));

    test.each([
      ["on by default", base.ha],
      ["turned on explicitly", { ...base.ha, pathMonitoring: { enabled: true } }],
    ])("%s: refused, naming the prop and both ways out", (_, ha) => {
      const e = firewallError({ ...base, ha, connections: unmonitored });
      expect(e.issues).toHaveLength(1);
      expect(e.message).toBe(
        "firewall-0/config: ha.pathMonitoring.enabled = true: is on, but no connection is monitored " +
          "(every connections[i].bgp.monitorPath is false), so HA would have no path group to watch. " +
          "Allowed: path monitoring on with at least one monitored connection, or path monitoring off. " +
          "Fix: set bgp.monitorPath: true on at least one connection (the guide monitors each BGP neighbour), " +
          "or set ha.pathMonitoring.enabled: false.",
      );
    });

    test("one monitored connection is enough", () => {
      const stack = new TerraformStack(Testing.app(), "firewall-0");
      const [first, second] = unmonitored;
      const props = { ...base, connections: [first, { ...second, bgp: { ...second.bgp, monitorPath: true } }] };
      const firewall = new PaloAltoFirewallConfig(stack, "config", props);
      expect(firewall.model.ha.pathMonitoring.groups.map((g) => g.name)).toEqual(["azure"]);
    });
  });

  test("a hostile object name", () => {
    const e = firewallError({ ...base, names: { zone: "data<zone>" } });
    expect(e.issues.map((i) => [i.prop, i.value])).toEqual([["names.zone", "data<zone>"]]);
  });

  test("a connection name that is not Terraform-address friendly", () => {
    const e = firewallError(withAws({ name: "aws cloud" }));
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["connections[0].name", "is not a valid connection name"],
    ]);
  });

  test("a CLI command with shell syntax", () => {
    const e = firewallError({ ...base, cli: "mve-ha $(curl x)" });
    expect(e.issues.map((i) => i.prop)).toEqual(["cli"]);
  });

  test("both a CA file and skipping verification", () => {
    const e = firewallError({ ...base, api: { ...base.api, caFile: "/etc/ca.pem", insecureSkipVerify: true } });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([["api", "sets both caFile and insecureSkipVerify"]]);
  });

  test("a management gateway outside the management subnet", () => {
    const p = preparationProps(0);
    const e = preparationError({ ...p, managementInterface: { ...p.managementInterface, gateway: "203.0.113.1" } });
    expect(e.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["managementInterface.gateway", "is not another address in the management subnet 203.0.113.10/29"],
    ]);
  });

  test("three DNS servers", () => {
    const p = preparationProps(0);
    const dnsServers = ["192.0.2.1", "192.0.2.2", "192.0.2.3"];
    const e = preparationError({ ...p, managementInterface: { ...p.managementInterface, dnsServers } });
    expect(e.issues.map((i) => [i.prop, i.allowed])).toEqual([["managementInterface.dnsServers", "1 to 2"]]);
  });

  test("every problem is reported at once", () => {
    const e = firewallError({
      ...withAws({ vlan: 1, mtu: 9999 }),
      bgp: { localAsn: 0, routerId: "router-1" },
    });
    expect(e.issues.map((i) => i.prop)).toEqual([
      "bgp.localAsn",
      "bgp.routerId",
      "connections[0].vlan",
      "connections[0].mtu",
    ]);
    expect(e.message).toMatch(/^4 problems:\n {2}firewall-0\/config: bgp\.localAsn = 0/);
  });
});
