/**
 * Given a pair's props, when synthesized, then each firewall stack configures its own firewall as
 * the guide does: Active/Active with device IDs 0 and 1 and peers crossing over through the
 * network stack's state, HA ports on ethernet1/2-4, BGP with BFD per connection, ECMP, path
 * monitoring of the BGP peers, and exactly one commit.
 */
import "../helpers/cdktf-matchers";
import { virtualRouter } from "../../.gen/providers/panos";
import { leavesOf } from "../panos/xml-leaves";
import type { Json, Template } from "../helpers/template";
import {
  addressesIn,
  blockAt,
  expandLocals,
  localExecs,
  pairProps,
  remoteOutputsIn,
  resourceAddresses,
  synthPair,
} from "./fixtures";
import { DESTROY_GUARD_NAME } from "../../lib/pattern/destroy-guard";

const GROUP = "high-availability/group";
const ACTIVE_ACTIVE = `${GROUP}/mode/active-active`;
const PATH_GROUPS = `${GROUP}/monitoring/path-monitoring/path-group/virtual-router/entry[default]/destination-ip-group`;

/** The flattened HA XML a firewall stack applies. */
function haLeaves(firewall: Template): string[] {
  const ha = firewall.resource("terraform_data", "firewall_high-availability_");
  expect(ha.input.spec.operations).toHaveLength(1);
  return leavesOf(ha.input.spec.operations[0].element);
}

/** The value of the one leaf `path=value` of a flattened document. */
function leaf(leaves: string[], path: string): string {
  const values = leaves.filter((l) => l.startsWith(`${path}=`)).map((l) => l.slice(path.length + 1));
  if (values.length !== 1) throw new Error(`expected one ${path}, found ${values.length}`);
  return values[0];
}

describe("the firewall stacks of a pair with default HA settings", () => {
  const { network, firewalls } = synthPair();
  const hostnames = firewalls.map((f) => f.json.provider.panos[0].hostname as string);
  const leaves = firewalls.map(haLeaves);

  /**
   * The MVE (product name) whose management VXC an expression of `firewall`'s stack reads from the
   * network stack (through the stack's locals, then remote state).
   */
  function firewallBehind(firewall: Template, expression: string): string {
    const outputs = network.outputs();
    const vxcs = remoteOutputsIn(expandLocals(firewall, expression)).flatMap((name) =>
      addressesIn(expandLocals(network, outputs[name].value)),
    );
    const managementVxcs = [...new Set(vxcs)];
    expect(managementVxcs).toHaveLength(1);
    const [, id] = managementVxcs[0].split(".");
    const [mveAddress] = addressesIn(network.resources("megaport_vxc")[id].a_end.requested_product_uid);
    return network.resources("megaport_mve")[mveAddress.split(".")[1]].product_name;
  }

  test("each stack has one panos provider, aimed at its own firewall's management IP from the network stack", () => {
    firewalls.forEach((firewall, i) => {
      expect(firewall.json.provider.panos).toHaveLength(1);
      expect(firewall.json.provider.megaport).toBeUndefined();
      expect(firewall.json.provider.panos[0]).toMatchObject({ port: 443, protocol: "https" });
      expect(Object.keys(firewall.dataSources("terraform_remote_state"))).toEqual([
        "cross-stack-reference-input-syd--network",
      ]);
      expect(firewallBehind(firewall, hostnames[i])).toBe(`syd-fw-${i}`);
    });
  });

  test("device IDs are 0 and 1, with firewall 0 preferred as active-primary", () => {
    expect(leaves.map((l) => leaf(l, `${ACTIVE_ACTIVE}/device-id`))).toEqual(["0", "1"]);
    expect(leaves.map((l) => leaf(l, `${GROUP}/election-option/device-priority`))).toEqual(["100", "110"]);
    expect(leaves.map((l) => leaf(l, "high-availability/enabled"))).toEqual(["yes", "yes"]);
  });

  test("peer IPs cross over: each firewall's HA peer is the other's management IP, through remote state", () => {
    const peers = leaves.map((l) => leaf(l, `${GROUP}/peer-ip`));
    // Each stack names both addresses through its own locals.
    expect(peers[0]).toBe("${local.firewall-1-management-ip}");
    expect(peers[1]).toBe("${local.firewall-0-management-ip}");
    expect(hostnames).toEqual(["${local.firewall-0-management-ip}", "${local.firewall-1-management-ip}"]);
    expect(firewallBehind(firewalls[0], peers[0])).toBe("syd-fw-1");
    expect(firewallBehind(firewalls[1], peers[1])).toBe("syd-fw-0");
  });

  test("HA1 runs on the management port, HA1 backup on ethernet1/2, HA2 on ethernet1/3, HA3 on ethernet1/4", () => {
    leaves.forEach((l, i) => {
      expect(leaf(l, "high-availability/interface/ha1/port")).toBe("management");
      expect(leaf(l, "high-availability/interface/ha1-backup/port")).toBe("ethernet1/2");
      expect(leaf(l, "high-availability/interface/ha1-backup/ip-address")).toBe(`10.255.1.${i + 1}`);
      expect(leaf(l, "high-availability/interface/ha1-backup/netmask")).toBe("255.255.255.252");
      expect(leaf(l, `${GROUP}/peer-ip-backup`)).toBe(`10.255.1.${2 - i}`);
      expect(leaf(l, "high-availability/interface/ha2/port")).toBe("ethernet1/3");
      expect(leaf(l, "high-availability/interface/ha2/ip-address")).toBe(`10.255.2.${i + 1}`);
      expect(leaf(l, "high-availability/interface/ha2/netmask")).toBe("255.255.255.252");
      expect(leaf(l, "high-availability/interface/ha3/port")).toBe("ethernet1/4");
    });
  });

  test("ethernet1/2-4 are HA interfaces and ethernet1/1 carries one tagged subinterface per connection", () => {
    firewalls.forEach((firewall, i) => {
      const interfaces = Object.fromEntries(
        firewall.resourceList("panos_ethernet_interface").map((b: Json) => [b.name, b.ha ? "ha" : "layer3"]),
      );
      expect(interfaces).toEqual({
        "ethernet1/1": "layer3",
        "ethernet1/2": "ha",
        "ethernet1/3": "ha",
        "ethernet1/4": "ha",
      });
      const subinterfaces = firewall
        .resourceList("panos_ethernet_layer3_subinterface")
        .map((b: Json) => [b.name, b.tag, b.ip[0].name]);
      expect(subinterfaces).toEqual([
        ["ethernet1/1.100", 100, ["169.254.100.1/30", "169.254.100.5/30"][i]],
        ["ethernet1/1.200", 200, ["192.168.200.1/30", "192.168.200.5/30"][i]],
      ]);
    });
  });

  test("virtual-router sync is off, configuration and state sync are on", () => {
    for (const l of leaves) {
      expect(leaf(l, `${ACTIVE_ACTIVE}/network-configuration/sync/virtual-router`)).toBe("no");
      expect(leaf(l, `${GROUP}/configuration-synchronization/enabled`)).toBe("yes");
      expect(leaf(l, `${GROUP}/state-synchronization/enabled`)).toBe("yes");
    }
  });

  test("each firewall runs its own eBGP session with BFD to every connection, and ECMP", () => {
    const expected = [
      {
        routerId: "169.254.100.1",
        peers: [
          ["aws", "ethernet1/1.100", "169.254.100.1/30", "169.254.100.2", "64512"],
          ["azure", "ethernet1/1.200", "192.168.200.1/30", "192.168.200.2", "12076"],
        ],
      },
      {
        routerId: "169.254.100.5",
        peers: [
          ["aws", "ethernet1/1.100", "169.254.100.5/30", "169.254.100.6", "64512"],
          ["azure", "ethernet1/1.200", "192.168.200.5/30", "192.168.200.6", "12076"],
        ],
      },
    ];
    firewalls.forEach((firewall, i) => {
      const router = firewall.resource("panos_virtual_router", "firewall_virtual-router_");
      expect(router.ecmp).toMatchObject({ enable: true, max_paths: 2 });
      expect(router.interfaces).toEqual(["ethernet1/1.100", "ethernet1/1.200"]);
      const bgp = router.protocol.bgp;
      expect(bgp).toMatchObject({ enable: true, local_as: "65010", router_id: expected[i].routerId });
      const peers = bgp.peer_group.map((group: Json) => {
        expect(group.type.ebgp).toBeDefined();
        expect(group.peer).toHaveLength(1);
        const peer = group.peer[0];
        expect(peer.bfd).toEqual({ profile: "bgp-bfd" });
        return [peer.name, peer.local_address.interface, peer.local_address.ip, peer.peer_address.ip, peer.peer_as];
      });
      expect(peers).toEqual(expected[i].peers);
      expect(firewall.resourceList("panos_bfd_network_profile")).toEqual([
        expect.objectContaining({ name: "bgp-bfd", mode: "active", min_tx_interval: 300, min_rx_interval: 300 }),
      ]);
    });
    expect(firewalls[1].text).toHaveResourceWithProperties(virtualRouter.VirtualRouter, { name: "default" });
  });

  test("path monitoring watches each firewall's own BGP peers", () => {
    const monitored = leaves.map((l) =>
      l
        .filter((x) => x.startsWith(PATH_GROUPS) && x.includes("/destination-ip/member="))
        .map((x) => x.slice(PATH_GROUPS.length)),
    );
    expect(monitored).toEqual([
      ["/entry[aws]/destination-ip/member=169.254.100.2", "/entry[azure]/destination-ip/member=192.168.200.2"],
      ["/entry[aws]/destination-ip/member=169.254.100.6", "/entry[azure]/destination-ip/member=192.168.200.6"],
    ]);
    for (const l of leaves) expect(leaf(l, `${GROUP}/monitoring/path-monitoring/enabled`)).toBe("yes");
  });

  test("exactly one commit per firewall, after every other resource of its stack", () => {
    firewalls.forEach((firewall) => {
      const onCreate = localExecs(firewall).filter((p) => p.when !== "destroy");
      const commits = onCreate.filter((p) => p.command.startsWith(`node "$MVE_HA_CLI_BUNDLE" commit `));
      expect(commits).toHaveLength(1);
      expect(onCreate.filter((p) => p.command.includes("--commit"))).toEqual([]);
      expect(onCreate.map((p) => p.command.split(" ")[2]).sort()).toEqual(["apply", "apply", "apply", "commit"]);
      const commitAddress = commits[0].address;
      // The destroy guard alone comes after it (it depends on everything, to be destroyed first).
      const guard = `terraform_data.${DESTROY_GUARD_NAME}`;
      const everythingElse = resourceAddresses(firewall).filter((a) => a !== commitAddress && a !== guard);
      expect([...blockAt(firewall, commitAddress).depends_on].sort()).toEqual(everythingElse);
    });
  });
});

describe("the firewall stacks follow the HA and BGP props", () => {
  const { firewalls } = synthPair(
    pairProps({
      ha: { ha2Addresses: ["172.16.2.9/29", "172.16.2.10/29"], ha1BackupAddresses: false, groupId: 7 },
      bgp: {
        localAsn: 65010,
        routerIds: ["10.0.0.1", "10.0.0.2"],
        bfd: { minTxIntervalMs: 500, minRxIntervalMs: 600, detectionMultiplier: 5 },
        ecmp: { maxPaths: 4 },
      },
      management: { dnsServers: ["9.9.9.9"], api: { port: 8443, insecureSkipVerify: true } },
    }),
  );
  const leaves = firewalls.map(haLeaves);

  test("HA2 addresses and group come from the props; without HA1 backup, ethernet1/2 stays an unused HA port", () => {
    leaves.forEach((l, i) => {
      expect(leaf(l, "high-availability/interface/ha2/ip-address")).toBe(`172.16.2.${9 + i}`);
      expect(leaf(l, "high-availability/interface/ha2/netmask")).toBe("255.255.255.248");
      expect(leaf(l, `${GROUP}/group-id`)).toBe("7");
      expect(l.filter((x) => x.includes("ha1-backup") || x.includes("peer-ip-backup"))).toEqual([]);
    });
    for (const firewall of firewalls) {
      expect(firewall.resourceList("panos_ethernet_interface").map((b: Json) => b.name)).toContain("ethernet1/2");
    }
  });

  test("router IDs, BFD timers and ECMP paths come from the props", () => {
    firewalls.forEach((firewall, i) => {
      const router = firewall.resource("panos_virtual_router", "firewall_virtual-router_");
      expect(router.protocol.bgp.router_id).toBe(`10.0.0.${i + 1}`);
      expect(router.ecmp.max_paths).toBe(4);
      expect(firewall.resourceList("panos_bfd_network_profile")[0]).toMatchObject({
        min_tx_interval: 500,
        min_rx_interval: 600,
        detection_multiplier: 5,
      });
    });
  });

  test("the provider and every mve-ha run use the management API settings", () => {
    for (const firewall of firewalls) {
      expect(firewall.json.provider.panos[0]).toMatchObject({ port: 8443, skip_verify_certificate: true });
      for (const run of localExecs(firewall)) {
        expect(run.command).toContain("--insecure");
        expect(blockAt(firewall, run.address).input.port).toBe(8443);
      }
    }
  });
});
