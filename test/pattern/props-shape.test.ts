/**
 * Issue 9 items 7-10 and issue 10 (image.version): every prop of the pair is checked. A bad value
 * is a ValidationError that names the prop as the user wrote it, never a TypeError and never a
 * synth with an invalid value in it; raw `${…}` is refused; booleans are booleans.
 */
import { Testing, Token } from "cdktf";
import type { ValidationError } from "../../lib/core/validation-error";
import { PaloAltoHaPair, aws, azure, variable, type PaloAltoHaPairProps } from "../../lib/pattern";
import { awsConnection, azureConnection, pairProps, synthNetwork, validationErrorOf } from "./fixtures";

/** Props as an untyped (JavaScript) app may pass them. */
type Loose = Record<string, unknown>;

/** The fixture props with `change` applied to a copy (the change may break the types on purpose). */
function propsWith(change: (props: Loose) => void): PaloAltoHaPairProps {
  const props = structuredCloneProps(pairProps());
  change(props as unknown as Loose);
  return props;
}

/** A copy whose nested plain objects can be changed without touching the fixture. */
function structuredCloneProps(props: PaloAltoHaPairProps): PaloAltoHaPairProps {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    const plain = value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
    // Connections are kept as they are: the pair knows them by identity.
    if (plain && typeof (value as { attach?: unknown }).attach !== "function") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
    }
    return value;
  };
  return copy(props) as PaloAltoHaPairProps;
}

function errorOf(props: PaloAltoHaPairProps): ValidationError {
  return validationErrorOf(() => new PaloAltoHaPair(Testing.app(), "syd", props));
}

/** The props the error names. */
function propsNamed(error: ValidationError): string[] {
  return error.issues.map((i) => i.prop);
}

describe("item 7: a raw ${…} in a prop is refused; enum values never come from a token", () => {
  test("a raw expression in management.dnsServers is refused, saying to use variable()", () => {
    const error = errorOf(propsWith((p) => ((p.management as Loose).dnsServers = ["${var.dns}"])));
    expect(propsNamed(error)).toEqual(["management.dnsServers[0]"]);
    expect(error.issues[0].problem).toMatch(/raw Terraform expression/);
    expect(error.issues[0].fix).toMatch(/variable\("name"\)/);
  });

  test("ha.sessionSetup as a raw expression or a token is refused: it would become a tag name", () => {
    for (const sessionSetup of ["${var.x}", Token.asString({ resolve: () => "ip-hash" })]) {
      const error = errorOf(pairProps({ ha: { sessionSetup: sessionSetup as never } }));
      expect(propsNamed(error)).toEqual(["ha.sessionSetup"]);
    }
  });

  test("a raw expression hidden inside other text (a secret, an AWS region) is refused too", () => {
    const error = errorOf(
      pairProps({
        adminPasswordHash: "$5$${var.x}",
        cloudConnections: [awsConnection({ region: "Sydney ${var.region}" }), azureConnection()],
      }),
    );
    expect(propsNamed(error).sort()).toEqual(["adminPasswordHash", "cloudConnections[0].region"]);
  });

  test("a DNS server given as variable() is checked at plan time to be a dotted quad before it is written into XML", () => {
    const network = synthNetwork(
      pairProps({ management: { dnsServers: [variable("dns", { sensitive: false }), "9.9.9.9"] } }),
    );
    const prepare = network.resourceList("terraform_data").filter((r) => JSON.stringify(r.input).includes("dns"));
    expect(prepare).toHaveLength(2);
    for (const block of prepare) {
      const checks = block.lifecycle.precondition as { condition: string }[];
      expect(checks.map((c) => c.condition)).toContain('${can(regex("^[0-9]{1,3}([.][0-9]{1,3}){3}$", var.dns))}');
    }
    // The markup of the injection example cannot pass that check: no '<' survives the regex.
    expect(new RegExp("^[0-9]{1,3}([.][0-9]{1,3}){3}$").test("1.1.1.1</primary><evil>pwn</evil>")).toBe(false);
  });
});

describe("item 8: a boolean prop accepts only a boolean", () => {
  const booleans: Array<[string, (value: unknown) => Partial<PaloAltoHaPairProps>]> = [
    [
      "management.api.insecureSkipVerify",
      (v) => ({ management: { dnsServers: ["9.9.9.9"], api: { insecureSkipVerify: v as boolean } } }),
    ],
    [
      "management.hypervisorAssignedMacAddresses",
      (v) => ({ management: { dnsServers: ["9.9.9.9"], hypervisorAssignedMacAddresses: v as boolean } }),
    ],
    ["ha.configurationSync", (v) => ({ ha: { configurationSync: v as boolean } })],
    ["ha.stateSync", (v) => ({ ha: { stateSync: v as boolean } })],
    ["ha.election.preemptive", (v) => ({ ha: { election: { preemptive: v as boolean } } })],
    ["ha.election.heartbeatBackup", (v) => ({ ha: { election: { heartbeatBackup: v as boolean } } })],
    ["ha.pathMonitoring.enabled", (v) => ({ ha: { pathMonitoring: { enabled: v as boolean } } })],
    ["bgp.ecmp.enabled", (v) => ({ bgp: { localAsn: 65010, ecmp: { enabled: v as boolean } } })],
    ["securityRule.enabled", (v) => ({ securityRule: { enabled: v as boolean } })],
    ["preventDestroy", (v) => ({ preventDestroy: v as boolean })],
  ];

  test.each(booleans)('%s: "false", "no", 0 and null are refused', (prop, change) => {
    for (const value of ["false", "no", 0, null]) {
      const error = errorOf(pairProps(change(value)));
      expect(propsNamed(error)).toEqual([prop]);
      expect(error.issues[0].problem).toMatch(/not a boolean/);
    }
  });
});

describe("item 9: a value of the wrong type is a ValidationError naming the prop, not a TypeError", () => {
  const cases: Array<[string, string[], (p: Loose) => void]> = [
    [
      "a NaN VLAN",
      ["cloudConnections[1].vlan"],
      (p) => ((p.cloudConnections as unknown[])[1] = azureConnection({ vlan: NaN })),
    ],
    ["sites: []", ["sites"], (p) => (p.sites = [])],
    [
      "aws.firewalls omitted",
      ["cloudConnections[0].firewalls"],
      (p) => ((p.cloudConnections as unknown[])[0] = awsConnection({ firewalls: undefined })),
    ],
    [
      "aws.region: 42",
      ["cloudConnections[0].region"],
      (p) => ((p.cloudConnections as unknown[])[0] = awsConnection({ region: 42 as never })),
    ],
    ["sshPublicKey: 42", ["sshPublicKey"], (p) => (p.sshPublicKey = 42)],
    ["dnsServers omitted", ["management.dnsServers"], (p) => delete (p.management as Loose).dnsServers],
    ["dnsServers a string", ["management.dnsServers"], (p) => ((p.management as Loose).dnsServers = "9.9.9.9")],
    ["ha.description: null", ["ha.description"], (p) => (p.ha = { description: null })],
    ["ha1BackupAddresses: []", ["ha.ha1BackupAddresses"], (p) => (p.ha = { ha1BackupAddresses: [] })],
    ['linkMonitoring.groups: "x"', ["ha.linkMonitoring.groups"], (p) => (p.ha = { linkMonitoring: { groups: "x" } })],
    ["a 300-character stackPrefix", ["stackPrefix"], (p) => (p.stackPrefix = "a".repeat(300))],
    ["haLinks: null", ["haLinks"], (p) => (p.haLinks = null)],
    ["sites[0].location: null", ["sites[0].location"], (p) => ((p.sites as Loose[])[0] = { location: null })],
    [
      "cloudConnections holding a plain object",
      ["cloudConnections[1]"],
      (p) => ((p.cloudConnections as unknown[])[1] = { name: "x", vlan: 300 }),
    ],
    ["bgp: {}", ["bgp.localAsn"], (p) => (p.bgp = {})],
    ["props null", ["props"], () => undefined],
  ];

  test.each(cases)("%s", (_name, props, change) => {
    const given = _name === "props null" ? (null as never) : propsWith(change);
    const error = errorOf(given);
    expect(propsNamed(error)).toEqual(props);
  });
});

describe("item 10: an invalid value is never synthesized silently", () => {
  const cases: Array<[string, string[], (p: Loose) => void]> = [
    [
      "azure.vlan omitted",
      ["cloudConnections[1].vlan"],
      (p) => ((p.cloudConnections as unknown[])[1] = azureConnection({ vlan: undefined })),
    ],
    [
      "azure privatePeering.peerAsn omitted",
      ["cloudConnections[1].privatePeering.peerAsn"],
      (p) =>
        ((p.cloudConnections as unknown[])[1] = azureConnection({
          privatePeering: { primarySubnet: "192.168.200.0/30", secondarySubnet: "192.168.200.4/30" } as never,
        })),
    ],
    ["ha.ha2Addresses: []", ["ha.ha2Addresses"], (p) => (p.ha = { ha2Addresses: [] })],
    ['megaport.environment: "prodution"', ["megaport.environment"], (p) => (p.megaport = { environment: "prodution" })],
    ["waitTimeMinutes -1", ["megaport.waitTimeMinutes"], (p) => (p.megaport = { waitTimeMinutes: -1 })],
    ["waitTimeMinutes 0", ["megaport.waitTimeMinutes"], (p) => (p.megaport = { waitTimeMinutes: 0 })],
    ["waitTimeMinutes NaN", ["megaport.waitTimeMinutes"], (p) => (p.megaport = { waitTimeMinutes: NaN })],
    [
      "duplicate DNS servers",
      ["management.dnsServers[1]"],
      (p) => ((p.management as Loose).dnsServers = ["9.9.9.9", "9.9.9.9"]),
    ],
    [
      "duplicate link-monitoring group names",
      ["ha.linkMonitoring.groups[1]"],
      (p) =>
        (p.ha = {
          linkMonitoring: {
            groups: [
              { name: "g", interfaces: ["ethernet1/1"] },
              { name: "g", interfaces: ["ethernet1/2"] },
            ],
          },
        }),
    ],
    ["a one-element routerIds", ["bgp.routerIds"], (p) => (p.bgp = { localAsn: 65010, routerIds: ["10.0.0.1"] })],
    ["NUL in ha.description", ["ha.description"], (p) => (p.ha = { description: "pair\u0000one" })],
    ["1 MB ha.description", ["ha.description"], (p) => (p.ha = { description: "x".repeat(1 << 20) })],
    [
      "a string VLAN",
      ["cloudConnections[0].vlan"],
      (p) => ((p.cloudConnections as unknown[])[0] = awsConnection({ vlan: "100" as never })),
    ],
  ];

  test.each(cases)("%s", (_name, props, change) => {
    expect(propsNamed(errorOf(propsWith(change)))).toEqual(props);
  });

  test("a string where a number belongs says it must be a number", () => {
    const error = errorOf(propsWith((p) => (p.haLinks = { ha3RateLimitMbps: "10000" })));
    expect(error.issues[0].problem).toBe("is a string, not a number");
    expect(error.issues[0].prop).toBe("haLinks.ha3RateLimitMbps");
  });

  test("an invalid bgp.localAsn is reported as invalid, not as a mismatch that allows it", () => {
    for (const localAsn of [0, 4294967296, 1.5]) {
      const error = errorOf(pairProps({ bgp: { localAsn } }));
      expect(propsNamed(error)).toEqual(["bgp.localAsn"]);
      expect(error.message).not.toMatch(/differs from bgp.localAsn/);
    }
  });
});

describe("issue 10: image.version has the shape of a PAN-OS release", () => {
  test.each(["abc", "10.2", "10.2.9-h", "10.2.9 ", "v10.2.9"])("%s is refused with a clear message", (version) => {
    const error = errorOf(pairProps({ image: { version } }));
    expect(propsNamed(error)).toEqual(["image.version"]);
    expect(error.issues[0].problem).toBe("is not a PAN-OS release such as 10.2.9-h1 or 11.2.3");
  });

  test.each(["10.2.9-h1", "11.1.4-h7", "10.1.0", "11.2.3"])("%s is accepted", (version) => {
    expect(() => new PaloAltoHaPair(Testing.app(), "syd", pairProps({ image: { version } }))).not.toThrow();
  });
});

describe("builders", () => {
  test("aws(), azure() with props that are not an object are reported by the pair, not thrown by the builder", () => {
    const connections = [aws(null as never), azure("x" as never)];
    const error = errorOf(pairProps({ cloudConnections: connections }));
    expect(propsNamed(error)).toEqual(["cloudConnections[0]", "cloudConnections[1]"]);
  });
});
