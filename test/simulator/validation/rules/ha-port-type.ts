/**
 * HA links run on ports of type `ha`: ha1-backup, ha2 and ha3 (and ha1 unless it uses the
 * management port) must name an ethernet entry holding `<ha/>`.
 * Source: PAN-OS Administrator's Guide, "Configure Active/Active HA" (set the interface type of each
 * HA data link to HA before selecting it); the HA port is a reference PAN-OS checks at commit, and a
 * reference outside the allowed set fails as `'<name>' is not a valid reference` (the captured
 * PAN-OS message form, see reference-message.ts).
 */
import { child } from "../../../../lib/xmlspec/xml";
import { textAt } from "../../operational/device-config";
import type { ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";
import { notAValidReference } from "./reference-message";

const LINKS = ["ha1", "ha1-backup", "ha2", "ha3"] as const;

function check(config: ConfigView): Violation[] {
  const interfaces = child(config.highAvailability, "interface");
  return LINKS.flatMap((link): Violation[] => {
    const port = textAt(interfaces, link, "port");
    // HA1 (and its backup) may use the management port, which has no ethernet entry.
    if (port === undefined || port === "management") return [];
    const entry = config.port(port);
    if (entry && child(entry, "ha")) return [];
    return [
      {
        scope: "device",
        path: ["deviceconfig", "high-availability", "interface", link, "port"],
        message: notAValidReference(port),
      },
    ];
  });
}

export const haPortType: CommitRule = {
  id: "ha-port-type",
  source: "PAN-OS Admin Guide, Configure Active/Active HA (HA ports are type HA); reference message form",
  check,
};
