import { Fn, TerraformLocal } from "cdktf";
import { Construct } from "constructs";
import type { vxc } from "../../../.gen/providers/megaport";
import { dataMegaportPartner } from "../../../.gen/providers/megaport";
import { ipv4Address, ipv4Interface } from "../../core/rules";
import { optional, record } from "../../core/shape";
import type { PaloAltoMve } from "../palo-alto-mve";
import { addressShape, cloudConnectionFields, diversityZoneShape, idShape, mveShape } from "../shapes";
import { diversityZone, positiveId, type DiversityZone } from "../rules";
import { CloudAttachment, CloudConnection, connectionNameShape, type CloudConnectionProps } from "./connection";

/** Props of Megaport Internet on the MVEs' data vNIC (internet breakout). */
export interface InternetBreakoutConnectionProps extends CloudConnectionProps {
  /** Location of the Megaport Internet port. @default - each MVE's location */
  readonly locationId?: number;
  /** Diversity zone of the Megaport Internet port. @default - any */
  readonly diversityZone?: DiversityZone;
}

/** The address Megaport assigns on one breakout VXC (tokens unless given). */
export interface InternetAddressing {
  /** The firewall's address with prefix, e.g. `203.0.113.10/29`. */
  readonly address: string;
  /** Megaport's gateway on the VXC. */
  readonly gateway: string;
}

/** How the breakout meets one MVE. */
export interface InternetBreakoutAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC, tagged with the connection's VLAN). */
  readonly mve: PaloAltoMve;
  /** The addressing, when you know it. @default - derived from the VXC's TRANSIT connection after apply */
  readonly addressing?: InternetAddressing;
}

const BREAKOUT_SHAPE = record({
  ...cloudConnectionFields(connectionNameShape),
  locationId: optional(idShape),
  diversityZone: optional(diversityZoneShape),
});
const BREAKOUT_ATTACHMENT_SHAPE = record({
  mve: mveShape,
  addressing: optional(
    record({
      address: addressShape("an interface address with prefix, e.g. 203.0.113.10/29", true),
      gateway: addressShape("an IPv4 address", true),
    }),
  ),
});

// Apply-time check that Megaport returned one TRANSIT connection with an address (as management does).
const TRANSIT_ADDRESSES =
  'matchkeys(self.csp_connections[*].customer_ip4_address, self.csp_connections[*].connect_type, ["TRANSIT"])';

/** One breakout VXC, with the address and gateway the firewall uses. */
export class InternetAttachment extends CloudAttachment {
  /** The firewall's address and Megaport's gateway (tokens unless given). */
  public readonly internet: InternetAddressing;

  /** @internal built by InternetBreakoutConnection.attach */
  public constructor(
    scope: Construct,
    id: string,
    connection: InternetBreakoutConnection,
    mve: PaloAltoMve,
    shape: { bEnd: vxc.VxcBEnd; given?: InternetAddressing },
  ) {
    super(scope, id, connection, mve, {
      bEnd: shape.bEnd,
      bEndPartnerConfig: { partner: "transit" },
      bgp: () => ({}),
      postconditions: shape.given
        ? []
        : [
            {
              condition: `\${length(${TRANSIT_ADDRESSES}) == 1}`,
              errorMessage: `Megaport returned no single TRANSIT connection with an IPv4 address for the internet breakout ${connection.name}; give the addressing explicitly.`,
            },
          ],
    });
    // TRANSIT fields, selected by connect type rather than by list position (see ManagementInternet).
    const transit = (attribute: string): string[] =>
      Fn.matchkeys(
        this.resource.interpolationForAttribute(`csp_connections[*].${attribute}`) as unknown as string[],
        this.resource.interpolationForAttribute("csp_connections[*].connect_type") as unknown as string[],
        ["TRANSIT"],
      );
    this.internet = shape.given ?? {
      address: new TerraformLocal(this, "address", Fn.one(transit("customer_ip4_address"))).asString,
      gateway: new TerraformLocal(this, "gateway", Fn.one(transit("ipv4_gateway_address"))).asString,
    };
  }
}

/**
 * Megaport Internet on the data vNIC: one tagged TRANSIT VXC per MVE, on the connection's VLAN,
 * for the firewalls' internet breakout. Megaport assigns each VXC its address and gateway.
 */
export class InternetBreakoutConnection extends CloudConnection {
  public constructor(public readonly breakout: InternetBreakoutConnectionProps) {
    super(breakout);
  }

  /** Adds this connection's VXC to one MVE. */
  public attach(scope: Construct, id: string, attachment: InternetBreakoutAttachmentProps): InternetAttachment {
    const props = this.breakout;
    const holder = this.attachmentScope(scope, id, BREAKOUT_SHAPE, attachment, BREAKOUT_ATTACHMENT_SHAPE);
    const given = attachment.addressing;
    this.validateCommon(holder.node.path, [
      positiveId("locationId", props.locationId, "location"),
      diversityZone("diversityZone", props.diversityZone),
      ipv4Interface("addressing.address", given?.address, "give the address Megaport assigned, with prefix"),
      ipv4Address("addressing.gateway", given?.gateway, "give the gateway Megaport assigned"),
    ]);
    const port = new dataMegaportPartner.DataMegaportPartner(holder, "internet-port", {
      connectType: "TRANSIT",
      companyName: "Networks",
      productName: "Megaport Internet",
      locationId: props.locationId ?? attachment.mve.locationId,
      diversityZone: props.diversityZone,
    });
    const result = new InternetAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: { requestedProductUid: port.productUid },
      given,
    });
    this.attachments.push(result);
    return result;
  }
}
