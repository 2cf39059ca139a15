import { buildFirewallModel, renderHaRemovalSpec, renderHaSpec } from "../../lib/panos";
import { isSatisfied, parseXml, toSpec } from "../../lib/xmlspec";
import { firewallProps } from "./fixtures";
import { leavesOf } from "./xml-leaves";

const HA_XPATH = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig/high-availability";

function haSpecOf(...args: Parameters<typeof firewallProps>) {
  return renderHaSpec(buildFirewallModel(firewallProps(...args), "test").ha);
}

describe("renderHaSpec", () => {
  test("device 0 of the guide's pair: one edit of the HA subtree with exactly the expected nodes", () => {
    const spec = haSpecOf(0);
    expect(toSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
    expect(spec.requiresReboot).toBe(false);
    expect(spec.operations).toHaveLength(1);
    const [op] = spec.operations;
    expect(op.action).toBe("edit");
    expect(op.xpath).toBe(HA_XPATH);
    const g = "high-availability/group";
    const aa = `${g}/mode/active-active`;
    const pm = `${g}/monitoring/path-monitoring`;
    const vr = `${pm}/path-group/virtual-router/entry[default]`;
    expect(leavesOf(op.element as string)).toEqual([
      "high-availability/enabled=yes",
      `${g}/group-id=10`,
      `${g}/peer-ip=203.0.113.20`,
      `${g}/peer-ip-backup=10.255.1.2`,
      `${aa}/device-id=0`,
      `${aa}/tentative-hold-time=60`,
      `${aa}/network-configuration/sync/virtual-router=no`,
      `${aa}/network-configuration/sync/qos=no`,
      `${aa}/session-owner-selection/first-packet/session-setup/ip-modulo`,
      `${g}/configuration-synchronization/enabled=yes`,
      `${g}/election-option/device-priority=100`,
      `${g}/election-option/preemptive=no`,
      `${g}/election-option/heartbeat-backup=no`,
      `${g}/election-option/timers/recommended`,
      `${g}/state-synchronization/enabled=yes`,
      `${g}/state-synchronization/transport=ethernet`,
      `${g}/state-synchronization/ha2-keep-alive/enabled=yes`,
      `${g}/state-synchronization/ha2-keep-alive/action=log-only`,
      `${g}/state-synchronization/ha2-keep-alive/threshold=10000`,
      `${pm}/enabled=yes`,
      `${pm}/failure-condition=any`,
      `${vr}/enabled=yes`,
      `${vr}/failure-condition=any`,
      `${vr}/ping-interval=200`,
      `${vr}/ping-count=10`,
      `${vr}/destination-ip-group/entry[aws]/enabled=yes`,
      `${vr}/destination-ip-group/entry[aws]/failure-condition=any`,
      `${vr}/destination-ip-group/entry[aws]/destination-ip/member=169.254.100.2`,
      `${vr}/destination-ip-group/entry[azure]/enabled=yes`,
      `${vr}/destination-ip-group/entry[azure]/failure-condition=any`,
      `${vr}/destination-ip-group/entry[azure]/destination-ip/member=192.168.200.2`,
      "high-availability/interface/ha1/port=management",
      "high-availability/interface/ha1-backup/port=ethernet1/2",
      "high-availability/interface/ha1-backup/ip-address=10.255.1.1",
      "high-availability/interface/ha1-backup/netmask=255.255.255.252",
      "high-availability/interface/ha2/port=ethernet1/3",
      "high-availability/interface/ha2/ip-address=10.255.2.1",
      "high-availability/interface/ha2/netmask=255.255.255.252",
      "high-availability/interface/ha3/port=ethernet1/4",
    ]);
  });

  test("device 1 differs only where a member must: device ID, priority, peer and own addresses, monitored peers", () => {
    const zero = leavesOf(haSpecOf(0).operations[0].element as string);
    const one = leavesOf(haSpecOf(1).operations[0].element as string);
    const onlyIn = (a: string[], b: string[]) => a.filter((l) => !b.includes(l));
    const groups = "high-availability/group/monitoring/path-monitoring/path-group/virtual-router/entry[default]";
    expect(onlyIn(one, zero)).toEqual([
      "high-availability/group/peer-ip=203.0.113.10",
      "high-availability/group/peer-ip-backup=10.255.1.1",
      "high-availability/group/mode/active-active/device-id=1",
      "high-availability/group/election-option/device-priority=110",
      `${groups}/destination-ip-group/entry[aws]/destination-ip/member=169.254.101.2`,
      `${groups}/destination-ip-group/entry[azure]/destination-ip/member=192.168.201.2`,
      "high-availability/interface/ha1-backup/ip-address=10.255.1.2",
      "high-availability/interface/ha2/ip-address=10.255.2.2",
    ]);
    expect(one).toHaveLength(zero.length);
  });

  test("options: no HA1 backup, primary-device owner, aggressive timers, UDP transport, link monitoring, unmonitored peer", () => {
    const base = firewallProps(0);
    const model = buildFirewallModel(
      {
        ...base,
        connections: [
          base.connections[0],
          { ...base.connections[1], bgp: { ...base.connections[1].bgp, monitorPath: false } },
        ],
        ha: {
          ...base.ha,
          ha1Backup: undefined,
          description: "edge pair",
          sessionOwnerSelection: "primary-device",
          election: { timers: "aggressive", preemptive: true, devicePriority: 7 },
          ha2: {
            address: "10.255.2.1/30",
            transport: "udp",
            keepAlive: { action: "split-datapath", thresholdMs: 5000 },
          },
          linkMonitoring: { groups: [{ name: "data", interfaces: ["ethernet1/1"], failureCondition: "all" }] },
        },
      },
      "test",
    );
    const lines = leavesOf(renderHaSpec(model.ha).operations[0].element as string);
    expect(lines).toContain("high-availability/group/description=edge pair");
    expect(lines).toContain("high-availability/group/mode/active-active/session-owner-selection/primary-device");
    expect(lines).toContain("high-availability/group/election-option/timers/aggressive");
    expect(lines).toContain("high-availability/group/election-option/preemptive=yes");
    expect(lines).toContain("high-availability/group/election-option/device-priority=7");
    expect(lines).toContain("high-availability/group/state-synchronization/transport=udp");
    expect(lines).toContain("high-availability/group/state-synchronization/ha2-keep-alive/action=split-datapath");
    expect(lines.filter((l) => l.includes("ha1-backup") || l.includes("peer-ip-backup"))).toEqual([]);
    expect(lines.filter((l) => l.includes("destination-ip-group/entry[azure]"))).toEqual([]);
    const lm = "high-availability/group/monitoring/link-monitoring";
    expect(lines.filter((l) => l.startsWith(lm))).toEqual([
      `${lm}/enabled=yes`,
      `${lm}/failure-condition=any`,
      `${lm}/link-group/entry[data]/enabled=yes`,
      `${lm}/link-group/entry[data]/failure-condition=all`,
      `${lm}/link-group/entry[data]/interface/member=ethernet1/1`,
    ]);
  });

  test("no monitored peer with path monitoring turned off: disabled, no path group", () => {
    const base = firewallProps(0);
    const model = buildFirewallModel(
      {
        ...base,
        ha: { ...base.ha, pathMonitoring: { enabled: false } },
        connections: base.connections.map((c) => ({ ...c, bgp: { ...c.bgp, monitorPath: false } })),
      },
      "test",
    );
    const lines = leavesOf(renderHaSpec(model.ha).operations[0].element as string);
    expect(lines.filter((l) => l.includes("path-monitoring"))).toEqual([
      "high-availability/group/monitoring/path-monitoring/enabled=no",
      "high-availability/group/monitoring/path-monitoring/failure-condition=any",
    ]);
  });

  test("applies idempotently: the device tree it writes satisfies it, a changed tree does not", () => {
    const [op] = haSpecOf(0).operations;
    const written = parseXml(op.element as string)[0];
    expect(isSatisfied(op, written)).toBe(true);
    const drifted = parseXml((op.element as string).replace("<device-id>0</device-id>", "<device-id>1</device-id>"))[0];
    expect(isSatisfied(op, drifted)).toBe(false);
    expect(isSatisfied(op, undefined)).toBe(false);
  });

  test("the removal spec deletes the whole subtree", () => {
    expect(renderHaRemovalSpec()).toEqual({
      version: 1,
      name: "high-availability-removal",
      operations: [{ action: "delete", xpath: HA_XPATH }],
      requiresReboot: false,
    });
  });
});
