/**
 * Given a pair, when synthesized, then the network stack outputs what a user needs after deploy:
 * both management IPs, the Megaport product UIDs by role, the BGP peerings per connection and
 * firewall, and the exact `mve-ha verify --outputs` command, with the TLS and port flags the
 * management API settings call for.
 */
import { Testing } from "cdktf";
import type { Command } from "commander";
import { buildProgram } from "../../lib/cli/program";
import { MANAGEMENT_IP_OUTPUTS, pairOutputsFrom, PRODUCTS_OUTPUT } from "../../lib/cli/stack-outputs";
import type { CliContext } from "../../lib/cli/session";
import { PaloAltoHaPair, type PaloAltoHaPairProps } from "../../lib/pattern";
import { addressesIn, expandLocals, pairProps, synthPair } from "./fixtures";

const KNOWN_SITES: PaloAltoHaPairProps["sites"] = [
  { location: { id: 3 }, managementAddress: { ip: "203.0.113.10", prefixLength: 29, gateway: "203.0.113.9" } },
  { location: { id: 4 }, managementAddress: { ip: "203.0.113.18", prefixLength: 29, gateway: "203.0.113.17" } },
];

/** The verify command of a pair whose management addresses are known at synth time. */
function verifyCommandWith(overrides: Partial<PaloAltoHaPairProps>): string {
  const pair = new PaloAltoHaPair(Testing.app(), "syd", pairProps({ sites: KNOWN_SITES, ...overrides }));
  return pair.verifyCommand;
}

const api = (settings: NonNullable<PaloAltoHaPairProps["management"]["api"]>): Partial<PaloAltoHaPairProps> => ({
  management: { dnsServers: ["9.9.9.9"], api: settings },
});

describe("outputs of a pair", () => {
  const { network, firewalls } = synthPair();
  const outputs = network.outputs();

  test("the management IP of each firewall, from its own management connection, not hidden", () => {
    [0, 1].forEach((i) => {
      const output = outputs[`firewall-${i}-management-ip`];
      expect(output.sensitive).toBeUndefined();
      const [vxc] = addressesIn(expandLocals(network, output.value));
      expect(vxc).toMatch(new RegExp(`^megaport_vxc\\.management-${i}_vxc_\\w+$`));
      expect(addressesIn(expandLocals(network, output.value))).toEqual([vxc]);
    });
  });

  test("the exact verify command reads the outputs file", () => {
    expect(outputs["verify-command"].value).toBe("mve-ha verify --outputs outputs.json");
    expect(outputs["verify-command"].description).toMatch(/cdktf deploy --outputs-file outputs.json/);
  });

  test("the UID of every Megaport product, by role: both MVEs, three HA links, both management connections, each cloud connection per firewall", () => {
    const products = outputs[PRODUCTS_OUTPUT].value as {
      mves: string[];
      haLinks: Record<string, string>;
      managementInternet: string[];
      cloudConnections: Record<string, string[]>;
    };
    const uidOf = (expression: string) => {
      const [address] = addressesIn(expression);
      expect(expression).toBe(`\${${address}.product_uid}`);
      return address.replace(/_[0-9A-F]{8}$/, "");
    };
    expect(products.mves.map(uidOf)).toEqual(["megaport_mve.mve-0_mve", "megaport_mve.mve-1_mve"]);
    expect(Object.keys(products.haLinks)).toEqual(["ha1", "ha2", "ha3"]);
    expect(Object.values(products.haLinks).map(uidOf)).toEqual([
      "megaport_vxc.ha1_vxc",
      "megaport_vxc.ha2_vxc",
      "megaport_vxc.ha3_vxc",
    ]);
    expect(products.managementInternet.map(uidOf)).toEqual([
      "megaport_vxc.management-0_vxc",
      "megaport_vxc.management-1_vxc",
    ]);
    expect(Object.keys(products.cloudConnections)).toEqual(["aws", "azure"]);
    expect(Object.values(products.cloudConnections).flat().map(uidOf)).toEqual([
      "megaport_vxc.aws-0_attachment_vxc",
      "megaport_vxc.aws-1_attachment_vxc",
      "megaport_vxc.azure-0_attachment_vxc",
      "megaport_vxc.azure-1_attachment_vxc",
    ]);
    // Every VXC and MVE of the stack is listed, none twice.
    const all = [
      products.mves,
      Object.values(products.haLinks),
      products.managementInternet,
      Object.values(products.cloudConnections).flat(),
    ].flat();
    const inStack = ["megaport_mve", "megaport_vxc"].flatMap((type) =>
      Object.keys(network.resources(type)).map((id) => `${type}.${id}`),
    );
    expect(all.map((e) => addressesIn(e)[0]).sort()).toEqual(inStack.sort());
  });

  test("mve-ha verify --outputs reads exactly these outputs, in the cdktf outputs-file shape", () => {
    const values = Object.fromEntries(Object.entries(outputs).map(([name, o]) => [name, o.value]));
    for (const name of [...MANAGEMENT_IP_OUTPUTS, PRODUCTS_OUTPUT]) expect(values).toHaveProperty([name]);
    // Management IPs are known only after apply; the UIDs are whatever strings Terraform resolved.
    const applied = { ...values, "firewall-0-management-ip": "192.0.2.10", "firewall-1-management-ip": "192.0.2.18" };
    const pair = pairOutputsFrom({ "syd-network": applied, "syd-firewall-0": {} }, "outputs.json");
    expect(pair.hosts).toEqual(["192.0.2.10", "192.0.2.18"]);
    expect(pair.products.mves.map((p) => p.label)).toEqual(["firewall 0 MVE", "firewall 1 MVE"]);
    expect(pair.products.vxcs.map((p) => p.label)).toEqual([
      "HA1 link",
      "HA2 link",
      "HA3 link",
      "firewall 0 management Internet",
      "firewall 1 management Internet",
      "aws connection of firewall 0",
      "aws connection of firewall 1",
      "azure connection of firewall 0",
      "azure connection of firewall 1",
    ]);
  });

  test("the BGP peering of each connection on each firewall", () => {
    expect(outputs["bgp-peerings"].value).toEqual([
      {
        "firewall-0": {
          connection: "aws",
          vlan: 100,
          localAddress: "169.254.100.1/30",
          peerAddress: "169.254.100.2",
          peerAsn: 64512,
        },
        "firewall-1": {
          connection: "aws",
          vlan: 100,
          localAddress: "169.254.100.5/30",
          peerAddress: "169.254.100.6",
          peerAsn: 64512,
        },
      },
      {
        "firewall-0": {
          connection: "azure",
          vlan: 200,
          localAddress: "192.168.200.1/30",
          peerAddress: "192.168.200.2",
          peerAsn: 12076,
        },
        "firewall-1": {
          connection: "azure",
          vlan: 200,
          localAddress: "192.168.200.5/30",
          peerAddress: "192.168.200.6",
          peerAsn: 12076,
        },
      },
    ]);
  });

  test("no other user-facing outputs; the firewall stacks have none", () => {
    const userFacing = Object.keys(outputs).filter((name) => !name.startsWith("cross-stack-output-"));
    expect(userFacing.sort()).toEqual([
      "bgp-peerings",
      "firewall-0-management-ip",
      "firewall-1-management-ip",
      "megaport-products",
      "verify-command",
    ]);
    for (const firewall of firewalls) expect(firewall.outputs()).toEqual({});
  });
});

describe("the verify command", () => {
  test("with management addresses known at synth time is a plain command line", () => {
    expect(verifyCommandWith({})).toBe("mve-ha verify --outputs outputs.json");
  });

  test("says --insecure when certificate verification is off", () => {
    expect(verifyCommandWith(api({ insecureSkipVerify: true }))).toBe(
      "mve-ha verify --outputs outputs.json --insecure",
    );
  });

  test("names the CA file and a non-default port", () => {
    expect(verifyCommandWith(api({ port: 8443, caFile: "/etc/panos/ca.pem" }))).toBe(
      "mve-ha verify --outputs outputs.json --port 8443 --ca-file /etc/panos/ca.pem",
    );
  });

  test("quotes a CA file path for the shell when it needs quoting", () => {
    expect(verifyCommandWith(api({ caFile: "/etc/pan os/it's.pem" }))).toBe(
      "mve-ha verify --outputs outputs.json --ca-file '/etc/pan os/it'\\''s.pem'",
    );
  });

  test("says --protocol http only for plain HTTP, and no --port for 443", () => {
    expect(verifyCommandWith(api({ protocol: "http", port: 443 }))).toBe(
      "mve-ha verify --outputs outputs.json --protocol http",
    );
  });

  test("runs the configured CLI command", () => {
    expect(verifyCommandWith({ cli: "npx mve-ha" })).toBe("npx mve-ha verify --outputs outputs.json");
  });

  test("uses only options that `mve-ha verify` declares", () => {
    // buildProgram only stores the context for later output, so a bare context is enough to read the options.
    const program = buildProgram({} as CliContext, () => undefined, "test");
    const verify = program.commands.find((c: Command) => c.name() === "verify") as Command;
    const declared = verify.options.map((o) => o.long);
    const command = verifyCommandWith(api({ port: 8443, protocol: "http", caFile: "/ca.pem" }));
    const used = command.split(" ").filter((word) => word.startsWith("--"));
    expect(used).toEqual(["--outputs", "--port", "--protocol", "--ca-file"]);
    for (const flag of used) expect(declared).toContain(flag);
    expect(declared).toContain("--insecure");
  });
});
