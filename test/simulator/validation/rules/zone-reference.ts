/**
 * Zones named by security rules (`rulebase/security/rules/entry/from/member` and `to/member`) must
 * exist in the rule's vsys; `any` is the keyword for every zone.
 * Source: PAN-OS web interface help, Policies > Security (source and destination zones); captured
 * reference form (reference-message.ts).
 */
import { child, path } from "../../../../lib/xmlspec/xml";
import { memberTexts, namedEntries, type ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";
import { notAValidReference } from "./reference-message";

function check(config: ConfigView): Violation[] {
  return config.vsys.flatMap((vsys) => {
    const zones = new Set(config.zones(vsys).map((z) => z.name));
    const rules = namedEntries(path(vsys.element, "rulebase", "security", "rules"));
    return rules.flatMap((rule) =>
      (["from", "to"] as const).flatMap((side) =>
        memberTexts(child(rule.element, side))
          .filter((zone) => zone !== "any" && !zones.has(zone))
          .map((zone): Violation => ({
            scope: "vsys",
            path: ["rulebase", "security", "rules", rule.name, side],
            message: notAValidReference(zone),
          })),
      ),
    );
  });
}

export const zoneReference: CommitRule = {
  id: "zone-reference",
  source: "PAN-OS help, Policies > Security (zones); captured reference form",
  check,
};
