import { Construct } from "constructs";
import { record } from "../../core/shape";
import type { PaloAltoMve } from "../palo-alto-mve";
import { cloudConnectionFields, mveShape, partnerPortShape, secretShape } from "../shapes";
import { CloudAttachment, CloudConnection, connectionNameShape, type CloudConnectionProps } from "./connection";
import { peeringIssues, peeringShape, type PeeringAddresses } from "./google";
import { partnerPortIssues, partnerPortUid, type PartnerPortSelector } from "./partner-lookup";
import { capacityOf, ORACLE_ASN, ORACLE_CAPACITIES_MBPS, oracleVirtualCircuitId } from "./partner-rules";

/** Props of an Oracle FastConnect connection through Megaport. */
export type OracleFastConnectProps = CloudConnectionProps;

/** How the connection meets one MVE. */
export interface OracleAttachmentProps {
  /** The MVE (its `data` vNIC carries the VXC). */
  readonly mve: PaloAltoMve;
  /** OCID of this firewall's FastConnect virtual circuit (`ocid1.virtualcircuit.oc1.<region>.<id>`). */
  readonly virtualCircuitId: string;
  /** The Oracle port: its location (and zone), or its product UID. */
  readonly partnerPort: PartnerPortSelector;
  /** This firewall's BGP session, as set on the virtual circuit in OCI (customer and Oracle BGP addresses). */
  readonly bgp: PeeringAddresses;
}

const ORACLE_SHAPE = record(cloudConnectionFields(connectionNameShape));
const ORACLE_ATTACHMENT_SHAPE = record({
  mve: mveShape,
  virtualCircuitId: secretShape("an OCI virtual circuit OCID", "give the virtual circuit's OCID"),
  partnerPort: partnerPortShape,
  bgp: peeringShape(true),
});

/** Oracle FastConnect via Megaport: one VXC per MVE, each to a virtual circuit of its own. */
export class OracleFastConnectConnection extends CloudConnection {
  public constructor(public readonly oracle: OracleFastConnectProps) {
    super(oracle);
  }

  /** Adds this connection's VXC to one MVE. */
  public attach(scope: Construct, id: string, attachment: OracleAttachmentProps): CloudAttachment {
    const holder = this.attachmentScope(scope, id, ORACLE_SHAPE, attachment, ORACLE_ATTACHMENT_SHAPE);
    this.validateCommon(holder.node.path, [
      capacityOf("rateLimitMbps", this.oracle.rateLimitMbps, ORACLE_CAPACITIES_MBPS, "Oracle FastConnect"),
      oracleVirtualCircuitId("virtualCircuitId", attachment.virtualCircuitId),
      ...partnerPortIssues("partnerPort", attachment.partnerPort),
      ...peeringIssues("bgp", attachment.bgp),
    ]);
    const portUid = partnerPortUid(holder, "oracle-port", attachment.partnerPort, { connectType: "ORACLE" });
    const result = new CloudAttachment(holder, "attachment", this, attachment.mve, {
      bEnd: { requestedProductUid: portUid },
      bEndPartnerConfig: { partner: "oracle", oracleConfig: { virtualCircuitId: attachment.virtualCircuitId } },
      bgp: () => ({
        localAddress: attachment.bgp.localAddress,
        peerAddress: attachment.bgp.peerAddress,
        peerAsn: attachment.bgp.peerAsn ?? ORACLE_ASN,
      }),
    });
    this.attachments.push(result);
    return result;
  }
}
