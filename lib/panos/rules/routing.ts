/** VLAN, BGP and BFD rules. */
import { integerInRange } from "../../core/rules";
import { isUnresolved } from "../../core/tokens";
import type { RuleIssue } from "../../core/validation-error";

/** A VLAN tag Megaport can deliver on an MVE vNIC (2..4093) and PAN-OS accepts as a subinterface tag. */
export function vlanTag(prop: string, value: number): RuleIssue | undefined {
  return integerInRange(prop, value, 2, 4093, "use the inner VLAN of the VXC on the firewall's end", "a VLAN tag");
}

/** A 4-byte AS number, 1..4294967295. */
export function asNumber(prop: string, value: number): RuleIssue | undefined {
  return integerInRange(prop, value, 1, 4294967295, "use the AS number agreed with the peer", "an AS number");
}

/** The data-plane sessions are eBGP: a peer in the local AS would not pass routes between connections. */
export function ebgpPeerAsn(prop: string, peerAsn: number, localAsn: number): RuleIssue | undefined {
  if (isUnresolved(peerAsn) || isUnresolved(localAsn) || peerAsn !== localAsn) return undefined;
  return {
    prop,
    value: peerAsn,
    problem: `equals the local AS ${localAsn}; the connections use eBGP, and iBGP would not pass routes between them`,
    allowed: `any AS number except ${localAsn}`,
    fix: "use the peer's own AS number, or change bgp.localAsn",
  };
}

/** BFD interval on VM-Series with the legacy routing engine: 200..2000 ms. */
export function bfdInterval(prop: string, value: number): RuleIssue | undefined {
  return integerInRange(
    prop,
    value,
    200,
    2000,
    "use 300 (the default) unless the peer needs otherwise",
    "an interval in ms",
  );
}

/** BFD detection time multiplier: 2..50. */
export function bfdMultiplier(prop: string, value: number): RuleIssue | undefined {
  return integerInRange(prop, value, 2, 50, "use 3 (the default)", "a multiplier");
}
