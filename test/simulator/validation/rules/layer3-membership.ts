/**
 * An addressed layer-3 interface or subinterface that is put to use (in a zone or in a virtual
 * router) must be in a zone, in a virtual router and imported into a vsys. Interfaces in neither are
 * left alone: a parent port that only carries tagged subinterfaces, and a subinterface the zone and
 * router have let go of before its deletion (our connection removal commits that state). We found
 * no PAN-OS document or captured error that such an interface fails a commit, so the simulator does
 * not fail it either.
 * Source: PAN-OS Administrator's Guide, "Configure Layer 3 Interfaces" (assign the interface to a
 * virtual router and a security zone) and panos provider notes §2.4 / issue #539 (an interface not
 * imported into vsys1 cannot be used there). Wording ours, in the captured layout.
 */
import type { ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";

function check(config: ConfigView): Violation[] {
  const vsys = config.vsys;
  const inZone = new Set(vsys.flatMap((v) => config.zones(v).flatMap((z) => z.layer3)));
  const inRouter = new Set(config.virtualRouters.flatMap((vr) => vr.interfaces));
  const imported = new Set(vsys.flatMap((v) => config.imports(v)));
  return config.layer3Interfaces
    .filter((i) => i.addresses.length > 0 && (inZone.has(i.name) || inRouter.has(i.name)))
    .flatMap((i): Violation[] => {
      const missing = [
        !inZone.has(i.name) && "is not in any zone",
        !inRouter.has(i.name) && "is not in any virtual router",
        !imported.has(i.name) && "is not imported into any vsys",
      ].filter((m): m is string => typeof m === "string");
      return missing.map((message) => ({ scope: "device", path: i.path, message }));
    });
}

export const layer3Membership: CommitRule = {
  id: "layer3-membership",
  source: "PAN-OS Admin Guide, Configure Layer 3 Interfaces; provider issue #539 (vsys import)",
  check,
};
