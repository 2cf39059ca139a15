import { Fn } from "cdktf";
import { Construct } from "constructs";
import { integerInRange, ipv4Interface, nonEmpty, oneOf } from "../../core/rules";
import { isLiteral } from "../../core/tokens";
import type { PaloAltoMve } from "../palo-alto-mve";
import {
  bgpAddressingIssues,
  CloudAttachment,
  CloudConnection,
  connectionNameShape,
  definedOnly,
  tokenSecret,
  warnOnLiteralSecrets,
  type BgpAddressing,
  type CloudConnectionProps,
} from "./connection";
import { record } from "../../core/shape";
import { awsAttachmentFields, awsFields, cloudConnectionFields, mveShape } from "../shapes";
import { partnerPortIssues, partnerPortUid, type PartnerPortSelector } from "./partner-lookup";

/** Props of an AWS Direct Connect connection through Megaport. */
export interface AwsConnectionProps extends CloudConnectionProps {
  /** `hosted-vif` (Megaport orders a virtual interface) or `hosted-connection` (a dedicated hosted connection). */
  readonly type: "hosted-vif" | "hosted-connection";
  /** AWS region as Megaport names its ports, e.g. `Asia Pacific (Sydney) (ap-southeast-2)`. */
  readonly region: string;
  /** AWS account id that accepts the VIF or connection (12 digits). */
  readonly ownerAccount: string;
  /**
   * Name of the VIF / connection in AWS.
   * @default - the connection name
   */
  readonly awsName?: string;
  /**
   * Hosted-VIF settings (ignored for hosted connections, whose VIFs are created in AWS).
   * @default - a private VIF; addressing per attachment
   */
  readonly vif?: {
    /** @default "private" */
    readonly type?: "private" | "public" | "transit";
    /** The firewall's (customer) ASN on this VIF. */
    readonly asn: number;
    /** The Amazon-side ASN (of the virtual or Direct Connect gateway). */
    readonly amazonAsn: number;
    /**
     * BGP MD5 key; a secret, pass a sensitive TerraformVariable's value.
     * @default - AWS generates one
     */
    readonly authKey?: string;
    /**
     * Prefixes to announce (public VIF).
     * @default - none
     */
    readonly prefixes?: string;
  };
}

/** How the connection meets one MVE. */
export interface AwsAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC). */
  readonly mve: PaloAltoMve;
  /** The AWS port: its location (and zone), or its product UID. */
  readonly partnerPort: PartnerPortSelector;
  /**
   * Hosted VIF addressing for this firewall, as interface addresses with prefix (e.g.
   * `169.254.100.1/30` and `169.254.100.2/30`).
   * @default - AWS assigns addresses; read them from `bgp` after apply
   */
  readonly addressing?: { readonly customerAddress: string; readonly amazonAddress: string };
  /**
   * This firewall's BGP session over the VXC when Megaport does not set it: for a hosted
   * connection, the VIF you create on it in AWS. Overrides what a hosted VIF derives.
   * @default - from `addressing` / what AWS assigns (hosted VIF); none (hosted connection)
   */
  readonly bgp?: BgpAddressing;
}

const AWS_SHAPE = record({ ...cloudConnectionFields(connectionNameShape), ...awsFields(tokenSecret) });
const AWS_ATTACHMENT_SHAPE = record({ mve: mveShape, ...awsAttachmentFields(true) });

/** AWS Direct Connect via Megaport: hosted VIF or hosted connection. */
export class AwsConnection extends CloudConnection {
  public constructor(public readonly aws: AwsConnectionProps) {
    super(aws);
  }

  /** Adds this connection's VXC to one MVE. */
  public attach(scope: Construct, id: string, attachment: AwsAttachmentProps): CloudAttachment {
    const props = this.aws;
    const holder = this.attachmentScope(scope, id, AWS_SHAPE, attachment, AWS_ATTACHMENT_SHAPE);
    const isVif = props.type === "hosted-vif";
    this.validateCommon(holder.node.path, [
      oneOf("type", props.type, ["hosted-vif", "hosted-connection"], "choose hosted-vif or hosted-connection"),
      nonEmpty(
        "region",
        props.region,
        "give the region as Megaport names it, e.g. Asia Pacific (Sydney) (ap-southeast-2)",
      ),
      isLiteral(props.ownerAccount) && !/^\d{12}$/.test(props.ownerAccount)
        ? {
            prop: "ownerAccount",
            value: props.ownerAccount,
            problem: "is not an AWS account id",
            allowed: "12 digits",
            fix: "give the id of the AWS account that accepts the connection",
          }
        : undefined,
      isVif && props.vif === undefined
        ? {
            prop: "vif",
            value: undefined,
            problem: "is required for a hosted VIF",
            allowed: "{ asn, amazonAsn, type?, authKey?, prefixes? }",
            fix: "give the VIF's ASNs",
          }
        : undefined,
      integerInRange("vif.asn", props.vif?.asn, 1, 4294967295, "give the firewall's BGP ASN", "an ASN"),
      integerInRange("vif.amazonAsn", props.vif?.amazonAsn, 1, 4294967295, "give the Amazon-side ASN", "an ASN"),
      ...partnerPortIssues("partnerPort", attachment.partnerPort),
      ipv4Interface(
        "addressing.customerAddress",
        attachment.addressing?.customerAddress,
        "give an address with prefix, e.g. 169.254.100.1/30",
      ),
      ipv4Interface(
        "addressing.amazonAddress",
        attachment.addressing?.amazonAddress,
        "give an address with prefix, e.g. 169.254.100.2/30",
      ),
      ...bgpAddressingIssues("bgp", attachment.bgp),
    ]);
    warnOnLiteralSecrets(holder, { "vif.authKey": props.vif?.authKey });
    const connectType = isVif ? "AWS" : "AWSHC";
    const portUid = partnerPortUid(holder, "aws-port", attachment.partnerPort, {
      connectType,
      companyName: "AWS",
      productName: props.region,
    });
    const vif = props.vif;
    const result = new CloudAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: { requestedProductUid: portUid },
      bEndPartnerConfig: {
        partner: "aws",
        awsConfig: {
          connectType,
          name: props.awsName ?? props.name,
          ownerAccount: props.ownerAccount,
          ...(isVif && vif
            ? {
                type: vif.type ?? "private",
                asn: vif.asn,
                amazonAsn: vif.amazonAsn,
                authKey: vif.authKey,
                prefixes: vif.prefixes,
                customerIpAddress: attachment.addressing?.customerAddress,
                amazonIpAddress: attachment.addressing?.amazonAddress,
              }
            : {}),
        },
      },
      bgp: (resource) => {
        if (!isVif) return { ...attachment.bgp };
        const returned = resource.cspConnections.get(0);
        const amazon = attachment.addressing?.amazonAddress ?? returned.amazonAddress;
        return {
          localAddress: attachment.addressing?.customerAddress ?? returned.customerAddress,
          peerAddress: isLiteral(amazon) ? amazon.split("/")[0] : (Fn.element(Fn.split("/", amazon), 0) as string),
          peerAsn: vif?.amazonAsn,
          ...definedOnly(attachment.bgp),
        };
      },
    });
    this.attachments.push(result);
    return result;
  }
}
