/** Synth-time rules that need the whole pair's props. */
import type { RuleIssue } from "../core/validation-error";
import { ipv4Address, ipv4Interface } from "../core/rules";
import { isUnresolved } from "../core/tokens";
import { bgpIndexOf, type PairConnection } from "./connections";
import type { PaloAltoHaPairProps } from "./props";

/** At least one data-plane connection, with distinct names and VLANs. */
export function connectionsAreDistinct(props: PaloAltoHaPairProps): RuleIssue[] {
  const connections = props.cloudConnections;
  const issues: RuleIssue[] = [];
  if (connections.length === 0) {
    issues.push({
      prop: "cloudConnections",
      value: [],
      problem: "is empty; the pair has nothing to route between",
      allowed: "one or more connections built with aws(), azure() or partnerPort()",
      fix: "add the connections the firewalls route between (the guide uses AWS on VLAN 100 and Azure on VLAN 200)",
    });
  }
  connections.forEach((c, i) => {
    const first = connections.findIndex((o) => o.name === c.name);
    if (first !== i) {
      issues.push({
        prop: `cloudConnections[${i}].name`,
        value: c.name,
        problem: `is also the name of cloudConnections[${first}]`,
        allowed: "a distinct name per connection (it names the BGP peer group, subinterface and VXCs)",
        fix: "rename one of them",
      });
    }
    const sameVlan = connections.findIndex((o) => o.vlan === c.vlan);
    if (sameVlan !== i) {
      issues.push({
        prop: `cloudConnections[${i}].vlan`,
        value: c.vlan,
        problem: `is also the VLAN of cloudConnections[${sameVlan}] (${connections[sameVlan].name})`,
        allowed: "a distinct VLAN per connection, the same on both firewalls",
        fix: "give each connection its own VLAN",
      });
    }
  });
  return issues;
}

/**
 * At most one internet breakout: each firewall has one default route, so a second breakout would
 * be a second default route on the same firewall.
 */
export function oneInternetBreakout(props: PaloAltoHaPairProps): RuleIssue[] {
  const breakouts = props.cloudConnections.flatMap((c, k) => (c.internet ? [k] : []));
  return breakouts.slice(1).map((k) => ({
    prop: `cloudConnections[${k}]`,
    value: props.cloudConnections[k].name,
    problem: `is a second internet breakout (cloudConnections[${breakouts[0]}] is one); each firewall takes one default route`,
    allowed: "one internetBreakout() per pair",
    fix: "remove one of them, or raise the first one's rateLimitMbps",
  }));
}

/** The firewall ASN a cloud connection was ordered with must be the pair's BGP ASN. */
export function connectionAsnsMatch(props: PaloAltoHaPairProps): RuleIssue[] {
  return props.cloudConnections.flatMap((connection, i) => {
    const ordered = connection.orderedAsn;
    if (ordered === undefined || ordered.asn === props.bgp.localAsn) return [];
    return [
      {
        prop: `cloudConnections[${i}].${ordered.prop}`,
        value: ordered.asn,
        problem: `differs from bgp.localAsn (${props.bgp.localAsn}), so the ${connection.name} BGP sessions would not come up`,
        allowed: `${props.bgp.localAsn}, the firewalls' ASN`,
        fix: "order the connection with the firewalls' ASN, or change bgp.localAsn",
      },
    ];
  });
}

/** The two firewalls go to two data centres ("another data center in the same metro"). */
export function sitesDiffer(props: PaloAltoHaPairProps): RuleIssue | undefined {
  const [a, b] = props.sites.map((s) => s.location.id ?? s.location.name);
  if (a === undefined || a !== b) return undefined;
  return {
    prop: "sites[1].location",
    value: props.sites[1].location,
    problem: "is the same data centre as sites[0]; one facility failure would take both firewalls down",
    allowed: "another data centre in the same metro",
    fix: "place the second firewall in another location of the metro",
  };
}

/** Given management addresses must differ: each is the other firewall's HA1 peer. */
export function managementAddressesDiffer(props: PaloAltoHaPairProps): RuleIssue | undefined {
  const [a, b] = props.sites.map((s) => s.managementAddress?.ip);
  if (a === undefined || a !== b || isUnresolved(a)) return undefined;
  return {
    prop: "sites[1].managementAddress.ip",
    value: b,
    problem: `is also the management address of firewall 0 (${a}); each firewall is the other's HA1 peer`,
    allowed: "two different management addresses",
    fix: "give each firewall its own management address (or leave them to the Megaport Internet connections)",
  };
}

/** BGP router IDs must differ between the two firewalls (each runs its own sessions). */
export function routerIdsDiffer(props: PaloAltoHaPairProps): RuleIssue | undefined {
  const ids = props.bgp.routerIds;
  if (ids === undefined || ids[0] !== ids[1] || isUnresolved(ids[0])) return undefined;
  return {
    prop: "bgp.routerIds[1]",
    value: ids[1],
    problem: `is also firewall 0's router ID (${ids[0]}); BGP neighbours would see one router twice`,
    allowed: "a distinct router ID per firewall",
    fix: "give each firewall its own router ID, or leave routerIds unset (each uses its first connection address)",
  };
}

/** The prefix must keep stack names to letters, digits, `-` and `_` (they become directory names). */
export function stackPrefixIsValid(prefix: string | undefined): RuleIssue | undefined {
  if (prefix === undefined || /^[A-Za-z0-9_-]*$/.test(prefix)) return undefined;
  return {
    prop: "stackPrefix",
    value: prefix,
    problem: "holds characters a stack name cannot",
    allowed: "letters, digits, - and _, e.g. syd-",
    fix: "use a prefix such as syd-",
  };
}

const owners = new WeakMap<PairConnection, string>();

/**
 * A connection object belongs to one pair: its VXCs, variables and secrets live in that pair's
 * network stack. Records the ownership of this pair's connections and reports any owned by another.
 */
export function connectionsBelongToThisPair(pairPath: string, props: PaloAltoHaPairProps): RuleIssue[] {
  const issues: RuleIssue[] = [];
  props.cloudConnections.forEach((connection, i) => {
    const owner = owners.get(connection);
    if (owner !== undefined && owner !== pairPath) {
      issues.push({
        prop: `cloudConnections[${i}]`,
        value: connection.name,
        problem: `is already used by the pair ${owner}`,
        allowed: "a connection object per pair",
        fix: `call aws()/azure()/partnerPort() again for this pair (each pair orders its own VXCs)`,
      });
    }
  });
  if (issues.length === 0) for (const connection of props.cloudConnections) owners.set(connection, pairPath);
  return issues;
}

/** The pair's HA addresses are interface addresses with prefix (`10.255.2.1/30`). */
export function haAddressesAreInterfaces(props: PaloAltoHaPairProps): Array<RuleIssue | undefined> {
  const fix = "give an address with its prefix length, e.g. 10.255.2.1/30";
  const ha1Backup = props.ha?.ha1BackupAddresses;
  return [
    ...(props.ha?.ha2Addresses ?? []).map((a, i) => ipv4Interface(`ha.ha2Addresses[${i}]`, a, fix)),
    ...(ha1Backup ? ha1Backup : []).map((a, i) => ipv4Interface(`ha.ha1BackupAddresses[${i}]`, a, fix)),
  ];
}

/** Given router IDs are IPv4 addresses. */
export function routerIdsAreAddresses(props: PaloAltoHaPairProps): Array<RuleIssue | undefined> {
  return (props.bgp.routerIds ?? []).map((id, i) =>
    ipv4Address(`bgp.routerIds[${i}]`, id, "give an IPv4 address unique to the firewall, e.g. its loopback"),
  );
}

/**
 * On each connection the two firewalls need their own addresses (two VXCs, two BGP sessions;
 * Azure's primary and secondary links are two /30s).
 */
export function connectionAddressesDiffer(
  props: PaloAltoHaPairProps,
  firewalls: readonly [
    { connections: readonly { address: string }[] },
    { connections: readonly { address: string }[] },
  ],
): RuleIssue[] {
  return props.cloudConnections.flatMap((connection, k) => {
    const j = bgpIndexOf(props.cloudConnections, k);
    if (j === undefined) return [];
    const [a, b] = firewalls.map((f) => f.connections[j]?.address);
    if (a === undefined || a !== b || isUnresolved(a) || a === "") return [];
    return [
      {
        prop: `cloudConnections[${k}].${connection.propOf("address", 1)}`,
        value: b,
        problem: `gives firewall 1 the same address on ${connection.name} as firewall 0`,
        allowed: "a different address per firewall",
        fix: "give each firewall its own addressing on the connection",
      },
    ];
  });
}
