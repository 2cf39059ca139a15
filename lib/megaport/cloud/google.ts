import { Construct } from "constructs";
import { ipv4Address, ipv4Interface } from "../../core/rules";
import { optional, record } from "../../core/shape";
import type { PaloAltoMve } from "../palo-alto-mve";
import { addressShape, asnShape, cloudConnectionFields, mveShape, partnerPortShape } from "../shapes";
import {
  bgpAddressingIssues,
  CloudAttachment,
  CloudConnection,
  connectionNameShape,
  tokenSecret,
  type CloudConnectionProps,
} from "./connection";
import { partnerPortIssues, partnerPortUid, type PartnerPortSelector } from "./partner-lookup";
import { capacityOf, GOOGLE_ASN, GOOGLE_CAPACITIES_MBPS, googlePairingKey, tokenOnly } from "./partner-rules";

/** Props of a Google Cloud Partner Interconnect connection through Megaport. */
export type GoogleInterconnectProps = CloudConnectionProps;

/** The BGP session of one firewall with its Cloud Router (Google assigns the /29 per VLAN attachment). */
export interface PeeringAddresses {
  /** This firewall's address with prefix, as Google assigned it, e.g. `169.254.10.2/29`. */
  readonly localAddress: string;
  /** The Cloud Router's address, e.g. `169.254.10.1`. */
  readonly peerAddress: string;
  /** The far end's ASN. @default - the cloud's ASN (Google 16550, Oracle 31898) */
  readonly peerAsn?: number;
}

/** How the connection meets one MVE. */
export interface GoogleAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC). */
  readonly mve: PaloAltoMve;
  /**
   * Pairing key of this firewall's VLAN attachment (`<uuid>/<region>/<1|2>`); a secret: pass a
   * sensitive TerraformVariable's value. A literal is refused (it would be written into cdk.tf.json).
   */
  readonly pairingKey: string;
  /** The Google port: its location (and zone), or its product UID (Google has many; pin one). */
  readonly partnerPort: PartnerPortSelector;
  /** This firewall's BGP session with the Cloud Router, as Google shows it on the VLAN attachment. */
  readonly bgp: PeeringAddresses;
}

const GOOGLE_SHAPE = record(cloudConnectionFields(connectionNameShape));

/** Per-firewall fields of Google's and Oracle's attachments (the BGP addresses the cloud assigned). */
export function peeringShape(tokens: boolean) {
  return record({
    localAddress: addressShape("an interface address with prefix, e.g. 169.254.10.2/29", tokens),
    peerAddress: addressShape("an IPv4 address", tokens),
    peerAsn: optional(asnShape(tokens)),
  });
}

const GOOGLE_ATTACHMENT_SHAPE = record({
  mve: mveShape,
  pairingKey: tokenSecret("a pairing key"),
  partnerPort: partnerPortShape,
  bgp: peeringShape(true),
});

/** Rules for a cloud-assigned peering, reported under `prop`. */
export function peeringIssues(prop: string, bgp: PeeringAddresses) {
  return [
    ipv4Interface(
      `${prop}.localAddress`,
      bgp.localAddress,
      "give this firewall's address with prefix, e.g. 169.254.10.2/29",
    ),
    ipv4Address(`${prop}.peerAddress`, bgp.peerAddress, "give the cloud router's address, e.g. 169.254.10.1"),
    ...bgpAddressingIssues(prop, { peerAsn: bgp.peerAsn }),
  ];
}

/**
 * Google Cloud Partner Interconnect via Megaport: one VXC per MVE, each to a VLAN attachment of
 * its own (its own pairing key), on a Google port found by location or given by UID.
 */
export class GoogleInterconnectConnection extends CloudConnection {
  public constructor(public readonly google: GoogleInterconnectProps) {
    super(google);
  }

  /** Adds this connection's VXC to one MVE. */
  public attach(scope: Construct, id: string, attachment: GoogleAttachmentProps): CloudAttachment {
    const holder = this.attachmentScope(scope, id, GOOGLE_SHAPE, attachment, GOOGLE_ATTACHMENT_SHAPE);
    this.validateCommon(holder.node.path, [
      capacityOf("rateLimitMbps", this.google.rateLimitMbps, GOOGLE_CAPACITIES_MBPS, "Google Partner Interconnect"),
      tokenOnly("pairingKey", attachment.pairingKey, "google_pairing_key"),
      googlePairingKey("pairingKey", attachment.pairingKey),
      ...partnerPortIssues("partnerPort", attachment.partnerPort),
      ...peeringIssues("bgp", attachment.bgp),
    ]);
    const portUid = partnerPortUid(holder, "google-port", attachment.partnerPort, { connectType: "GOOGLE" });
    const result = new CloudAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: { requestedProductUid: portUid },
      bEndPartnerConfig: { partner: "google", googleConfig: { pairingKey: attachment.pairingKey } },
      bgp: () => ({
        localAddress: attachment.bgp.localAddress,
        peerAddress: attachment.bgp.peerAddress,
        peerAsn: attachment.bgp.peerAsn ?? GOOGLE_ASN,
      }),
    });
    this.attachments.push(result);
    return result;
  }
}
