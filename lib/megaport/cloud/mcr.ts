import { Construct } from "constructs";
import { integerInRange, ipv4Address, ipv4Interface } from "../../core/rules";
import { boolean, optional, record, text } from "../../core/shape";
import { isLiteral } from "../../core/tokens";
import { inSubnet, parseIpv4, parseIpv4Interface } from "../../core/ipv4";
import type { PaloAltoMve } from "../palo-alto-mve";
import { addressShape, asnShape, cloudConnectionFields, mveShape } from "../shapes";
import { CloudAttachment, CloudConnection, connectionNameShape, type CloudConnectionProps } from "./connection";
import { productUid } from "./partner-rules";

/** Props of a connection to a Megaport Cloud Router (MCR) you already have. */
export interface McrConnectionProps extends CloudConnectionProps {
  /** Product UID of the MCR (a UUID, from the Megaport Portal). */
  readonly mcrProductUid: string;
  /** The MCR's ASN on these sessions (set as the BGP connection's local ASN on the MCR side). */
  readonly mcrAsn: number;
  /** The firewalls' ASN: the MCR's BGP neighbour ASN. */
  readonly firewallAsn: number;
  /**
   * BFD on the MCR side of each session (the firewall side always runs BFD with its profile).
   * @default true
   */
  readonly bfd?: boolean;
}

/** How the connection meets one MVE. */
export interface McrAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC). */
  readonly mve: PaloAltoMve;
  /** This firewall's address with prefix on the VXC, e.g. `10.200.0.1/30`. */
  readonly localAddress: string;
  /** The MCR's address on the VXC, in the same subnet, e.g. `10.200.0.2`. */
  readonly mcrAddress: string;
}

const MCR_SHAPE = record({
  ...cloudConnectionFields(connectionNameShape),
  mcrProductUid: text({ max: 100, tokens: true, fix: "give the MCR's product UID" }),
  mcrAsn: asnShape(),
  firewallAsn: asnShape(),
  bfd: optional(boolean()),
});
const MCR_ATTACHMENT_SHAPE = record({
  mve: mveShape,
  localAddress: addressShape("an interface address with prefix, e.g. 10.200.0.1/30"),
  mcrAddress: addressShape("an IPv4 address"),
});

/** The MCR's address must sit in the firewall's subnet, and differ from it. */
function mcrAddressInSubnet(localAddress: string, mcrAddress: string) {
  const local = isLiteral(localAddress) ? parseIpv4Interface(localAddress) : undefined;
  const mcr = isLiteral(mcrAddress) ? parseIpv4(mcrAddress) : undefined;
  if (!local || mcr === undefined) return undefined;
  const inside = inSubnet(local, mcr);
  if (inside && mcr !== local.address) return undefined;
  return {
    prop: "mcrAddress",
    value: mcrAddress,
    problem: inside ? "is the firewall's own address" : `is not in the firewall's subnet ${localAddress}`,
    allowed: "another host address of the firewall's subnet",
    fix: "give the MCR an address of the same /30 (or /29), e.g. the second host",
  };
}

/**
 * A Megaport Cloud Router by product UID: one VXC per MVE, with the MCR side's interface and BGP
 * session ordered on the VXC (`vrouter` partner config), so the MCR peers with each firewall.
 */
export class McrConnection extends CloudConnection {
  public constructor(public readonly mcr: McrConnectionProps) {
    super(mcr);
  }

  /** Adds this connection's VXC to one MVE. */
  public attach(scope: Construct, id: string, attachment: McrAttachmentProps): CloudAttachment {
    const props = this.mcr;
    const holder = this.attachmentScope(scope, id, MCR_SHAPE, attachment, MCR_ATTACHMENT_SHAPE);
    this.validateCommon(holder.node.path, [
      productUid("mcrProductUid", props.mcrProductUid, "the MCR"),
      integerInRange("mcrAsn", props.mcrAsn, 1, 4294967295, "give the MCR's ASN", "an ASN"),
      integerInRange("firewallAsn", props.firewallAsn, 1, 4294967295, "give the firewalls' ASN", "an ASN"),
      props.mcrAsn === props.firewallAsn
        ? {
            prop: "mcrAsn",
            value: props.mcrAsn,
            problem: "equals firewallAsn; the firewalls peer over eBGP",
            allowed: "an ASN other than the firewalls'",
            fix: "give the MCR its own ASN (Megaport's default for an MCR is 133937)",
          }
        : undefined,
      ipv4Interface(
        "localAddress",
        attachment.localAddress,
        "give this firewall's address with prefix, e.g. 10.200.0.1/30",
      ),
      ipv4Address("mcrAddress", attachment.mcrAddress, "give the MCR's address on the VXC, e.g. 10.200.0.2"),
      mcrAddressInSubnet(attachment.localAddress, attachment.mcrAddress),
    ]);
    const prefix = attachment.localAddress.split("/")[1];
    const result = new CloudAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: { requestedProductUid: props.mcrProductUid },
      bEndPartnerConfig: {
        partner: "vrouter",
        vrouterConfig: {
          interfaces: [
            {
              ipAddresses: [`${attachment.mcrAddress}/${prefix}`],
              bgpConnections: [
                {
                  localAsn: props.mcrAsn,
                  peerAsn: props.firewallAsn,
                  localIpAddress: attachment.mcrAddress,
                  peerIpAddress: attachment.localAddress.split("/")[0],
                  bfdEnabled: props.bfd ?? true,
                  description: `${attachment.mve.productName} ${props.name}`,
                },
              ],
            },
          ],
        },
      },
      bgp: () => ({
        localAddress: attachment.localAddress,
        peerAddress: attachment.mcrAddress,
        peerAsn: props.mcrAsn,
      }),
    });
    this.attachments.push(result);
    return result;
  }
}
