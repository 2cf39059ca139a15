import {
  AwsConnection,
  AzureExpressRouteConnection,
  HaLink,
  ManagementInternet,
  PaloAltoMve,
  PartnerPortConnection,
} from "../../lib/megaport";
import { ValidationError } from "../../lib/core/validation-error";
import { sshEd25519Key, sshRsaKey } from "../helpers/ssh-keys";
import { mvePair, mveProps, newStack, secret } from "./fixtures";

/** Runs `build`, expects a ValidationError, returns its message. */
function messageOf(build: () => unknown): string {
  try {
    build();
  } catch (e) {
    expect(ValidationError.isValidationError(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error("expected a ValidationError");
}

const partner = (vlan: number, rateLimitMbps = 100) => new PartnerPortConnection({ name: "dc", vlan, rateLimitMbps });

describe("Megaport validation (one test per rule)", () => {
  test("VLAN must be 2..4093", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    expect(messageOf(() => partner(1).attach(stack, "dc", { mve, productUid: "u" }))).toBe(
      "network/dc: vlan = 1: must be a VLAN ID from 2 to 4093. Allowed: 2..4093. Fix: choose a VLAN ID from 2 to 4093 (1 and 4094-4095 are reserved).",
    );
    expect(messageOf(() => partner(4094).attach(stack, "dc2", { mve, productUid: "u" }))).toMatch(/vlan = 4094/);
  });

  test("no VLAN twice on one vNIC", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    partner(100).attach(stack, "first", { mve, productUid: "u" });
    expect(messageOf(() => partner(100).attach(stack, "second", { mve, productUid: "u" }))).toBe(
      "network/second/attachment: vlan = 100: VLAN 100 is already used on vNIC data (vnic_index 1, ethernet1/1) of MVE network/mve-0 by network/first/attachment. Allowed: each VLAN once per vNIC. Fix: choose a VLAN that no other connection on this vNIC uses.",
    );
  });

  test("rate limits are positive whole Mbps", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    expect(messageOf(() => partner(100, 0).attach(stack, "a", { mve, productUid: "u" }))).toBe(
      "network/a: rateLimitMbps = 0: must be a whole number of Mbps from 1 to 100000. Allowed: 1..100000. Fix: give the bandwidth in whole Mbps, e.g. 1000 for 1 Gbps.",
    );
    expect(messageOf(() => partner(100, 1.5).attach(stack, "b", { mve, productUid: "u" }))).toMatch(
      /rateLimitMbps = 1.5/,
    );
  });

  test("contract term is one Megaport sells", () => {
    const stack = newStack();
    expect(messageOf(() => new PaloAltoMve(stack, "mve", mveProps(stack, { contractTermMonths: 6 as never })))).toBe(
      "network/mve: contractTermMonths = 6: is not one of the allowed values. Allowed: 1, 12, 24, 36, 48, 60. Fix: use one of the contract terms Megaport sells.",
    );
  });

  test("an HA link joins two different MVEs", () => {
    const stack = newStack();
    const [a] = mvePair(stack);
    expect(messageOf(() => new HaLink(stack, "ha1", { role: "ha1", mves: [a, a] }))).toBe(
      'network/ha1: mves = ["network/mve-0","network/mve-0"]: names the same MVE for both ends. Allowed: two different Palo Alto MVEs. Fix: connect the HA vNIC of one firewall to the same HA vNIC of the other.',
    );
  });

  test("an HA link joins HA vNICs only", () => {
    const stack = newStack();
    const mves = mvePair(stack);
    expect(messageOf(() => new HaLink(stack, "x", { role: "data" as never, mves }))).toBe(
      'network/x: role = "data": is not one of the allowed values. Allowed: "ha1", "ha2", "ha3". Fix: connect HA links between ha1, ha2 or ha3 vNICs only (mgmt and data are not HA ports).',
    );
  });

  test("one untagged VXC per vNIC", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    new ManagementInternet(stack, "internet-a", { mve });
    expect(messageOf(() => new ManagementInternet(stack, "internet-b", { mve }))).toBe(
      'network/internet-b: mve = "untagged": vNIC mgmt (vnic_index 0, management) of MVE network/mve-0 already carries the untagged VXC network/internet-a. Allowed: one untagged VXC per vNIC (any number of tagged VXCs with distinct VLANs). Fix: deliver this VXC tagged with a VLAN, or attach it to another vNIC.',
    );
  });

  test("exactly one HA link per HA role between the two MVEs", () => {
    const stack = newStack();
    const mves = mvePair(stack);
    new HaLink(stack, "ha2", { role: "ha2", mves });
    expect(messageOf(() => new HaLink(stack, "ha2-again", { role: "ha2", mves }))).toBe(
      'network/ha2-again: role = "ha2": MVE network/mve-0 already has the ha2 link network/ha2. Allowed: exactly one HA link per HA role between the two MVEs of a pair. Fix: remove the second ha2 link.',
    );
  });

  test("the HA3 link needs an explicit rate limit", () => {
    const stack = newStack();
    const mves = mvePair(stack);
    expect(messageOf(() => new HaLink(stack, "ha3", { role: "ha3", mves }))).toMatch(
      /^network\/ha3: rateLimitMbps = undefined: is required for the HA3 link.*Fix: set rateLimitMbps for ha3, e.g. 10000\.$/,
    );
  });

  test("diversity zone is red or blue", () => {
    const stack = newStack();
    expect(messageOf(() => new PaloAltoMve(stack, "mve", mveProps(stack, { diversityZone: "green" as never })))).toBe(
      'network/mve: diversityZone = "green": is not one of the allowed values. Allowed: "red", "blue". Fix: use "red" or "blue", or leave it unset to let Megaport choose.',
    );
  });

  test("the SSH key is an OpenSSH RSA 2048-bit public key", () => {
    const stack = newStack();
    const make = (key: string, id: string) => () => new PaloAltoMve(stack, id, mveProps(stack, { sshPublicKey: key }));
    expect(messageOf(make("not a key", "a"))).toBe(
      'network/a: sshPublicKey = "not a key": is not an OpenSSH public key line. Allowed: one OpenSSH line: ssh-rsa <base64> [comment], 2048-bit. Fix: generate one with `ssh-keygen -t rsa -b 2048` and pass the .pub line.',
    );
    expect(messageOf(make(sshEd25519Key(), "b"))).toMatch(/is a ssh-ed25519 key; Megaport accepts only RSA/);
    expect(messageOf(make(sshRsaKey(1024), "c"))).toMatch(/is a 1024-bit RSA key/);
    expect(() => make(sshRsaKey(2048), "d")()).not.toThrow();
  });

  test("a literal admin password hash is sha256-crypt, and the message does not echo it", () => {
    const stack = newStack();
    const message = messageOf(
      () => new PaloAltoMve(stack, "mve", mveProps(stack, { adminPasswordHash: "$1$abc$plainmd5" })),
    );
    expect(message).toBe(
      'network/mve: adminPasswordHash = "(hidden: a secret)": is not a sha256-crypt hash. Allowed: $5$<salt>$<43-character hash>, as printed by `mkpasswd -m sha-256`. Fix: generate the hash with `mkpasswd -m sha-256` and pass it as a sensitive TerraformVariable.',
    );
    expect(message).not.toContain("plainmd5");
  });

  test("size is one the provider accepts", () => {
    const stack = newStack();
    expect(messageOf(() => new PaloAltoMve(stack, "mve", mveProps(stack, { size: "HUGE" as never })))).toMatch(
      /^network\/mve: size = "HUGE": is not one of the allowed values\. Allowed: "SMALL", "MEDIUM", "LARGE", "X_LARGE_16", "X_LARGE_32"\./,
    );
  });

  test("location and image each name exactly one selector", () => {
    const stack = newStack();
    const message = messageOf(
      () =>
        new PaloAltoMve(
          stack,
          "mve",
          mveProps(stack, { location: {} as never, image: { id: 1, version: "x" } as never }),
        ),
    );
    expect(message).toMatch(/^2 problems:/);
    expect(message).toContain("network/mve: location = {}: must name exactly one of id or name.");
    expect(message).toContain('network/mve: image = {"id":1,"version":"x"}: must name exactly one of id or version.');
  });

  test("an ExpressRoute port is used by one MVE only", () => {
    const stack = newStack();
    const [a, b] = mvePair(stack);
    const azure = new AzureExpressRouteConnection({
      name: "azure",
      vlan: 200,
      rateLimitMbps: 1000,
      serviceKey: secret(stack, "k"),
    });
    azure.attach(stack, "azure-0", { mve: a, port: "primary" });
    expect(messageOf(() => azure.attach(stack, "azure-1", { mve: b, port: "primary" }))).toBe(
      'network/azure-1: port = "primary": the primary ExpressRoute port is already used by network/azure-0. Allowed: primary on one MVE, secondary on the other. Fix: attach this MVE to the secondary port.',
    );
  });

  test("ExpressRoute peering subnets are /30 networks", () => {
    const stack = newStack();
    const [a] = mvePair(stack);
    const azure = new AzureExpressRouteConnection({
      name: "azure",
      vlan: 200,
      rateLimitMbps: 1000,
      serviceKey: secret(stack, "k"),
      privatePeering: { peerAsn: 65010, primarySubnet: "192.168.200.1/30", secondarySubnet: "192.168.200.8/29" },
    });
    const message = messageOf(() => azure.attach(stack, "azure-0", { mve: a, port: "primary" }));
    expect(message).toContain(
      'privatePeering.primarySubnet = "192.168.200.1/30": is not the network address of its subnet',
    );
    expect(message).toContain('privatePeering.secondarySubnet = "192.168.200.8/29": is a /29');
  });

  test("an AWS owner account is 12 digits", () => {
    const stack = newStack();
    const [mve] = mvePair(stack);
    const aws = new AwsConnection({
      name: "aws",
      vlan: 100,
      rateLimitMbps: 1000,
      type: "hosted-connection",
      region: "r",
      ownerAccount: "12345",
    });
    expect(messageOf(() => aws.attach(stack, "aws", { mve, partnerPort: { locationId: 3 } }))).toBe(
      'network/aws: ownerAccount = "12345": is not an AWS account id. Allowed: 12 digits. Fix: give the id of the AWS account that accepts the connection.',
    );
  });
});
