import { Construct } from "constructs";
import type { vxc } from "../../../.gen/providers/megaport";
import { Annotations } from "cdktf";
import { integerInRange, ipv4Address, ipv4Interface, nonEmpty } from "../../core/rules";
import { isLiteral } from "../../core/tokens";
import { shapeIssues, text, type Shape } from "../../core/shape";
import { Issues, type RuleIssue } from "../../core/validation-error";
import { secretShape } from "../shapes";
import type { PaloAltoMve } from "../palo-alto-mve";
import { checkProductOptions, type ProductOptions } from "../product";
import { rateLimit, vlanId } from "../rules";
import { vnicOf } from "../vnic";
import { createVxc } from "../vxc";

/** What every data-plane connection has, whatever is at the far end. */
export interface CloudConnectionProps extends ProductOptions {
  /** Short name, used in product names and as the connection's key, e.g. `aws`. */
  readonly name: string;
  /**
   * VLAN the connection is delivered on, tagged, on the `data` vNIC (ethernet1/1.<vlan> in
   * PAN-OS). The same VLAN on both MVEs of a pair, as the guide requires.
   */
  readonly vlan: number;
  /** Bandwidth in Mbps of each VXC. */
  readonly rateLimitMbps: number;
}

/** BGP addressing on one attachment, as far as it is known at synth time or returned by Megaport. */
export interface BgpAddressing {
  /** This firewall's interface address with prefix, e.g. `169.254.100.1/30`. */
  readonly localAddress?: string;
  /** The far end's BGP peer address, e.g. `169.254.100.2`. */
  readonly peerAddress?: string;
  /** The far end's ASN. */
  readonly peerAsn?: number;
}

/** The fields of `bgp` that are set, so that spreading them overrides only those. */
export function definedOnly(bgp: BgpAddressing | undefined): BgpAddressing {
  return Object.fromEntries(Object.entries(bgp ?? {}).filter(([, value]) => value !== undefined)) as BgpAddressing;
}

/** Rules for BGP addressing given explicitly on an attachment, reported under `prop`. */
export function bgpAddressingIssues(prop: string, bgp: BgpAddressing | undefined): Array<RuleIssue | undefined> {
  return [
    ipv4Interface(
      `${prop}.localAddress`,
      bgp?.localAddress,
      "give this firewall's address with prefix, e.g. 10.0.0.1/30",
    ),
    ipv4Address(`${prop}.peerAddress`, bgp?.peerAddress, "give the neighbour's address, e.g. 10.0.0.2"),
    integerInRange(`${prop}.peerAsn`, bgp?.peerAsn, 1, 4294967295, "give the neighbour's ASN", "an ASN"),
  ];
}

/** Throws the shape issues of a connection's and an attachment's props, before any rule reads them. */
export function throwShapeIssues(path: string, found: readonly RuleIssue[]): void {
  new Issues(path).addAll(found).throwIfAny();
}

/** A connection's name as the Megaport side uses it (product names). */
export const connectionNameShape = text({ max: 64, fix: "name the connection, e.g. aws" });

/** A secret of a connection: a token (a sensitive TerraformVariable's value) or a literal. */
export const tokenSecret = (what: string) => secretShape(what, `give ${what} (a sensitive TerraformVariable's value)`);

/** A secret given as a literal ends up in cdk.tf.json: say so where it was given. */
export function warnOnLiteralSecrets(scope: Construct, secrets: Record<string, string | undefined>): void {
  const literal = Object.entries(secrets)
    .filter(([, value]) => value !== undefined && isLiteral(value))
    .map(([name]) => name);
  if (literal.length > 0) {
    Annotations.of(scope).addWarning(
      `${literal.join(", ")} ${literal.length === 1 ? "is a literal string and" : "are literal strings and"} will be written into cdk.tf.json; pass the value of a sensitive variable instead.`,
    );
  }
}

/** One VXC of a connection: the connection attached to one MVE. */
export class CloudAttachment extends Construct {
  /** The VXC resource. */
  public readonly resource: vxc.Vxc;
  /** The connection it belongs to. */
  public readonly connection: CloudConnection;
  /** The MVE it is attached to. */
  public readonly mve: PaloAltoMve;
  /** The BGP addressing of this attachment, where known. */
  public readonly bgp: BgpAddressing;

  /** @internal built by CloudConnection.attach */
  public constructor(
    scope: Construct,
    id: string,
    connection: CloudConnection,
    mve: PaloAltoMve,
    shape: {
      bEnd: vxc.VxcBEnd;
      bEndPartnerConfig?: vxc.VxcBEndPartnerConfig;
      bgp: (resource: vxc.Vxc) => BgpAddressing;
      postconditions?: ReadonlyArray<{ condition: string; errorMessage: string }>;
    },
  ) {
    super(scope, id);
    this.connection = connection;
    this.mve = mve;
    mve.attachments.attach("data", connection.vlan, this.node.path, "vlan");
    this.resource = createVxc(
      this,
      "vxc",
      {
        productName: `${mve.productName} ${connection.name}`,
        rateLimitMbps: connection.rateLimitMbps,
        aEnd: { requestedProductUid: mve.productUid, vnicIndex: vnicOf("data").index, innerVlan: connection.vlan },
        bEnd: shape.bEnd,
        bEndPartnerConfig: shape.bEndPartnerConfig,
        postconditions: shape.postconditions,
      },
      connection.props,
    );
    this.bgp = shape.bgp(this.resource);
  }
}

/**
 * A data-plane connection (to a cloud or any partner port), defined once and attached to each
 * MVE of a pair with `attach`; every attachment is a VXC on the MVE's `data` vNIC, tagged with the
 * connection's VLAN.
 */
export abstract class CloudConnection {
  /** Every attachment made so far, in order. */
  public readonly attachments: CloudAttachment[] = [];

  protected constructor(public readonly props: CloudConnectionProps) {}

  /** The connection's name. */
  public get name(): string {
    return this.props.name;
  }

  /** The VLAN on the MVE side. */
  public get vlan(): number {
    return this.props.vlan;
  }

  /** Bandwidth in Mbps. */
  public get rateLimitMbps(): number {
    return this.props.rateLimitMbps;
  }

  /**
   * The construct of a new attachment, once the connection's props and the attachment's have the
   * shapes given (the issues of both are thrown together, at the attachment's path).
   */
  protected attachmentScope(
    scope: Construct,
    id: string,
    connectionShape: Shape,
    attachment: unknown,
    attachmentShape: Shape,
  ): Construct {
    const holder = new Construct(scope, id);
    throwShapeIssues(holder.node.path, [
      ...shapeIssues(this.props, connectionShape),
      ...shapeIssues(attachment, attachmentShape),
    ]);
    return holder;
  }

  /** Checks the shared props plus the kind-specific ones, reporting at `path`. */
  protected validateCommon(path: string, extra: ReadonlyArray<RuleIssue | undefined>): void {
    const issues = new Issues(path);
    issues.add(nonEmpty("name", this.props.name, "name the connection, e.g. aws"));
    issues.add(vlanId("vlan", this.props.vlan));
    issues.add(rateLimit("rateLimitMbps", this.props.rateLimitMbps));
    checkProductOptions(issues, this.props);
    issues.addAll(extra);
    issues.throwIfAny();
  }
}
