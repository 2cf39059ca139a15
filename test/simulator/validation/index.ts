/**
 * The simulator's commit validation: the rules a commit of the candidate configuration must pass,
 * each judging only the objects present (a configuration without HA or interfaces is valid).
 * Rules and their sources: README.md in this folder.
 */
import type { XmlElement } from "../../../lib/xmlspec/xml";
import { ConfigView } from "./config-view";
import { detailLines } from "./detail-lines";
import { bfdProfileReference } from "./rules/bfd-profile-reference";
import { bgpLocalInterface } from "./rules/bgp-local-interface";
import { haLinkSubnet } from "./rules/ha-link-subnet";
import { haPortType } from "./rules/ha-port-type";
import { interfaceMtu } from "./rules/interface-mtu";
import { interfaceReference } from "./rules/interface-reference";
import { layer3Membership } from "./rules/layer3-membership";
import { subinterfaceParent } from "./rules/subinterface-parent";
import { subinterfaceTag } from "./rules/subinterface-tag";
import { zoneReference } from "./rules/zone-reference";
import type { CommitRule, DeviceFacts, Violation } from "./types";

export type { CommitRule, DeviceFacts, Violation } from "./types";

/** Every rule, in the order their detail lines appear. */
export const COMMIT_RULES: readonly CommitRule[] = [
  haPortType,
  haLinkSubnet,
  subinterfaceParent,
  subinterfaceTag,
  layer3Membership,
  interfaceMtu,
  interfaceReference,
  bgpLocalInterface,
  bfdProfileReference,
  zoneReference,
];

/** What each rule finds wrong with `config`. */
export function violationsOf(config: XmlElement, facts: DeviceFacts): Violation[] {
  const view = new ConfigView(config);
  return COMMIT_RULES.flatMap((rule) => rule.check(view, facts));
}

/** The detail lines a commit of `config` fails with, or [] when it commits. */
export function commitFailure(config: XmlElement, facts: DeviceFacts): string[] {
  return detailLines(violationsOf(config, facts));
}
