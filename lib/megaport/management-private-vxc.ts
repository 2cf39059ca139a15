import { Construct } from "constructs";
import type { vxc } from "../../.gen/providers/megaport";
import { integerInRange, nonEmpty } from "../core/rules";
import { number, oneOf, optional, record, shapeIssues, text, type Shape } from "../core/shape";
import { Issues, type RuleIssue } from "../core/validation-error";
import { managementAddressIssues } from "./management-address";
import type { ManagementConnection } from "./management-connection";
import type { ManagementAddress } from "./management-internet";
import type { PaloAltoMve } from "./palo-alto-mve";
import { checkProductOptions, type ProductOptions } from "./product";
import { rateLimit, vlanId } from "./rules";
import {
  managementAddressShape,
  mveShape,
  productNameShape,
  productOptionFields,
  rateLimitShape,
  vlanShape,
} from "./shapes";
import { PALO_ALTO_VNICS, vnicOf } from "./vnic";
import { createVxc } from "./vxc";

/** The far end's VLAN: a tag, or `"untagged"`. */
export type ManagementVlan = number | "untagged";

/** Props of a private VXC from an MVE's management vNIC to a product of yours. */
export interface ManagementPrivateVxcProps extends ProductOptions {
  /** The MVE whose `mgmt` vNIC (vnic_index 0, the PAN-OS management port) is connected. */
  readonly mve: PaloAltoMve;
  /** Product UID of the far end: a port of yours, an MCR, or another MVE. */
  readonly productUid: string;
  /**
   * The VLAN at the far end (`b_end`): a tag from 2 to 4093, or `"untagged"`. The firewall's end
   * is always untagged: the PAN-OS management port does not take VLAN tags.
   */
  readonly vlan: ManagementVlan;
  /**
   * The far end's vNIC when it is an MVE (`b_end.vnic_index`; the provider would otherwise attach
   * to vNIC 0 silently).
   * @default - the far end is a port or an MCR
   */
  readonly vnicIndex?: number;
  /** The management addressing on the private network (nothing assigns it there). */
  readonly managementAddress: ManagementAddress;
  /** Bandwidth in Mbps. @default 100 */
  readonly rateLimitMbps?: number;
  /** VXC product name. @default - `<MVE product name> management` */
  readonly productName?: string;
}

/** A VLAN ID or the word "untagged". */
export const managementVlanShape: Shape = (value, prop) => {
  if (value === "untagged") return [];
  if (typeof value === "string") return oneOf(["untagged"], 'write "untagged" or a VLAN ID (2..4093)')(value, prop);
  return vlanShape(value, prop);
};

/** ManagementPrivateVxcProps at run time. */
const managementPrivateVxcShape: Shape = record({
  ...productOptionFields,
  mve: mveShape,
  productUid: text({ max: 100, tokens: true, fix: "give the far end's product UID" }),
  vlan: managementVlanShape,
  vnicIndex: optional(number({ what: "a vNIC index", min: 0, max: 4, fix: "give the far MVE's vnic_index (0..4)" })),
  managementAddress: managementAddressShape,
  rateLimitMbps: optional(rateLimitShape),
  productName: optional(productNameShape),
});

/** The VLAN rule: a VLAN ID, or "untagged". */
function managementVlan(prop: string, value: ManagementVlan | undefined): RuleIssue | undefined {
  return value === "untagged" || typeof value !== "number" ? undefined : vlanId(prop, value);
}

/**
 * A private VXC on the MVE's management vNIC to a product given by UID (a port, an MCR or another
 * MVE), for management over your own network instead of Megaport Internet. Untagged on the
 * firewall's side; tagged or untagged at the far end. Its addressing is what you give: Megaport
 * assigns none on a private VXC.
 */
export class ManagementPrivateVxc extends Construct implements ManagementConnection {
  public readonly kind = "private-vxc";
  /** The VXC resource. */
  public readonly resource: vxc.Vxc;
  /** Management IPv4 address of the firewall (as given). */
  public readonly managementIp: string;
  /** Prefix length of the management subnet (as given). */
  public readonly managementPrefixLength: number;
  /** Default gateway of the management interface (as given). */
  public readonly managementGateway: string;
  /** The far end: product UID and VLAN as given. */
  public readonly farEnd: { readonly productUid: string; readonly vlan: ManagementVlan };

  public constructor(scope: Construct, id: string, props: ManagementPrivateVxcProps) {
    super(scope, id);
    new Issues(this.node.path).addAll(shapeIssues(props, managementPrivateVxcShape)).throwIfAny();
    const issues = new Issues(this.node.path);
    const fixed = props.managementAddress;
    issues.add(nonEmpty("productUid", props.productUid, "give the far end's product UID"));
    issues.add(managementVlan("vlan", props.vlan));
    issues.add(
      integerInRange("vnicIndex", props.vnicIndex, 0, PALO_ALTO_VNICS.length - 1, "give the far MVE's vnic_index"),
    );
    issues.add(rateLimit("rateLimitMbps", props.rateLimitMbps));
    issues.addAll(managementAddressIssues(fixed));
    checkProductOptions(issues, props);
    issues.throwIfAny();
    const mve = props.mve;
    mve.attachments.attach("mgmt", "untagged", this.node.path, "mve");

    const tag = props.vlan === "untagged" ? -1 : props.vlan;
    // An MVE end takes its tag as inner_vlan beside vnic_index; a port or MCR end as ordered_vlan.
    const bEnd: vxc.VxcBEnd =
      props.vnicIndex === undefined
        ? { requestedProductUid: props.productUid, orderedVlan: tag }
        : { requestedProductUid: props.productUid, vnicIndex: props.vnicIndex, innerVlan: tag };
    this.resource = createVxc(
      this,
      "vxc",
      {
        productName: props.productName ?? `${mve.productName} management`,
        rateLimitMbps: props.rateLimitMbps ?? 100,
        aEnd: { requestedProductUid: mve.productUid, vnicIndex: vnicOf("mgmt").index, innerVlan: -1 },
        bEnd,
      },
      props,
    );
    this.farEnd = { productUid: props.productUid, vlan: props.vlan };
    this.managementIp = fixed.ip;
    this.managementPrefixLength = fixed.prefixLength;
    this.managementGateway = fixed.gateway;
  }
}
