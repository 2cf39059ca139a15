import { Construct } from "constructs";
import { nonEmpty } from "../../core/rules";
import type { PaloAltoMve } from "../palo-alto-mve";
import { vlanId } from "../rules";
import { optional, record } from "../../core/shape";
import { cloudConnectionFields, mveShape, partnerPortAttachmentFields, vlanShape } from "../shapes";
import {
  bgpAddressingIssues,
  CloudAttachment,
  CloudConnection,
  connectionNameShape,
  type CloudConnectionProps,
} from "./connection";

const PARTNER_SHAPE = record({ ...cloudConnectionFields(connectionNameShape), partnerVlan: optional(vlanShape) });
const PARTNER_ATTACHMENT_SHAPE = record({ mve: mveShape, ...partnerPortAttachmentFields(true) });

/** Props of a connection to any partner port given by product UID (another cloud, a data centre). */
export interface PartnerPortConnectionProps extends CloudConnectionProps {
  /**
   * VLAN on the partner end.
   * @default - Megaport assigns one
   */
  readonly partnerVlan?: number;
}

/** How the connection meets one MVE. */
export interface PartnerPortAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC). */
  readonly mve: PaloAltoMve;
  /** Product UID of the port the VXC ends on. */
  readonly productUid: string;
  /**
   * BGP addressing on this link, if BGP runs over it.
   * @default - none
   */
  readonly bgp?: { readonly localAddress: string; readonly peerAddress: string; readonly peerAsn: number };
}

/** A generic connection to a partner port by UID. */
export class PartnerPortConnection extends CloudConnection {
  public constructor(public readonly partner: PartnerPortConnectionProps) {
    super(partner);
  }

  /** Adds this connection's VXC to one MVE. */
  public attach(scope: Construct, id: string, attachment: PartnerPortAttachmentProps): CloudAttachment {
    const holder = this.attachmentScope(scope, id, PARTNER_SHAPE, attachment, PARTNER_ATTACHMENT_SHAPE);
    const bgp = attachment.bgp;
    this.validateCommon(holder.node.path, [
      nonEmpty("productUid", attachment.productUid, "give the partner port's product UID"),
      vlanId("partnerVlan", this.partner.partnerVlan),
      ...bgpAddressingIssues("bgp", bgp),
    ]);
    const result = new CloudAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: {
        requestedProductUid: attachment.productUid,
        ...(this.partner.partnerVlan ? { orderedVlan: this.partner.partnerVlan } : {}),
      },
      bgp: () => ({ ...bgp }),
    });
    this.attachments.push(result);
    return result;
  }
}
