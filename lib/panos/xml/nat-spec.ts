/**
 * The internet breakout's source NAT rule. The panos provider release this package pins has no
 * NAT policy resource, so the rule is written through the XML bridge: one `edit` of the rule's own
 * entry (other NAT rules are left alone), undone by a `delete` of that entry on removal.
 */
import type { XmlSpec } from "../../xmlspec/spec";
import { el, entry, renderXml } from "../../xmlspec/xml";
import { VSYS1_ROOT, xpathLiteral } from "../../xmlspec/xpath";
import type { InternetBreakoutModel } from "../model/types";

/** XPath of one NAT rule of vsys1. */
export function natRuleXpath(name: string): string {
  return `${VSYS1_ROOT}/rulebase/nat/rules/entry[@name=${xpathLiteral(name)}]`;
}

const members = (values: readonly string[]) => values.map((v) => el("member", v));

/** Dynamic IP and port to the breakout interface's address, for the stated sources and zones. */
export function renderNatSpec(breakout: InternetBreakoutModel, natName: string): XmlSpec {
  const iface = breakout.interfaceName;
  const rule = entry(natName, [
    el("from", members(breakout.rule.fromZones)),
    el("to", members([breakout.zone])),
    el("source", members(breakout.rule.sourceAddresses)),
    el("destination", members(["any"])),
    el("service", "any"),
    el("to-interface", iface),
    el("source-translation", [el("dynamic-ip-and-port", [el("interface-address", [el("interface", iface)])])]),
    el("description", `Outbound Internet over Megaport Internet (${breakout.name})`),
  ]);
  return {
    version: 1,
    name: `nat ${natName}`,
    operations: [{ action: "edit", xpath: natRuleXpath(natName), element: renderXml([rule]) }],
    requiresReboot: false,
  };
}

/** Deletes the NAT rule (run on removal, before the interface it names is deleted). */
export function renderNatRemovalSpec(natName: string): XmlSpec {
  return {
    version: 1,
    name: `nat-removal ${natName}`,
    operations: [{ action: "delete", xpath: natRuleXpath(natName) }],
    requiresReboot: false,
  };
}
