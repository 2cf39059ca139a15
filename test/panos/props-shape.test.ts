/**
 * The shape layer of the L2 constructs (issue 9 items 7-10): PaloAltoFirewallConfig and
 * DevicePreparation check every prop's type, enum membership and token-ness before their rules,
 * so a truthy string never turns a boolean on and a raw `${…}` never reaches an XML spec.
 */
import { TerraformStack, Testing, Token } from "cdktf";
import {
  DevicePreparation,
  PaloAltoFirewallConfig,
  type DevicePreparationProps,
  type PaloAltoFirewallConfigProps,
  XmlBridge,
} from "../../lib/panos";
import { firewallProps, preparationProps, thrown } from "./fixtures";

function firewallProblems(props: PaloAltoFirewallConfigProps): string[] {
  const stack = new TerraformStack(Testing.app(), "firewall-0");
  return thrown(() => new PaloAltoFirewallConfig(stack, "config", props)).issues.map((i) => `${i.prop}: ${i.problem}`);
}

function preparationProblems(props: DevicePreparationProps): string[] {
  const stack = new TerraformStack(Testing.app(), "network");
  return thrown(() => new DevicePreparation(stack, "prepare-0", props)).issues.map((i) => `${i.prop}: ${i.problem}`);
}

const base = firewallProps(0);

describe("PaloAltoFirewallConfig", () => {
  test('ha.configurationSync: "no" is refused (it rendered <enabled>yes</enabled>)', () => {
    expect(firewallProblems({ ...base, ha: { ...base.ha, configurationSync: "no" as never } })).toEqual([
      "ha.configurationSync: is a string, not a boolean",
    ]);
  });

  test('api.insecureSkipVerify: "false" is refused (it turned TLS verification off)', () => {
    expect(firewallProblems({ ...base, api: { ...base.api, insecureSkipVerify: "false" as never } })).toEqual([
      "api.insecureSkipVerify: is a string, not a boolean",
    ]);
  });

  test("a raw ${…} in an address or the description is refused", () => {
    const problems = firewallProblems({
      ...base,
      ha: { ...base.ha, peerManagementIp: "${var.peer}", description: "x${var.d}" },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^ha\.description: holds a raw Terraform expression/),
      expect.stringMatching(/^ha\.peerManagementIp: holds a raw Terraform expression/),
    ]);
  });

  test("ha.sessionSetup and ha.election.timers from a token are refused: they become tag names", () => {
    const token = Token.asString({ resolve: () => "ip-hash" });
    const problems = firewallProblems({
      ...base,
      ha: { ...base.ha, sessionSetup: token as never, election: { timers: token as never } },
    });
    expect(problems).toEqual([
      "ha.election.timers: is a token; it must be one of the fixed values",
      "ha.sessionSetup: is a token; it must be one of the fixed values",
    ]);
  });

  test("a plan-time peer address is still accepted (a token from the network stack)", () => {
    const stack = new TerraformStack(Testing.app(), "firewall-0");
    const peer = Token.asString({ resolve: () => "${var.peer}" });
    expect(
      () => new PaloAltoFirewallConfig(stack, "config", { ...base, ha: { ...base.ha, peerManagementIp: peer } }),
    ).not.toThrow();
  });

  test("connections: null is a ValidationError, not a TypeError", () => {
    expect(firewallProblems({ ...base, connections: null as never })).toEqual(["connections: is null, not a list"]);
  });
});

describe("DevicePreparation", () => {
  const p = preparationProps(0);

  test('hypervisorAssignedMacAddresses: "false" is refused', () => {
    expect(preparationProblems({ ...p, hypervisorAssignedMacAddresses: "false" as never })).toEqual([
      "hypervisorAssignedMacAddresses: is a string, not a boolean",
    ]);
  });

  test("duplicate DNS servers are refused", () => {
    const dnsServers = ["192.0.2.53", "192.0.2.53"];
    expect(preparationProblems({ ...p, managementInterface: { ...p.managementInterface, dnsServers } })).toEqual([
      "managementInterface.dnsServers[1]: repeats managementInterface.dnsServers[0]",
    ]);
  });

  test("a raw ${…} DNS server (the injection example) is refused", () => {
    const dnsServers = ["${var.dns}"];
    expect(preparationProblems({ ...p, managementInterface: { ...p.managementInterface, dnsServers } })).toEqual([
      expect.stringMatching(/^managementInterface\.dnsServers\[0\]: holds a raw Terraform expression/),
    ]);
  });
});

describe("XmlBridge", () => {
  const api = {
    host: "192.0.2.1",
    port: 443,
    protocol: "https" as const,
    insecureSkipVerify: false,
    timeouts: { applySeconds: 600, commitSeconds: 1200, prepareSeconds: 3600 },
  };
  const spec = (element: string) => ({
    version: 1 as const,
    name: "n",
    operations: [{ action: "set" as const, xpath: "/config/devices", element }],
    requiresReboot: false,
  });

  test("a spec holding a raw ${…} is refused: no plan-time check could see what Terraform substitutes", () => {
    const stack = new TerraformStack(Testing.app(), "firewall-0");
    const error = thrown(
      () => new XmlBridge(stack, "x", { api, cli: "mve-ha", subcommand: "apply", spec: spec("<a>${var.x}</a>") }),
    );
    expect(error.issues.map((i) => i.prop)).toEqual(["spec.operations[0].element"]);
  });

  test("a spec holding a cdktf token gets its plan-time check instead", () => {
    const stack = new TerraformStack(Testing.app(), "firewall-0");
    const token = Token.asString({ resolve: () => "${var.x}" });
    const bridge = new XmlBridge(stack, "x", {
      api,
      cli: "mve-ha",
      subcommand: "apply",
      spec: spec(`<a>${token}</a>`),
    });
    expect(bridge.lifecycle?.precondition).toHaveLength(1);
  });
});
