/**
 * Read-only view of one candidate configuration, in the layout PAN-OS and the panos provider 2.0.12
 * write (XPaths from pan-os-codegen specs/network/*.yaml and lib/panos/xml/*.ts; table in
 * test/simulator/validation/README.md):
 * - interfaces: `network/interface/ethernet/entry` (type `ha` = an `<ha/>` child, layer 3 = `<layer3>`),
 *   subinterfaces: `…/ethernet/entry/layer3/units/entry` (with `tag`, `ip/entry`, `mtu`);
 * - virtual routers: `network/virtual-router/entry` (`interface/member`, `protocol/bgp/…`);
 * - BFD profiles: `network/profiles/bfd-profile/entry`; management profiles:
 *   `network/profiles/interface-management-profile/entry`;
 * - per vsys: `zone/entry/network/layer3/member`, `import/network/interface/member`,
 *   `rulebase/security/rules/entry/{from,to}/member`;
 * - HA: `deviceconfig/high-availability`; jumbo frames: `deviceconfig/setting/jumbo-frame/mtu`.
 */
import { child, path, type XmlElement } from "../../../lib/xmlspec/xml";
import { deviceEntry, entriesOf, textAt } from "../operational/device-config";

/** The element and mode children of an ethernet port that are not its layer-3 configuration. */
const OTHER_MODES = ["ha", "layer2", "virtual-wire", "tap", "decrypt-mirror", "aggregate-group", "log-card"];

/** A layer-3 ethernet port or subinterface. */
export interface Layer3Interface {
  readonly name: string;
  /** The parent port of a subinterface. */
  readonly parent?: string;
  /** Path from the device entry to its entry, for detail lines. */
  readonly path: readonly string[];
  readonly element: XmlElement;
  /** Addresses (`ip/entry/@name`). */
  readonly addresses: readonly string[];
}

/** One vsys entry. */
export interface VsysView {
  readonly name: string;
  readonly element: XmlElement;
}

/** Text of each `member` child. */
export function memberTexts(element: XmlElement | undefined): string[] {
  return (element?.children ?? []).flatMap((m) => (m.name === "member" && m.text?.trim() ? [m.text.trim()] : []));
}

/** Entries of a list element, with their names. */
export function namedEntries(element: XmlElement | undefined): { name: string; element: XmlElement }[] {
  return entriesOf(element).map((e) => ({ name: e.attributes.name ?? "", element: e }));
}

/** What the rules read from one configuration. */
export class ConfigView {
  /** The device entry (`devices/entry[@name='localhost.localdomain']`). */
  public readonly device: XmlElement | undefined;

  public constructor(root: XmlElement) {
    this.device = deviceEntry(root);
  }

  /** `network/interface/ethernet/entry` ports. */
  public get ethernetPorts(): { name: string; element: XmlElement }[] {
    return namedEntries(path(this.device, "network", "interface", "ethernet"));
  }

  /** The port with this name, if configured. */
  public port(name: string): XmlElement | undefined {
    return this.ethernetPorts.find((p) => p.name === name)?.element;
  }

  /** The mode elements of a port other than `layer3` (e.g. `ha`). */
  public otherModes(port: XmlElement): string[] {
    return port.children.filter((c) => OTHER_MODES.includes(c.name)).map((c) => c.name);
  }

  /** Layer-3 ports and their subinterfaces. */
  public get layer3Interfaces(): Layer3Interface[] {
    return this.ethernetPorts.flatMap(({ name, element }) => {
      const layer3 = child(element, "layer3");
      if (!layer3) return [];
      const portPath = ["network", "interface", "ethernet", name];
      const port: Layer3Interface = { name, path: portPath, element: layer3, addresses: addresses(layer3) };
      const units = namedEntries(child(layer3, "units")).map((unit) => ({
        name: unit.name,
        parent: name,
        path: [...portPath, "layer3", "units", unit.name],
        element: unit.element,
        addresses: addresses(unit.element),
      }));
      return [port, ...units];
    });
  }

  /**
   * Every interface name the configuration defines: ethernet ports and their layer-3/layer-2 units,
   * plus loopback, tunnel, vlan and aggregate interfaces (and their units).
   */
  public get interfaceNames(): Set<string> {
    const names = new Set<string>();
    const interfaces = path(this.device, "network", "interface");
    for (const kind of interfaces?.children ?? []) {
      for (const item of namedEntries(kind)) {
        names.add(item.name);
        for (const mode of ["layer3", "layer2"])
          for (const unit of namedEntries(path(item.element, mode, "units"))) names.add(unit.name);
      }
      for (const unit of namedEntries(child(kind, "units"))) names.add(unit.name);
    }
    return names;
  }

  /** `network/virtual-router/entry` routers. */
  public get virtualRouters(): { name: string; element: XmlElement; interfaces: string[] }[] {
    return namedEntries(path(this.device, "network", "virtual-router")).map((vr) => ({
      ...vr,
      interfaces: memberTexts(child(vr.element, "interface")),
    }));
  }

  /** Names of `network/profiles/<kind>/entry`. */
  public profileNames(kind: "bfd-profile" | "interface-management-profile"): Set<string> {
    return new Set(namedEntries(path(this.device, "network", "profiles", kind)).map((p) => p.name));
  }

  /** `vsys/entry` items. */
  public get vsys(): VsysView[] {
    return namedEntries(child(this.device, "vsys"));
  }

  /** Zones of one vsys with their layer-3 members. */
  public zones(vsys: VsysView): { name: string; element: XmlElement; layer3: string[] }[] {
    return namedEntries(child(vsys.element, "zone")).map((z) => ({
      ...z,
      layer3: memberTexts(path(z.element, "network", "layer3")),
    }));
  }

  /** Interfaces imported into one vsys (`import/network/interface/member`). */
  public imports(vsys: VsysView): string[] {
    return memberTexts(path(vsys.element, "import", "network", "interface"));
  }

  /** `deviceconfig/high-availability`, if configured. */
  public get highAvailability(): XmlElement | undefined {
    return path(this.device, "deviceconfig", "high-availability");
  }

  /** `deviceconfig/setting/jumbo-frame/mtu` (PAN-OS default 9192). */
  public get jumboFrameMtu(): number {
    return Number(textAt(this.device, "deviceconfig", "setting", "jumbo-frame", "mtu") ?? "9192");
  }
}

function addresses(element: XmlElement): string[] {
  return namedEntries(child(element, "ip")).map((e) => e.name);
}
