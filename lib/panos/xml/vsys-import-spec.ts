/**
 * vsys1 imports. The panos provider's `ngfw` location never imports interfaces or routers into a
 * vsys (provider issue #539), and a zone naming an interface outside vsys1 is rejected. Each item
 * is merged (`set`) into `vsys1/import/network`, so other imports are left alone.
 */
import type { XmlSpec } from "../../xmlspec/spec";
import { el, renderXml } from "../../xmlspec/xml";
import { VSYS1_ROOT, xpathLiteral } from "../../xmlspec/xpath";
import { subinterfacesOf } from "../model/firewall-model";
import type { FirewallModel } from "../model/types";

/** XPath of vsys1's network imports. */
export const VSYS1_IMPORT_XPATH = `${VSYS1_ROOT}/import/network`;

/** One thing imported into vsys1: an interface or a virtual router, by name. */
export interface VsysImportItem {
  readonly kind: "interface" | "virtual-router";
  readonly name: string;
}

/** Every import one firewall needs: ethernet1/1, each data-plane subinterface, the virtual router. */
export function vsysImports(model: FirewallModel): { interfaces: VsysImportItem[]; virtualRouter: VsysImportItem } {
  return {
    interfaces: [model.dataInterface.name, ...subinterfacesOf(model).map((c) => c.interfaceName)].map((name) => ({
      kind: "interface",
      name,
    })),
    virtualRouter: { kind: "virtual-router", name: model.names.virtualRouter },
  };
}

/** Adds the items to vsys1's imports (one merge; members already there are left alone). */
export function renderVsysImportSpec(items: readonly VsysImportItem[]): XmlSpec {
  const kinds = [...new Set(items.map((i) => i.kind))];
  const element = kinds.map((kind) =>
    el(
      kind,
      items.filter((i) => i.kind === kind).map((i) => el("member", i.name)),
    ),
  );
  return {
    version: 1,
    name: `vsys-import ${items.map((i) => i.name).join(" ")}`,
    operations: [{ action: "set", xpath: VSYS1_IMPORT_XPATH, element: renderXml(element) }],
    requiresReboot: false,
  };
}

/** Removes one item from vsys1's imports (run on destroy, so the provider can then delete the interface or router). */
export function renderVsysImportRemovalSpec(item: VsysImportItem): XmlSpec {
  return {
    version: 1,
    name: `vsys-import-removal ${item.kind} ${item.name}`,
    operations: [
      { action: "delete", xpath: `${VSYS1_IMPORT_XPATH}/${item.kind}/member[text()=${xpathLiteral(item.name)}]` },
    ],
    requiresReboot: false,
  };
}
