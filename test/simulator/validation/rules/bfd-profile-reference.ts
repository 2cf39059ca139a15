/**
 * BFD profiles named by BGP (`protocol/bgp/global-bfd/profile` and each peer's `bfd/profile`) must
 * exist under `network/profiles/bfd-profile`, except the keywords PAN-OS predefines: `None`, `default`
 * (the built-in profile) and, for a peer, `Inherit-vr-global-setting` (the provider's default).
 * Source: PAN-OS web interface help, Network > Network Profiles > BFD Profile (the predefined
 * `default` profile) and Virtual Router > BGP (BFD profile choice); pan-os-codegen
 * specs/network/virtual-router.yaml (peer `bfd/profile`, default Inherit-vr-global-setting); captured
 * reference form.
 */
import { child } from "../../../../lib/xmlspec/xml";
import { textAt } from "../../operational/device-config";
import { namedEntries, type ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";
import { notAValidReference } from "./reference-message";

const KEYWORDS = new Set(["None", "default", "Inherit-vr-global-setting"]);

function check(config: ConfigView): Violation[] {
  const profiles = config.profileNames("bfd-profile");
  const known = (name: string | undefined) => name === undefined || KEYWORDS.has(name) || profiles.has(name);
  return config.virtualRouters.flatMap((vr) => {
    const bgp = child(child(vr.element, "protocol"), "bgp");
    const base = ["network", "virtual-router", vr.name, "protocol", "bgp"];
    const global = textAt(bgp, "global-bfd", "profile");
    const violations: Violation[] = known(global)
      ? []
      : [{ scope: "device", path: [...base, "global-bfd", "profile"], message: notAValidReference(global ?? "") }];
    for (const group of namedEntries(child(bgp, "peer-group")))
      for (const peer of namedEntries(child(group.element, "peer"))) {
        const profile = textAt(peer.element, "bfd", "profile");
        if (!known(profile))
          violations.push({
            scope: "device",
            path: [...base, "peer-group", group.name, "peer", peer.name, "bfd", "profile"],
            message: notAValidReference(profile ?? ""),
          });
      }
    return violations;
  });
}

export const bfdProfileReference: CommitRule = {
  id: "bfd-profile-reference",
  source:
    "PAN-OS help, BFD Profile / Virtual Router > BGP; pan-os-codegen virtual-router.yaml; captured reference form",
  check,
};
