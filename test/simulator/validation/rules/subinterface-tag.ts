/**
 * Two subinterfaces of one port cannot share a VLAN tag (the tag selects the subinterface for a
 * received frame).
 * Source: PAN-OS web interface help, Layer 3 Subinterface ("Tag: the VLAN tag (1-4,094) for the
 * subinterface", unique per parent). Wording ours, in the captured layout.
 */
import { textAt } from "../../operational/device-config";
import type { ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";

function check(config: ConfigView): Violation[] {
  const firstByTag = new Map<string, string>();
  return config.layer3Interfaces
    .filter((i) => i.parent !== undefined)
    .flatMap((unit): Violation[] => {
      const tag = textAt(unit.element, "tag");
      if (tag === undefined) return [];
      const key = `${unit.parent} ${tag}`;
      const first = firstByTag.get(key);
      if (first === undefined) {
        firstByTag.set(key, unit.name);
        return [];
      }
      return [{ scope: "device", path: [...unit.path, "tag"], message: `${tag} is already used by ${first}` }];
    });
}

export const subinterfaceTag: CommitRule = {
  id: "subinterface-tag",
  source: "PAN-OS web interface help, Layer 3 Subinterface (VLAN tag per subinterface)",
  check,
};
