/**
 * The props fuzzer's oracle: which drafts are invalid, and which props make them so. Written from
 * the props' documentation, independently of lib/ (no shape or rule of the library is used), so
 * that the fuzzer compares two readings of the same contract.
 */
import { Token } from "cdktf";
import { StackVariable } from "../../lib/pattern/variables";
import { sshRsaKey } from "../helpers/ssh-keys";
import type { Draft } from "./fields";

/** Why a draft is invalid: the props any of which a ValidationError may name. */
export interface Reason {
  readonly paths: readonly string[];
  readonly why: string;
}

type Check = (value: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const int =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const bool: Check = (v) => typeof v === "boolean";
const among =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
// eslint-disable-next-line no-control-regex -- control characters are what the oracle refuses
const hostile = (s: string) => /[\u0000-\u001f\u007f]/.test(s) || s.includes("${") || s.includes("%{");
const str =
  (max: number, pattern?: RegExp, min = 1): Check =>
  (v) =>
    typeof v === "string" && !hostile(v) && v.trim().length >= min && v.length <= max && (!pattern || pattern.test(v));
const variableOr =
  (check: Check): Check =>
  (v) =>
    v instanceof StackVariable || Token.isUnresolved(v) || check(v);

function ipv4(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/.exec(v);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets.reduce((a, o) => a * 256 + o, 0) : undefined;
}

interface Subnet {
  readonly address: number;
  readonly network: number;
  readonly size: number;
}

function cidr(v: unknown): Subnet | undefined {
  if (typeof v !== "string") return undefined;
  const [ip, bits, extra] = v.split("/");
  const address = ipv4(ip);
  if (address === undefined || extra !== undefined || !/^\d{1,2}$/.test(bits ?? "") || Number(bits) > 32)
    return undefined;
  const size = 2 ** (32 - Number(bits));
  return { address, network: Math.floor(address / size) * size, size };
}

/** A host address with prefix (not the network or broadcast address below /31). */
const hostIface: Check = (v) => {
  const s = cidr(v);
  return s !== undefined && (s.size <= 2 || (s.address !== s.network && s.address !== s.network + s.size - 1));
};
const ip: Check = (v) => ipv4(v) !== undefined;
const ifacePair: Check = (v) => {
  if (!Array.isArray(v) || v.length !== 2 || !v.every(hostIface)) return false;
  const [a, b] = v.map((x) => cidr(x) as Subnet);
  return a.network === b.network && a.size === b.size && a.address !== b.address;
};
const PANOS_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;
const CONNECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The value at a path, and whether every container above it is an object or list. */
function at(draft: Draft, path: string): { reachable: boolean; value: unknown } {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let value: unknown = draft;
  for (const key of keys) {
    if (typeof value !== "object" || value === null) return { reachable: false, value: undefined };
    value = (value as Record<string, unknown>)[key];
  }
  return { reachable: true, value };
}

type FieldRule = readonly [path: string, required: boolean, check: Check];

const T = true;
const F = false;

/** Every field's own rule; a field under a container of the wrong type is the container's problem. */
function fieldRules(draft: Draft): FieldRule[] {
  const rules: FieldRule[] = [
    ["sites", T, (v) => Array.isArray(v) && v.length === 2],
    ["size", T, among("SMALL", "MEDIUM", "LARGE", "X_LARGE_16", "X_LARGE_32")],
    ["image", T, (v) => isObject(v) && (v.id === undefined) !== (v.version === undefined)],
    ["image.id", F, int(1, Number.MAX_SAFE_INTEGER)],
    ["image.version", F, str(20, /^\d{1,2}\.\d{1,2}\.\d{1,3}(-h\d{1,3})?$/)],
    ["sshPublicKey", T, variableOr((v) => v === sshRsaKey())],
    [
      "adminPasswordHash",
      T,
      variableOr((v) => typeof v === "string" && /^\$5\$[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{43}$/.test(v)),
    ],
    ["haLinks", T, isObject],
    ["haLinks.ha3RateLimitMbps", T, int(1, 100_000)],
    ["haLinks.ha1RateLimitMbps", F, int(1, 100_000)],
    ["ha", F, isObject],
    ["ha.groupId", F, int(1, 63)],
    ["ha.description", F, str(255)],
    ["ha.election", F, isObject],
    ["ha.election.devicePriority", F, int(0, 255)],
    ["ha.election.preemptive", F, bool],
    ["ha.election.heartbeatBackup", F, bool],
    ["ha.election.timers", F, among("recommended", "aggressive")],
    ["ha.sessionOwnerSelection", F, among("first-packet", "primary-device")],
    ["ha.sessionSetup", F, among("ip-modulo", "ip-hash", "primary-device", "first-packet")],
    ["ha.tentativeHoldTimeSeconds", F, int(10, 600)],
    ["ha.configurationSync", F, bool],
    ["ha.stateSync", F, bool],
    ["ha.pathMonitoring", F, isObject],
    ["ha.pathMonitoring.enabled", F, bool],
    ["ha.pathMonitoring.failureCondition", F, among("any", "all")],
    ["ha.pathMonitoring.pingIntervalMs", F, int(200, 60000)],
    ["ha.pathMonitoring.pingCount", F, int(3, 10)],
    ["ha.linkMonitoring", F, linkMonitoring],
    ["ha.ha2Transport", F, among("ethernet", "ip", "udp")],
    ["ha.ha2Addresses", F, ifacePair],
    ["ha.ha1BackupAddresses", F, (v) => v === false || ifacePair(v)],
    ["management", T, isObject],
    [
      "management.dnsServers",
      T,
      (v) =>
        Array.isArray(v) && v.length >= 1 && v.length <= 2 && v.every(variableOr(ip)) && new Set(v).size === v.length,
    ],
    ["management.internetRateLimitMbps", F, int(1, 100_000)],
    ["management.api", F, isObject],
    ["management.api.port", F, int(1, 65535)],
    ["management.api.protocol", F, among("https", "http")],
    ["management.api.caFile", F, str(4096)],
    ["management.api.insecureSkipVerify", F, bool],
    ["management.api.timeouts", F, isObject],
    ["management.api.timeouts.commitSeconds", F, int(1, 86400)],
    ["management.jumboFrameMtu", F, int(1501, 9100)],
    ["management.hypervisorAssignedMacAddresses", F, bool],
    ["bgp", T, isObject],
    ["bgp.localAsn", T, int(1, 4294967295)],
    ["bgp.routerIds", F, (v) => Array.isArray(v) && v.length === 2 && v.every(ip) && v[0] !== v[1]],
    ["bgp.bfd", F, isObject],
    ["bgp.bfd.minTxIntervalMs", F, int(200, 2000)],
    ["bgp.bfd.detectionMultiplier", F, int(2, 50)],
    ["bgp.ecmp", F, isObject],
    ["bgp.ecmp.enabled", F, bool],
    ["bgp.ecmp.maxPaths", F, int(2, 4)],
    ["names", F, isObject],
    ["names.virtualRouter", F, str(31, PANOS_NAME)],
    ["names.zone", F, str(31, PANOS_NAME)],
    ["securityRule", F, isObject],
    ["securityRule.enabled", F, bool],
    ["securityRule.name", F, str(63, PANOS_NAME)],
    ["megaport", F, isObject],
    ["megaport.environment", F, among("production", "staging", "development")],
    ["megaport.waitTimeMinutes", F, int(1, 1440)],
    ["contractTermMonths", F, among(1, 12, 24, 36, 48, 60)],
    ["preventDestroy", F, bool],
    [
      "resourceTags",
      F,
      (v) => isObject(v) && Object.entries(v).every(([k, x]) => str(128)(k) && str(256, undefined, 0)(x)),
    ],
    ["stackPrefix", F, str(64, /^[A-Za-z0-9_-]*$/, 0)],
    ["cli", F, str(256, /^[A-Za-z0-9 _./:@=+-]+$/)],
    ["cloudConnections", T, (v) => Array.isArray(v) && v.length >= 1],
  ];
  const sites = at(draft, "sites").value;
  if (Array.isArray(sites)) {
    sites.forEach((_, i) => {
      const p = `sites[${i}]`;
      rules.push(
        [p, T, isObject],
        [`${p}.location`, T, (v) => isObject(v) && (v.id === undefined) !== (v.name === undefined)],
        [`${p}.location.id`, F, int(1, Number.MAX_SAFE_INTEGER)],
        [`${p}.location.name`, F, str(200)],
        [`${p}.diversityZone`, F, among("red", "blue")],
        [`${p}.productName`, F, str(100)],
        [`${p}.licenseData`, F, variableOr(str(16384))],
      );
    });
  }
  const connections = at(draft, "cloudConnections").value;
  if (Array.isArray(connections))
    connections.forEach((c, k) => rules.push(...connectionRules(c, `cloudConnections[${k}]`)));
  return rules;
}

function linkMonitoring(v: unknown): boolean {
  if (!isObject(v) || !(v.failureCondition === undefined || among("any", "all")(v.failureCondition))) return false;
  const groups = v.groups;
  if (!Array.isArray(groups) || groups.length < 1 || groups.length > 16) return false;
  const iface = str(20, /^ethernet1\/([1-9]|[1-9]\d)(\.([1-9]\d{0,3}))?$/);
  const ok = groups.every(
    (g) =>
      isObject(g) &&
      str(31, PANOS_NAME)(g.name) &&
      Array.isArray(g.interfaces) &&
      g.interfaces.length >= 1 &&
      g.interfaces.every(iface) &&
      new Set(g.interfaces).size === g.interfaces.length,
  );
  return ok && new Set(groups.map((g) => (g as { name: unknown }).name)).size === groups.length;
}

/** A partner port by location or by product UID, not both. */
const onePort: Check = (v) => isObject(v) && (v.locationId === undefined) !== (v.productUid === undefined);

function connectionRules(c: unknown, p: string): FieldRule[] {
  const kind = isObject(c) ? (c.region !== undefined || c.type !== undefined ? "aws" : "azure") : undefined;
  const common: FieldRule[] = [
    [p, T, isObject],
    [`${p}.name`, T, str(31, CONNECTION_NAME)],
    [`${p}.vlan`, T, int(2, 4093)],
    [`${p}.rateLimitMbps`, T, int(1, 100_000)],
  ];
  if (kind === "aws") {
    const isVif = (c as Record<string, unknown>).type === "hosted-vif";
    return [
      ...common,
      [`${p}.type`, T, among("hosted-vif", "hosted-connection")],
      [`${p}.region`, T, str(200)],
      [`${p}.ownerAccount`, T, variableOr((v) => typeof v === "string" && /^\d{12}$/.test(v))],
      [`${p}.vif`, isVif, isObject],
      [`${p}.vif.asn`, T, int(1, 4294967295)],
      [`${p}.vif.amazonAsn`, T, int(1, 4294967295)],
      [`${p}.vif.type`, F, among("private", "public", "transit")],
      // Array.from: a sparse list's holes are missing firewalls, which `every` alone would skip.
      [`${p}.firewalls`, T, (v) => Array.isArray(v) && v.length === 2 && Array.from(v).every(isObject)],
      ...[0, 1].map((i): FieldRule => [`${p}.firewalls[${i}].partnerPort`, T, onePort]),
      [`${p}.firewalls[0].partnerPort.diversityZone`, F, among("red", "blue")],
      [`${p}.firewalls[1].partnerPort.locationId`, F, int(1, Number.MAX_SAFE_INTEGER)],
    ];
  }
  const subnet30: Check = (v) => {
    const s = cidr(v);
    return s !== undefined && s.size === 4 && s.address === s.network;
  };
  return [
    ...common,
    [`${p}.serviceKey`, T, variableOr(str(16384))],
    [`${p}.privatePeering`, F, isObject],
    [`${p}.privatePeering.peerAsn`, T, int(1, 4294967295)],
    [`${p}.privatePeering.primarySubnet`, T, subnet30],
    [`${p}.privatePeering.secondarySubnet`, T, subnet30],
    [`${p}.privatePeering.vlan`, F, int(2, 4093)],
  ];
}

/** Rules across fields (the semantic rules' contract), each naming every prop involved. */
function crossRules(d: Draft): Reason[] {
  const reasons: Reason[] = [];
  const fail = (why: string, ...paths: string[]) => reasons.push({ why, paths });
  const v = (path: string) => at(d, path).value;
  const ids = [
    v("sites[0].location.id") ?? v("sites[0].location.name"),
    v("sites[1].location.id") ?? v("sites[1].location.name"),
  ];
  if (ids[0] !== undefined && ids[0] === ids[1]) fail("both firewalls in one data centre", "sites");
  if (v("management.api.caFile") !== undefined && v("management.api.insecureSkipVerify") === true) {
    fail("caFile and insecureSkipVerify", "management.api");
  }
  const connections = (v("cloudConnections") as Record<string, unknown>[]) ?? [];
  const localAsn = v("bgp.localAsn");
  connections.forEach((c, k) => {
    const p = `cloudConnections[${k}]`;
    const same = (field: string, what: string) =>
      connections.findIndex((o) => o[field] === c[field]) !== k && fail(`duplicate ${what}`, `${p}.${field}`);
    same("name", "connection name");
    same("vlan", "VLAN");
    if (c.type === "hosted-vif") {
      if (v(`${p}.vif.asn`) !== localAsn) fail("VIF ordered with another ASN", `${p}.vif.asn`, "bgp.localAsn");
      if (v(`${p}.vif.amazonAsn`) === localAsn) fail("iBGP to Amazon", `${p}.vif.amazonAsn`, "bgp.localAsn", p);
    }
    if (c.type === "hosted-connection") fail("a hosted connection without BGP addressing", p);
    if (c.serviceKey !== undefined && isObject(c.privatePeering)) {
      if (c.privatePeering.peerAsn !== localAsn)
        fail("peering ordered with another ASN", `${p}.privatePeering.peerAsn`, "bgp.localAsn");
      if (localAsn === 12076) fail("iBGP to Microsoft", "bgp.localAsn", p);
      if (c.privatePeering.primarySubnet === c.privatePeering.secondarySubnet) fail("one /30 for both firewalls", p);
    }
    if (c.serviceKey !== undefined && c.privatePeering === undefined) fail("Azure without BGP addressing", p);
  });
  // Per firewall, no two interfaces share a subnet.
  const ha2 = v("ha.ha2Addresses") ?? ["10.255.2.1/30", "10.255.2.2/30"];
  const ha1b = v("ha.ha1BackupAddresses") ?? ["10.255.1.1/30", "10.255.1.2/30"];
  for (const i of [0, 1]) {
    const own: Array<[string, unknown]> = [
      ["ha.ha2Addresses", (ha2 as unknown[])[i]],
      ["ha.ha1BackupAddresses", ha1b === false ? undefined : (ha1b as unknown[])[i]],
      ...connections.map((c, k): [string, unknown] =>
        c.type !== undefined
          ? [`cloudConnections[${k}]`, v(`cloudConnections[${k}].firewalls[${i}].addressing.customerAddress`)]
          : [`cloudConnections[${k}]`, at(c, `privatePeering.${i === 0 ? "primary" : "secondary"}Subnet`).value],
      ),
    ];
    const subnets = own.map(([path, value]) => [path, cidr(value)] as const).filter(([, s]) => s !== undefined);
    subnets.forEach(([path, s], j) => {
      const clash = subnets
        .slice(0, j)
        .find(([, t]) => t!.network < s!.network + s!.size && s!.network < t!.network + t!.size);
      if (clash) fail("overlapping subnets on one firewall", path, clash[0]);
    });
  }
  return reasons;
}

/** Everything invalid about a draft; empty when the pair must build. */
export function invalidReasons(draft: unknown): Reason[] {
  if (!isObject(draft)) return [{ why: "props are not an object", paths: ["props"] }];
  const reasons: Reason[] = [];
  for (const [path, required, check] of fieldRules(draft)) {
    const { reachable, value } = at(draft, path);
    if (!reachable) continue;
    if (value === undefined) {
      if (required) reasons.push({ why: "required", paths: [path] });
    } else if (!check(value)) {
      reasons.push({ why: "invalid", paths: [path] });
    }
  }
  // The library may report a cross-field problem before a field's own (e.g. an ASN mismatch before
  // the jumbo-frame MTU, which the device preparation checks later), so both are blamed. With bad
  // fields the cross rules may meet values of any type; a rule that cannot read them blames nothing.
  let cross: Reason[] = [];
  try {
    cross = crossRules(draft);
  } catch {
    cross = [];
  }
  return reasons.length > 0 ? [...reasons, ...cross] : cross;
}
