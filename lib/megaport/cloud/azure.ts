import { Construct } from "constructs";
import { integerInRange, ipv4Subnet, nonEmpty, oneOf } from "../../core/rules";
import { formatIpv4, parseIpv4Interface } from "../../core/ipv4";
import { isLiteral } from "../../core/tokens";
import type { PaloAltoMve } from "../palo-alto-mve";
import { vlanId } from "../rules";
import { oneOf as oneOfShape, optional, record } from "../../core/shape";
import { azureFields, bgpAddressingShape, cloudConnectionFields, mveShape } from "../shapes";
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

/** Microsoft's ASN on ExpressRoute private peering. */
export const MICROSOFT_ASN = 12076;

/** Props of an Azure ExpressRoute connection through Megaport. */
export interface AzureExpressRouteProps extends CloudConnectionProps {
  /** The ExpressRoute circuit's service key; a secret: pass a sensitive TerraformVariable's value. */
  readonly serviceKey: string;
  /**
   * Have Megaport configure private peering on the circuit.
   * @default - none; configure peering in Azure
   */
  readonly privatePeering?: {
    /** The firewall's ASN. */
    readonly peerAsn: number;
    /** /30 for the primary link; the firewall takes its first host, Microsoft the second. */
    readonly primarySubnet: string;
    /** /30 for the secondary link. */
    readonly secondarySubnet: string;
    /**
     * Peering VLAN on the Microsoft side.
     * @default - the connection's VLAN
     */
    readonly vlan?: number;
    /**
     * BGP MD5 key; a secret.
     * @default - none
     */
    readonly sharedKey?: string;
  };
}

/** How the connection meets one MVE. */
export interface AzureAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC). */
  readonly mve: PaloAltoMve;
  /** Which ExpressRoute port this MVE uses; the two MVEs of a pair use one each. */
  readonly port: "primary" | "secondary";
  /**
   * This firewall's BGP session over the VXC, when Megaport does not configure the peering
   * (no `privatePeering`). Overrides what the peering subnets give.
   * @default - from the private peering subnets
   */
  readonly bgp?: BgpAddressing;
}

const AZURE_SHAPE = record({ ...cloudConnectionFields(connectionNameShape), ...azureFields(tokenSecret) });
const AZURE_ATTACHMENT_SHAPE = record({
  mve: mveShape,
  port: oneOfShape(["primary", "secondary"], "use primary for one MVE and secondary for the other"),
  bgp: optional(bgpAddressingShape(true, false)),
});

/** Azure ExpressRoute via Megaport: one VXC per MVE, primary on one and secondary on the other. */
export class AzureExpressRouteConnection extends CloudConnection {
  private readonly portsUsed = new Map<string, string>();

  public constructor(public readonly azure: AzureExpressRouteProps) {
    super(azure);
  }

  /** Adds this connection's VXC to one MVE, on the given ExpressRoute port. */
  public attach(scope: Construct, id: string, attachment: AzureAttachmentProps): CloudAttachment {
    const props = this.azure;
    const holder = this.attachmentScope(scope, id, AZURE_SHAPE, attachment, AZURE_ATTACHMENT_SHAPE);
    const peering = props.privatePeering;
    const subnetFix = "give a /30 such as 192.168.100.0/30";
    const portTaken = this.portsUsed.get(attachment.port);
    this.validateCommon(holder.node.path, [
      nonEmpty("serviceKey", props.serviceKey, "give the ExpressRoute circuit's service key"),
      oneOf("port", attachment.port, ["primary", "secondary"], "use primary for one MVE and secondary for the other"),
      portTaken
        ? {
            prop: "port",
            value: attachment.port,
            problem: `the ${attachment.port} ExpressRoute port is already used by ${portTaken}`,
            allowed: "primary on one MVE, secondary on the other",
            fix: `attach this MVE to the ${attachment.port === "primary" ? "secondary" : "primary"} port`,
          }
        : undefined,
      integerInRange(
        "privatePeering.peerAsn",
        peering?.peerAsn,
        1,
        4294967295,
        "give the firewall's BGP ASN",
        "an ASN",
      ),
      ipv4Subnet("privatePeering.primarySubnet", peering?.primarySubnet, 30, subnetFix),
      ipv4Subnet("privatePeering.secondarySubnet", peering?.secondarySubnet, 30, subnetFix),
      vlanId("privatePeering.vlan", peering?.vlan),
      ...bgpAddressingIssues("bgp", attachment.bgp),
    ]);
    warnOnLiteralSecrets(holder, { serviceKey: props.serviceKey, "privatePeering.sharedKey": peering?.sharedKey });
    this.portsUsed.set(attachment.port, holder.node.path);
    const result = new CloudAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: {},
      bEndPartnerConfig: {
        partner: "azure",
        azureConfig: {
          serviceKey: props.serviceKey,
          portChoice: attachment.port,
          peers: peering
            ? [
                {
                  type: "private",
                  peerAsn: String(peering.peerAsn),
                  primarySubnet: peering.primarySubnet,
                  secondarySubnet: peering.secondarySubnet,
                  vlan: peering.vlan ?? props.vlan,
                  sharedKey: peering.sharedKey,
                },
              ]
            : undefined,
        },
      },
      bgp: () => ({ ...peeringAddressing(peering, attachment.port), ...definedOnly(attachment.bgp) }),
    });
    this.attachments.push(result);
    return result;
  }
}

/** The firewall's and Microsoft's addresses on one port's /30, when the subnet is a literal. */
function peeringAddressing(
  peering: AzureExpressRouteProps["privatePeering"],
  port: "primary" | "secondary",
): BgpAddressing {
  if (!peering) return {};
  const subnet = port === "primary" ? peering.primarySubnet : peering.secondarySubnet;
  const parsed = isLiteral(subnet) ? parseIpv4Interface(subnet) : undefined;
  if (!parsed) return { peerAsn: MICROSOFT_ASN };
  return {
    localAddress: `${formatIpv4(parsed.network + 1)}/${parsed.prefixLength}`,
    peerAddress: formatIpv4(parsed.network + 2),
    peerAsn: MICROSOFT_ASN,
  };
}
