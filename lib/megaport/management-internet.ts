import { Fn, TerraformLocal } from "cdktf";
import { Construct } from "constructs";
import { dataMegaportPartner, type vxc } from "../../.gen/providers/megaport";
import { optional, record, shapeIssues, type Shape } from "../core/shape";
import { Issues } from "../core/validation-error";
import {
  diversityZoneShape,
  idShape,
  managementAddressShape,
  mveShape,
  productNameShape,
  productOptionFields,
  rateLimitShape,
} from "./shapes";
import { managementAddressIssues } from "./management-address";
import type { ManagementConnection } from "./management-connection";
import type { PaloAltoMve } from "./palo-alto-mve";
import { checkProductOptions, type ProductOptions } from "./product";
import { diversityZone, positiveId, rateLimit, type DiversityZone } from "./rules";
import { vnicOf } from "./vnic";
import { createVxc } from "./vxc";

/** The firewall's management addressing, when given explicitly instead of derived. */
export interface ManagementAddress {
  /** Management IPv4 address of the firewall. */
  readonly ip: string;
  /** Prefix length of the management subnet. */
  readonly prefixLength: number;
  /** Default gateway of the management interface. */
  readonly gateway: string;
}

/** Props of the Megaport Internet connection on an MVE's management vNIC. */
export interface ManagementInternetProps extends ProductOptions {
  /** The MVE whose `mgmt` vNIC (vnic_index 0, the PAN-OS management port) is connected. */
  readonly mve: PaloAltoMve;
  /**
   * Bandwidth in Mbps.
   * @default 100
   */
  readonly rateLimitMbps?: number;
  /**
   * Location of the Megaport Internet port.
   * @default - the MVE's location
   */
  readonly locationId?: number;
  /**
   * Diversity zone of the Megaport Internet port.
   * @default - any
   */
  readonly diversityZone?: DiversityZone;
  /**
   * VXC product name.
   * @default - `<MVE product name> management Internet`
   */
  readonly productName?: string;
  /**
   * The management addressing, when you know it. Megaport does not document how the address it
   * assigns is reported, so by default it is derived from the VXC's TRANSIT `csp_connections`
   * entry (`customer_ip4_address` as `a.b.c.d/n`, `ipv4_gateway_address`), with an apply-time
   * check that the result is a usable host address.
   * @default - derived from the VXC after apply
   */
  readonly managementAddress?: ManagementAddress;
}

/** ManagementInternetProps at run time. */
const managementInternetShape: Shape = record({
  ...productOptionFields,
  mve: mveShape,
  rateLimitMbps: optional(rateLimitShape),
  locationId: optional(idShape),
  diversityZone: optional(diversityZoneShape),
  productName: optional(productNameShape),
  managementAddress: optional(managementAddressShape),
});

/**
 * A Megaport Internet (transit) VXC on the MVE's management vNIC, so the firewall's management
 * interface is reachable. Exposes the management IP, prefix length and gateway as tokens.
 */
export class ManagementInternet extends Construct implements ManagementConnection {
  public readonly kind = "megaport-internet";
  /** The VXC resource. */
  public readonly resource: vxc.Vxc;
  /** The Megaport Internet partner port lookup. */
  public readonly partnerPort: dataMegaportPartner.DataMegaportPartner;
  /** Management IPv4 address of the firewall (token, known after apply unless given). */
  public readonly managementIp: string;
  /** Prefix length of the management subnet (token unless given). */
  public readonly managementPrefixLength: number;
  /** Default gateway of the management interface (token unless given). */
  public readonly managementGateway: string;

  public constructor(scope: Construct, id: string, props: ManagementInternetProps) {
    super(scope, id);
    new Issues(this.node.path).addAll(shapeIssues(props, managementInternetShape)).throwIfAny();
    const issues = new Issues(this.node.path);
    issues.add(rateLimit("rateLimitMbps", props.rateLimitMbps));
    issues.add(positiveId("locationId", props.locationId, "location"));
    issues.add(diversityZone("diversityZone", props.diversityZone));
    const fixed = props.managementAddress;
    if (fixed) issues.addAll(managementAddressIssues(fixed));
    checkProductOptions(issues, props);
    issues.throwIfAny();
    const mve = props.mve;
    mve.attachments.attach("mgmt", "untagged", this.node.path, "mve");

    this.partnerPort = new dataMegaportPartner.DataMegaportPartner(this, "internet-port", {
      connectType: "TRANSIT",
      companyName: "Networks",
      productName: "Megaport Internet",
      locationId: props.locationId ?? mve.locationId,
      diversityZone: props.diversityZone,
    });

    this.resource = createVxc(
      this,
      "vxc",
      {
        productName: props.productName ?? `${mve.productName} management Internet`,
        rateLimitMbps: props.rateLimitMbps ?? 100,
        aEnd: { requestedProductUid: mve.productUid, vnicIndex: vnicOf("mgmt").index },
        bEnd: { requestedProductUid: this.partnerPort.productUid },
        bEndPartnerConfig: { partner: "transit" },
        postconditions: fixed ? [] : DERIVED_ADDRESS_POSTCONDITIONS,
      },
      props,
    );

    // TRANSIT connection fields, selected by connect type rather than by list position.
    const transit = (attribute: string): string[] =>
      Fn.matchkeys(
        this.resource.interpolationForAttribute(`csp_connections[*].${attribute}`) as unknown as string[],
        this.resource.interpolationForAttribute("csp_connections[*].connect_type") as unknown as string[],
        ["TRANSIT"],
      );
    const cidr = Fn.one(transit("customer_ip4_address")) as string;
    // Locals: each derived value is written once and referenced by name wherever it is used
    // (device preparation, outputs, the firewall stacks), rather than repeated as an expression.
    const local = (id: string, expression: unknown) => new TerraformLocal(this, id, expression);
    this.managementIp = fixed?.ip ?? local("ip", Fn.element(Fn.split("/", cidr), 0)).asString;
    this.managementPrefixLength =
      fixed?.prefixLength ??
      local("prefix-length", Fn.tonumber(Fn.try([Fn.element(Fn.split("/", cidr), 1), "32"]))).asNumber;
    this.managementGateway = fixed?.gateway ?? local("gateway", Fn.one(transit("ipv4_gateway_address"))).asString;
  }
}

// Apply-time checks on the addressing Megaport returns (Terraform evaluates them with `self`).
const TRANSIT_ADDRESSES =
  'matchkeys(self.csp_connections[*].customer_ip4_address, self.csp_connections[*].connect_type, ["TRANSIT"])';
const CIDR = `one(${TRANSIT_ADDRESSES})`;
const IP = `split("/", ${CIDR})[0]`;
const PREFIX = `try(tonumber(split("/", ${CIDR})[1]), 32)`;

/** Postconditions on the management VXC when its address is derived. */
export const DERIVED_ADDRESS_POSTCONDITIONS: ReadonlyArray<{ condition: string; errorMessage: string }> = [
  {
    condition: `\${length(${TRANSIT_ADDRESSES}) == 1}`,
    errorMessage:
      "Megaport returned no single TRANSIT connection with an IPv4 address for the management Internet VXC; set managementAddress explicitly.",
  },
  {
    condition: `\${can(cidrhost(format("%s/32", ${IP}), 0))}`,
    errorMessage: "The management address Megaport returned is not an IPv4 address; set managementAddress explicitly.",
  },
  {
    condition: `\${try(${PREFIX} >= 31 || (${IP} != cidrhost(${CIDR}, 0) && ${IP} != cidrhost(${CIDR}, -1)), false)}`,
    errorMessage:
      "The management address Megaport returned is a network or broadcast address, not a host address; set managementAddress explicitly.",
  },
];
