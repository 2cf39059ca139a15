/**
 * A layer-3 subinterface's parent must be a layer-3 port: a port that is also of another type (HA,
 * layer 2, virtual wire, tap…) cannot carry `layer3/units`. PAN-OS keeps an interface's types
 * mutually exclusive; the detail is the captured form for exclusive nodes.
 * Source: shared/panos-captures/show-jobs-id__validate-fin-fail.xml (`Node A and B are mutually
 * exclusive`); PAN-OS web interface help, Layer 3 Subinterface (the parent is a Layer 3 interface).
 */
import type { ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";

function check(config: ConfigView): Violation[] {
  return config.layer3Interfaces
    .filter((i) => i.parent === undefined)
    .flatMap((port): Violation[] => {
      const entry = config.port(port.name);
      const hasUnits = port.element.children.some((c) => c.name === "units" && c.children.length > 0);
      if (!entry || !hasUnits) return [];
      return config.otherModes(entry).map((mode) => ({
        scope: "device",
        path: ["network", "interface", "ethernet", port.name],
        message: `Node ${mode} and layer3 are mutually exclusive`,
      }));
    });
}

export const subinterfaceParent: CommitRule = {
  id: "subinterface-parent",
  source: "captured Validation Error (mutually exclusive nodes); PAN-OS help, Layer 3 Subinterface",
  check,
};
