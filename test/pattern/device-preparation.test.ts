/**
 * Given a pair's props, when synthesized, then the network stack prepares each firewall as the
 * guide does before HA: hypervisor-assigned MACs, jumbo frames, the static management IP of its
 * own Megaport Internet connection, DNS and management MTU 1500, once the MVE and that
 * connection exist.
 */
import { leavesOf } from "../panos/xml-leaves";
import type { Json, Template } from "../helpers/template";
import { addressesIn, expandLocals, localExecs, pairProps, synthNetwork } from "./fixtures";

const DEVICE = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig";

function preparationOf(network: Template, i: number): Json {
  return network.resource("terraform_data", `prepare-${i}_device-settings_`);
}

/** The spec's operations as `action xpath` plus the flattened leaves of each element. */
function operations(preparation: Json): { at: string; reboot: boolean; leaves: string[] }[] {
  return preparation.input.spec.operations.map((op: Json) => ({
    at: `${op.action} ${op.xpath}`,
    reboot: op.requiresReboot,
    leaves: leavesOf(op.element),
  }));
}

describe("device preparation with the management address Megaport assigns", () => {
  const network = synthNetwork();
  const vxcIds = Object.keys(network.resources("megaport_vxc"));
  const mveIds = Object.keys(network.resources("megaport_mve"));
  const managementVxc = (i: number) => `megaport_vxc.${vxcIds.find((id) => id.startsWith(`management-${i}_`))}`;
  const mveOf = (i: number) => `megaport_mve.${mveIds.find((id) => id.startsWith(`mve-${i}_`))}`;

  test("runs once per firewall, after its own MVE and management connection", () => {
    const provisioned = network.resourceList("terraform_data").filter((r: { provisioner?: unknown }) => r.provisioner);
    expect(provisioned).toHaveLength(2);
    [0, 1].forEach((i) => {
      expect(preparationOf(network, i).depends_on).toEqual([mveOf(i), managementVxc(i)]);
    });
  });

  test("reaches the firewall at the address of its own management connection, and reads nothing else", () => {
    [0, 1].forEach((i) => {
      const preparation = preparationOf(network, i);
      expect(addressesIn(expandLocals(network, preparation.input.host))).toEqual([managementVxc(i)]);
      expect(addressesIn(expandLocals(network, JSON.stringify(preparation.input.spec)))).toEqual([managementVxc(i)]);
    });
  });

  test("enables hypervisor-assigned MACs and jumbo frames (the step that needs a reboot)", () => {
    for (const i of [0, 1]) {
      const [boot] = operations(preparationOf(network, i));
      expect(boot).toEqual({
        at: `set ${DEVICE}/setting`,
        reboot: true,
        leaves: ["auto-mac-detect=yes", "jumbo-frame/mtu=9100"],
      });
    }
  });

  test("makes the management interface static with its IP, netmask and gateway, MTU 1500 and the DNS servers", () => {
    for (const i of [0, 1]) {
      const [, type, system, dns] = operations(preparationOf(network, i));
      expect(type).toEqual({ at: `edit ${DEVICE}/system/type`, reboot: false, leaves: ["type/static"] });
      expect(system.at).toBe(`set ${DEVICE}/system`);
      expect(system.reboot).toBe(false);
      const [ip, netmask, gateway, ...rest] = system.leaves.map((leaf: string) => expandLocals(network, leaf));
      expect(ip).toMatch(/^ip-address=\$\{element\(split\("\/", format\("%s\/%d", .*customer_ip4_address/);
      expect(netmask).toMatch(/^netmask=\$\{cidrnetmask\(format\(/);
      expect(gateway).toMatch(/^default-gateway=\$\{\(one\(matchkeys\(.*\.ipv4_gateway_address,/);
      expect(rest).toEqual(["mtu=1500"]);
      expect(dns).toEqual({
        at: `edit ${DEVICE}/system/dns-setting/servers`,
        reboot: false,
        leaves: ["servers/primary=9.9.9.9", "servers/secondary=149.112.112.112"],
      });
    }
  });

  test("runs `mve-ha prepare` with the spec in the environment", () => {
    const runs = localExecs(network);
    expect(runs.map((r) => r.command)).toEqual([
      'node "$MVE_HA_CLI_BUNDLE" prepare --host "$MVE_HA_HOST" --port "$MVE_HA_PORT" --protocol "$MVE_HA_PROTOCOL" --timeout 3600 --spec-env MVE_HA_SPEC',
      'node "$MVE_HA_CLI_BUNDLE" prepare --host "$MVE_HA_HOST" --port "$MVE_HA_PORT" --protocol "$MVE_HA_PROTOCOL" --timeout 3600 --spec-env MVE_HA_SPEC',
    ]);
    for (const run of runs) expect(run.environment.MVE_HA_SPEC).toBe("${jsonencode(self.input.spec)}");
  });
});

describe("device preparation with management addresses given in the props", () => {
  const network = synthNetwork(
    pairProps({
      sites: [
        { location: { id: 3 }, managementAddress: { ip: "203.0.113.10", prefixLength: 29, gateway: "203.0.113.9" } },
        { location: { id: 4 }, managementAddress: { ip: "203.0.113.18", prefixLength: 29, gateway: "203.0.113.17" } },
      ],
      management: { dnsServers: ["9.9.9.9"], jumboFrameMtu: 9000, hypervisorAssignedMacAddresses: false },
    }),
  );

  test("uses them as literals, and the other management settings from the props", () => {
    const expected = [
      ["203.0.113.10", "203.0.113.9"],
      ["203.0.113.18", "203.0.113.17"],
    ];
    [0, 1].forEach((i) => {
      const preparation = preparationOf(network, i);
      expect(preparation.input.host).toBe(expected[i][0]);
      const [boot, , system, dns] = operations(preparation);
      expect(boot.leaves).toEqual(["auto-mac-detect=no", "jumbo-frame/mtu=9000"]);
      // Known at synth time, so rendered (and checked) as literals.
      const [ip, netmask, ...rest] = system.leaves;
      expect(ip).toBe(`ip-address=${expected[i][0]}`);
      expect(netmask).toBe("netmask=255.255.255.248");
      expect(rest).toEqual([`default-gateway=${expected[i][1]}`, "mtu=1500"]);
      expect(dns.leaves).toEqual(["servers/primary=9.9.9.9"]);
    });
  });
});
