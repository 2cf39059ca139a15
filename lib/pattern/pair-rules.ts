/** Synth-time rules that need the whole pair's props. */
import type { RuleIssue } from "../core/validation-error";
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
