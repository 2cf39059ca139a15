/**
 * Interfaces named by zones (`zone/entry/network/layer3/member`), virtual routers
 * (`virtual-router/entry/interface/member`) and vsys imports (`import/network/interface/member`) must
 * exist. A zone may also name only interfaces its vsys imports (provider issue #539).
 * Source: captured PAN-OS errors, terraform-provider-panos #539 and pan-os-ansible #238/#293
 * (`layer3 '<name>' is not a valid reference`).
 */
import type { ConfigView } from "../config-view";
import type { CommitRule, Violation } from "../types";
import { notAValidReference } from "./reference-message";

function check(config: ConfigView): Violation[] {
  const defined = config.interfaceNames;
  const dangling = (names: readonly string[], allowed: (name: string) => boolean) => names.filter((n) => !allowed(n));
  const fromRouters = config.virtualRouters.flatMap((vr) =>
    dangling(vr.interfaces, (n) => defined.has(n)).map((name): Violation => ({
      scope: "device",
      path: ["network", "virtual-router", vr.name, "interface"],
      message: notAValidReference(name),
    })),
  );
  const fromVsys = config.vsys.flatMap((vsys) => {
    const imported = config.imports(vsys);
    const fromImports = dangling(imported, (n) => defined.has(n)).map((name): Violation => ({
      scope: "vsys",
      path: ["import", "network", "interface"],
      message: notAValidReference(name),
    }));
    const fromZones = config.zones(vsys).flatMap((zone) =>
      dangling(zone.layer3, (n) => defined.has(n) && imported.includes(n)).map((name): Violation => ({
        scope: "vsys",
        path: ["zone", zone.name, "network", "layer3"],
        message: notAValidReference(name),
      })),
    );
    return [...fromImports, ...fromZones];
  });
  return [...fromRouters, ...fromVsys];
}

export const interfaceReference: CommitRule = {
  id: "interface-reference",
  source: "captured: terraform-provider-panos #539, pan-os-ansible #238/#293 ('…' is not a valid reference)",
  check,
};
