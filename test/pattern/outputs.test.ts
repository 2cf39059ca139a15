/**
 * Given a pair, when synthesized, then the network stack outputs what a user needs after deploy:
 * both management IPs, the BGP peerings per connection and firewall, and the exact `mve-ha verify`
 * command, with the TLS and port flags the management API settings call for.
 */
import { Testing } from "cdktf";
import type { Command } from "commander";
import { buildProgram } from "../../lib/cli/program";
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

  test("the exact verify command, over both management IPs", () => {
    const ips = [0, 1].map((i) => outputs[`firewall-${i}-management-ip`].value);
    expect(outputs["verify-command"].value).toBe(`mve-ha verify --host ${ips[0]} --host ${ips[1]}`);
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
      "verify-command",
    ]);
    for (const firewall of firewalls) expect(firewall.outputs()).toEqual({});
  });
});

describe("the verify command", () => {
  test("with management addresses known at synth time is a plain command line", () => {
    expect(verifyCommandWith({})).toBe("mve-ha verify --host 203.0.113.10 --host 203.0.113.18");
  });

  test("says --insecure when certificate verification is off", () => {
    expect(verifyCommandWith(api({ insecureSkipVerify: true }))).toBe(
      "mve-ha verify --host 203.0.113.10 --host 203.0.113.18 --insecure",
    );
  });

  test("names the CA file and a non-default port", () => {
    expect(verifyCommandWith(api({ port: 8443, caFile: "/etc/panos/ca.pem" }))).toBe(
      "mve-ha verify --host 203.0.113.10 --host 203.0.113.18 --port 8443 --ca-file /etc/panos/ca.pem",
    );
  });

  test("quotes a CA file path for the shell when it needs quoting", () => {
    expect(verifyCommandWith(api({ caFile: "/etc/pan os/it's.pem" }))).toBe(
      "mve-ha verify --host 203.0.113.10 --host 203.0.113.18 --ca-file '/etc/pan os/it'\\''s.pem'",
    );
  });

  test("says --protocol http only for plain HTTP, and no --port for 443", () => {
    expect(verifyCommandWith(api({ protocol: "http", port: 443 }))).toBe(
      "mve-ha verify --host 203.0.113.10 --host 203.0.113.18 --protocol http",
    );
  });

  test("runs the configured CLI command", () => {
    expect(verifyCommandWith({ cli: "npx mve-ha" })).toBe("npx mve-ha verify --host 203.0.113.10 --host 203.0.113.18");
  });

  test("uses only options that `mve-ha verify` declares", () => {
    // buildProgram only stores the context for later output, so a bare context is enough to read the options.
    const program = buildProgram({} as CliContext, () => undefined, "test");
    const verify = program.commands.find((c: Command) => c.name() === "verify") as Command;
    const declared = verify.options.map((o) => o.long);
    const command = verifyCommandWith(api({ port: 8443, protocol: "http", caFile: "/ca.pem" }));
    const used = command.split(" ").filter((word) => word.startsWith("--"));
    expect(used).toEqual(["--host", "--host", "--port", "--protocol", "--ca-file"]);
    for (const flag of used) expect(declared).toContain(flag);
    expect(declared).toContain("--insecure");
  });
});
