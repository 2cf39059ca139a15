import { ValidationError } from "../core/validation-error";
import { vnicOf, type VnicRole } from "./vnic";

/** How a VXC end sits on a vNIC: untagged, or tagged with a VLAN. */
export type VnicTag = "untagged" | number;

interface Attachment {
  readonly tag: VnicTag;
  readonly owner: string;
}

/**
 * The VXC ends on one MVE's vNICs. Megaport allows one untagged VXC per vNIC and any number of
 * tagged ones, each on its own VLAN; this registry enforces that at synth time, as VXCs are added.
 */
export class VnicAttachments {
  private readonly byRole = new Map<VnicRole, Attachment[]>();

  public constructor(private readonly mvePath: string) {}

  /**
   * Records a VXC end (constructed at `owner`) on `role` with `tag`, or throws a ValidationError
   * naming both VXCs when the vNIC already has an untagged VXC or that VLAN.
   */
  public attach(role: VnicRole, tag: VnicTag, owner: string, prop: string): void {
    const existing = this.byRole.get(role) ?? [];
    const vnic = vnicOf(role);
    const where = `vNIC ${role} (vnic_index ${vnic.index}, ${vnic.panosInterface}) of MVE ${this.mvePath}`;
    const clash = existing.find((a) => a.tag === tag);
    if (clash && tag === "untagged") {
      throw new ValidationError([
        {
          path: owner,
          prop,
          value: "untagged",
          problem: `${where} already carries the untagged VXC ${clash.owner}`,
          allowed: "one untagged VXC per vNIC (any number of tagged VXCs with distinct VLANs)",
          fix: "deliver this VXC tagged with a VLAN, or attach it to another vNIC",
        },
      ]);
    }
    if (clash) {
      throw new ValidationError([
        {
          path: owner,
          prop,
          value: tag,
          problem: `VLAN ${tag} is already used on ${where} by ${clash.owner}`,
          allowed: "each VLAN once per vNIC",
          fix: "choose a VLAN that no other connection on this vNIC uses",
        },
      ]);
    }
    this.byRole.set(role, [...existing, { tag, owner }]);
  }

  /** The tags in use on a vNIC, in the order they were attached. */
  public tagsOn(role: VnicRole): VnicTag[] {
    return (this.byRole.get(role) ?? []).map((a) => a.tag);
  }

  /** The construct paths of the VXCs on a vNIC. */
  public ownersOn(role: VnicRole): string[] {
    return (this.byRole.get(role) ?? []).map((a) => a.owner);
  }
}
