/**
 * The props fuzzer's inputs: the guide example's props as a plain draft, and per field a pool of
 * values to mutate it with (wrong types, omitted, null, NaN, ±Infinity, negative, 0, huge,
 * boundaries, empty, duplicates, raw `${…}`, markup, NUL, 1 MB strings, valid alternatives).
 */
import { variable } from "../../lib/pattern";
import { sshRsaKey } from "../helpers/ssh-keys";

/** A deterministic random source (mulberry32). */
export type Random = () => number;

export function random(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Random, values: readonly T[]): T {
  return values[Math.floor(rng() * values.length)];
}

/** A literal admin password hash of the right shape (sha256-crypt). */
export const VALID_HASH = `$5$saltsalt$${"a".repeat(43)}`;

/** The props of a pair as plain data; connections stay plain props until the case builds them. */
export type Draft = Record<string, unknown>;

/** Which builder a connection's props go to. */
export const CONNECTION_KIND = new WeakMap<object, "aws" | "azure">();

/** The guide example's props (test/pattern/fixtures.ts and examples/guide-example.ts), fresh. */
export function baseDraft(): Draft {
  const awsProps = {
    name: "aws",
    vlan: 100,
    rateLimitMbps: 1000,
    type: "hosted-vif",
    region: "Asia Pacific (Sydney) (ap-southeast-2)",
    ownerAccount: variable("aws_account_id", { sensitive: false }),
    vif: { asn: 65010, amazonAsn: 64512 },
    firewalls: [
      {
        partnerPort: { locationId: 3, diversityZone: "red" },
        addressing: { customerAddress: "169.254.100.1/30", amazonAddress: "169.254.100.2/30" },
      },
      {
        partnerPort: { locationId: 4, diversityZone: "blue" },
        addressing: { customerAddress: "169.254.100.5/30", amazonAddress: "169.254.100.6/30" },
      },
    ],
  };
  const azureProps = {
    name: "azure",
    vlan: 200,
    rateLimitMbps: 1000,
    serviceKey: variable("azure_service_key"),
    privatePeering: { peerAsn: 65010, primarySubnet: "192.168.200.0/30", secondarySubnet: "192.168.200.4/30" },
  };
  CONNECTION_KIND.set(awsProps, "aws");
  CONNECTION_KIND.set(azureProps, "azure");
  return {
    sites: [{ location: { id: 3 } }, { location: { id: 4 } }],
    size: "MEDIUM",
    image: { version: "10.2.9-h1" },
    sshPublicKey: variable("ssh_public_key", { sensitive: false }),
    adminPasswordHash: variable("admin_password_hash"),
    haLinks: { ha3RateLimitMbps: 10000 },
    management: { dnsServers: ["1.1.1.1", "8.8.8.8"], api: { insecureSkipVerify: true } },
    bgp: { localAsn: 65010 },
    cloudConnections: [awsProps, azureProps],
  };
}

const MB = "x".repeat(1 << 20);

/** Values every field is tried with: wrong types and hostile strings. */
export const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  1e15,
  "",
  "   ",
  "x",
  "42",
  "false",
  "${var.x}",
  "1.1.1.1</primary><evil>pwn</evil>",
  "a\u0000b",
  MB,
  [],
  {},
  true,
  false,
  42,
];

/** What a field holds, which picks its extra values. */
export type FieldKind =
  | { readonly kind: "int"; readonly min: number; readonly max: number; readonly alternatives?: readonly number[] }
  | { readonly kind: "bool" }
  | { readonly kind: "enum"; readonly values: readonly (string | number)[] }
  | { readonly kind: "values"; readonly values: readonly unknown[] };

/** One mutable field: its path in the draft and what to try. */
export interface FuzzField {
  readonly path: string;
  readonly kind: FieldKind;
}

const int = (min: number, max: number, alternatives: readonly number[] = []): FieldKind => ({
  kind: "int",
  min,
  max,
  alternatives,
});
const bool: FieldKind = { kind: "bool" };
const oneOf = (...values: (string | number)[]): FieldKind => ({ kind: "enum", values });
const values = (...list: unknown[]): FieldKind => ({ kind: "values", values: list });

const CONDITION = oneOf("any", "all");
const NAME_VALUES = values("vr-1", "data plane", "a".repeat(31), "a".repeat(32), "-x", "x<y", "x/y");

/** The fields the fuzzer mutates (paths as the user writes them). */
export const FIELDS: readonly FuzzField[] = [
  { path: "sites", kind: values([], [{ location: { id: 3 } }]) },
  { path: "sites[0].location", kind: values({ id: 5 }, { name: "Equinix SY1" }, { id: 3, name: "x" }) },
  { path: "sites[1].location.id", kind: int(1, Number.MAX_SAFE_INTEGER, [3, 77]) },
  { path: "sites[0].diversityZone", kind: oneOf("red", "blue", "green") },
  { path: "sites[1].productName", kind: values("syd-fw-1", "a".repeat(100), "a".repeat(101)) },
  { path: "sites[0].licenseData", kind: values(variable("license_data_0"), "license-literal") },
  { path: "size", kind: oneOf("SMALL", "MEDIUM", "LARGE", "X_LARGE_16", "X_LARGE_32", "medium", "HUGE") },
  { path: "image", kind: values({ id: 42 }, { id: 42, version: "10.2.9-h1" }) },
  { path: "image.version", kind: values("11.1.4-h7", "10.1.0", "11.2.3", "abc", "10.2", "10.2.9-h", "v10.2.9") },
  { path: "sshPublicKey", kind: values(sshRsaKey(), "ssh-rsa AAAA", variable("key", { sensitive: false })) },
  { path: "adminPasswordHash", kind: values(VALID_HASH, "$5$x", "$5$${var.x}") },
  { path: "haLinks", kind: values({ ha1RateLimitMbps: 1000 }) },
  { path: "haLinks.ha3RateLimitMbps", kind: int(1, 100_000, [5000, 100_000]) },
  { path: "haLinks.ha1RateLimitMbps", kind: int(1, 100_000, [500]) },
  { path: "ha", kind: values({}) },
  { path: "ha.groupId", kind: int(1, 63, [7]) },
  { path: "ha.description", kind: values("Sydney pair", "a".repeat(255), "a".repeat(256), "line\nbreak") },
  { path: "ha.election.devicePriority", kind: int(0, 255, [50]) },
  { path: "ha.election.preemptive", kind: bool },
  { path: "ha.election.heartbeatBackup", kind: bool },
  { path: "ha.election.timers", kind: oneOf("recommended", "aggressive", "fast") },
  { path: "ha.sessionOwnerSelection", kind: oneOf("first-packet", "primary-device", "owner") },
  { path: "ha.sessionSetup", kind: oneOf("ip-modulo", "ip-hash", "primary-device", "first-packet", "modulo") },
  { path: "ha.tentativeHoldTimeSeconds", kind: int(10, 600, [120]) },
  { path: "ha.configurationSync", kind: bool },
  { path: "ha.stateSync", kind: bool },
  { path: "ha.pathMonitoring.enabled", kind: bool },
  { path: "ha.pathMonitoring.failureCondition", kind: CONDITION },
  { path: "ha.pathMonitoring.pingIntervalMs", kind: int(200, 60000, [1000]) },
  { path: "ha.pathMonitoring.pingCount", kind: int(3, 10, [5]) },
  {
    path: "ha.linkMonitoring",
    kind: values(
      { groups: [{ name: "data", interfaces: ["ethernet1/1"] }] },
      { failureCondition: "all", groups: [{ name: "ha", interfaces: ["ethernet1/3", "ethernet1/4"] }] },
      { groups: [] },
      { groups: "x" },
      {
        groups: [
          { name: "g", interfaces: ["ethernet1/1"] },
          { name: "g", interfaces: ["ethernet1/2"] },
        ],
      },
      { groups: [{ name: "g", interfaces: ["eth1"] }] },
      { groups: [{ name: "g", interfaces: [] }] },
    ),
  },
  { path: "ha.ha2Transport", kind: oneOf("ethernet", "ip", "udp", "tcp") },
  {
    path: "ha.ha2Addresses",
    kind: values(
      ["10.255.3.1/30", "10.255.3.2/30"],
      ["10.255.2.1/30"],
      ["10.255.2.1/30", "10.255.2.1/30"],
      ["10.255.2.1/30", "10.255.3.2/30"],
      ["10.255.1.1/30", "10.255.1.2/30"],
      ["10.255.2.0/30", "10.255.2.2/30"],
    ),
  },
  {
    path: "ha.ha1BackupAddresses",
    kind: values(false, ["10.255.4.1/30", "10.255.4.2/30"], ["10.255.1.1/30"], ["10.255.2.1/30", "10.255.2.2/30"]),
  },
  { path: "management", kind: values({ dnsServers: ["9.9.9.9"] }) },
  {
    path: "management.dnsServers",
    kind: values(
      ["9.9.9.9"],
      ["1.1.1.1", "1.1.1.1"],
      ["1.1.1.1", "8.8.8.8", "9.9.9.9"],
      ["1.1.1"],
      ["1.1.1.1", "256.1.1.1"],
      [variable("dns", { sensitive: false })],
    ),
  },
  { path: "management.internetRateLimitMbps", kind: int(1, 100_000, [200]) },
  { path: "management.api.port", kind: int(1, 65535, [8443]) },
  { path: "management.api.protocol", kind: oneOf("https", "http", "ftp") },
  { path: "management.api.caFile", kind: values("/etc/ssl/ca.pem") },
  { path: "management.api.insecureSkipVerify", kind: bool },
  { path: "management.api.timeouts.commitSeconds", kind: int(1, 86400, [1800]) },
  { path: "management.jumboFrameMtu", kind: int(1501, 9100, [9000]) },
  { path: "management.hypervisorAssignedMacAddresses", kind: bool },
  { path: "bgp", kind: values({ localAsn: 65010, routerIds: ["10.0.0.1", "10.0.0.2"] }) },
  { path: "bgp.localAsn", kind: int(1, 4294967295, [65011, 4294967295]) },
  {
    path: "bgp.routerIds",
    kind: values(["10.0.0.1", "10.0.0.2"], ["10.0.0.1"], ["10.0.0.1", "10.0.0.1"], ["10.0.0.1", "10.0.0.256"]),
  },
  { path: "bgp.bfd.minTxIntervalMs", kind: int(200, 2000, [500]) },
  { path: "bgp.bfd.detectionMultiplier", kind: int(2, 50, [5]) },
  { path: "bgp.ecmp.enabled", kind: bool },
  { path: "bgp.ecmp.maxPaths", kind: int(2, 4, [3]) },
  { path: "names.virtualRouter", kind: NAME_VALUES },
  { path: "names.zone", kind: NAME_VALUES },
  { path: "securityRule.enabled", kind: bool },
  { path: "securityRule.name", kind: values("allow", "a".repeat(63), "a".repeat(64), "x;y") },
  { path: "megaport.environment", kind: oneOf("production", "staging", "development", "prodution") },
  { path: "megaport.waitTimeMinutes", kind: int(1, 1440, [60]) },
  { path: "contractTermMonths", kind: oneOf(1, 12, 24, 36, 48, 60, 6) },
  { path: "preventDestroy", kind: bool },
  { path: "resourceTags", kind: values({ team: "net" }, { team: 42 }, { "": "x" }) },
  { path: "stackPrefix", kind: values("syd-", "a".repeat(64), "a".repeat(65), "syd prod", "../x", "a".repeat(300)) },
  { path: "cli", kind: values("npx mve-ha", "/opt/mve-ha/bin/mve-ha", "mve-ha; rm -rf /", "mve-ha $(id)") },
  { path: "cloudConnections", kind: values([]) },
  { path: "cloudConnections[0].name", kind: values("aws-2", "azure", "aws cloud", "a".repeat(32)) },
  { path: "cloudConnections[0].vlan", kind: int(2, 4093, [300, 4093, 200]) },
  { path: "cloudConnections[0].rateLimitMbps", kind: int(1, 100_000, [500]) },
  { path: "cloudConnections[0].type", kind: oneOf("hosted-vif", "hosted-connection", "vif") },
  { path: "cloudConnections[0].region", kind: values("US East (N. Virginia) (us-east-1)") },
  { path: "cloudConnections[0].ownerAccount", kind: values("123456789012", "12345", variable("acct")) },
  { path: "cloudConnections[0].vif.asn", kind: int(1, 4294967295, [65010, 65011]) },
  { path: "cloudConnections[0].vif.amazonAsn", kind: int(1, 4294967295, [7224, 65010]) },
  { path: "cloudConnections[0].vif.type", kind: oneOf("private", "public", "transit", "hosted") },
  { path: "cloudConnections[0].firewalls", kind: values([]) },
  { path: "cloudConnections[0].firewalls[1].partnerPort.locationId", kind: int(1, Number.MAX_SAFE_INTEGER, [9]) },
  { path: "cloudConnections[0].firewalls[0].partnerPort.diversityZone", kind: oneOf("red", "blue", "green") },
  { path: "cloudConnections[1].name", kind: values("er", "aws") },
  { path: "cloudConnections[1].vlan", kind: int(2, 4093, [2, 100]) },
  { path: "cloudConnections[1].serviceKey", kind: values("a-literal-key", variable("key2")) },
  { path: "cloudConnections[1].privatePeering.peerAsn", kind: int(1, 4294967295, [65010, 12076]) },
  { path: "cloudConnections[1].privatePeering.vlan", kind: int(2, 4093, [300]) },
  {
    path: "cloudConnections[1].privatePeering.primarySubnet",
    kind: values("192.168.201.0/30", "192.168.200.1/30", "192.168.200.0/29", "192.168.200.4/30"),
  },
];
