/**
 * A BGP peer's local interface (`protocol/bgp/peer-group/entry/peer/entry/local-address/interface`)
 * must be one of its virtual router's interfaces (`virtual-router/entry/interface/member`).
 * Source: PAN-OS web interface help, Virtual Router > BGP > Peer Group > Peer ("Local Address:
 * choose a firewall interface", offered from the router's interfaces); reference message form
 * captured (reference-message.ts).
 */
import { child } from "../../../../lib/xmlspec/xml";
import { textAt } from "../../operational/device-config";
import { namedEntries, type ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";
import { notAValidReference } from "./reference-message";

function check(config: ConfigView): Violation[] {
  return config.virtualRouters.flatMap((vr) => {
    const bgp = child(child(vr.element, "protocol"), "bgp");
    return namedEntries(child(bgp, "peer-group")).flatMap((group) =>
      namedEntries(child(group.element, "peer")).flatMap((peer): Violation[] => {
        const local = textAt(peer.element, "local-address", "interface");
        if (local === undefined || vr.interfaces.includes(local)) return [];
        return [
          {
            scope: "device",
            path: [
              "network",
              "virtual-router",
              vr.name,
              "protocol",
              "bgp",
              "peer-group",
              group.name,
              "peer",
              peer.name,
              "local-address",
              "interface",
            ],
            message: notAValidReference(local),
          },
        ];
      }),
    );
  });
}

export const bgpLocalInterface: CommitRule = {
  id: "bgp-local-interface",
  source:
    "PAN-OS help, Virtual Router > BGP > Peer (local address from the router's interfaces); captured reference form",
  check,
};
