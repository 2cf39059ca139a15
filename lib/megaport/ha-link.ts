import { Construct } from "constructs";
import type { vxc } from "../../.gen/providers/megaport";
import { nonEmpty } from "../core/rules";
import { optional, record, shapeIssues, type Shape } from "../core/shape";
import { Issues, ValidationError } from "../core/validation-error";
import { haRoleShape, mvePairShape, productNameShape, productOptionFields, rateLimitShape } from "./shapes";
import type { PaloAltoMve } from "./palo-alto-mve";
import { checkProductOptions, type ProductOptions } from "./product";
import { haRole, rateLimit } from "./rules";
import { vnicOf, type HaRole } from "./vnic";
import { createVxc } from "./vxc";

/** HA1 and HA2 run at 1 Gbps, as the guide recommends. */
export const DEFAULT_HA_RATE_LIMIT_MBPS = 1000;

/** Props of an HA link between the same HA vNIC of two Palo Alto MVEs. */
export interface HaLinkProps extends ProductOptions {
  /** Which HA vNIC the link joins on both MVEs. */
  readonly role: HaRole;
  /** The two MVEs; A-end first. */
  readonly mves: readonly [PaloAltoMve, PaloAltoMve];
  /**
   * Bandwidth in Mbps. HA3 forwards data-plane traffic between the firewalls during a path
   * failure, so it has no safe default: size it for the traffic through the pair (the guide uses
   * 10000).
   * @default 1000 for ha1 and ha2; required for ha3
   */
  readonly rateLimitMbps?: number;
  /**
   * VXC product name.
   * @default - `<A-end MVE product name> <ROLE>`, e.g. `syd-fw-0 HA3`
   */
  readonly productName?: string;
}

/** HaLinkProps at run time. */
const haLinkShape: Shape = record({
  ...productOptionFields,
  role: haRoleShape,
  mves: mvePairShape,
  rateLimitMbps: optional(rateLimitShape),
  productName: optional(productNameShape),
});

/**
 * An untagged VXC between the same HA vNIC (`ha1`, `ha2` or `ha3`) of two different Palo Alto
 * MVEs, with `vnic_index` explicit on both ends (the provider's silent default is vNIC 0) and
 * `inner_vlan = -1` (untagged) on both ends.
 */
export class HaLink extends Construct {
  /** The VXC resource. */
  public readonly resource: vxc.Vxc;
  /** The role joined. */
  public readonly role: HaRole;
  /** Rate limit in Mbps as applied. */
  public readonly rateLimitMbps: number;

  public constructor(scope: Construct, id: string, props: HaLinkProps) {
    super(scope, id);
    new Issues(this.node.path).addAll(shapeIssues(props, haLinkShape)).throwIfAny();
    const [a, b] = props.mves;
    const issues = new Issues(this.node.path);
    issues.add(haRole("role", props.role));
    if (props.role === "ha3" && props.rateLimitMbps === undefined) {
      issues.add({
        prop: "rateLimitMbps",
        value: undefined,
        problem: "is required for the HA3 link, which carries forwarded data-plane traffic during a path failure",
        allowed: "a whole number of Mbps sized for the traffic through the firewalls (the guide uses 10000)",
        fix: "set rateLimitMbps for ha3, e.g. 10000",
      });
    }
    issues.add(rateLimit("rateLimitMbps", props.rateLimitMbps));
    if (a === b) {
      issues.add({
        prop: "mves",
        value: [a.node.path, b.node.path],
        problem: "names the same MVE for both ends",
        allowed: "two different Palo Alto MVEs",
        fix: "connect the HA vNIC of one firewall to the same HA vNIC of the other",
      });
    }
    issues.add(nonEmpty("productName", props.productName, "give a product name or leave it unset"));
    checkProductOptions(issues, props);
    issues.throwIfAny();

    this.role = props.role;
    this.rateLimitMbps = props.rateLimitMbps ?? DEFAULT_HA_RATE_LIMIT_MBPS;
    for (const mve of [a, b]) {
      const other = mve.attachments.ownersOn(props.role).find((owner) => owner.length > 0);
      if (other !== undefined) {
        throw new ValidationError([
          {
            path: this.node.path,
            prop: "role",
            value: props.role,
            problem: `MVE ${mve.node.path} already has the ${props.role} link ${other}`,
            allowed: "exactly one HA link per HA role between the two MVEs of a pair",
            fix: `remove the second ${props.role} link`,
          },
        ]);
      }
    }
    a.attachments.attach(props.role, "untagged", this.node.path, "role");
    b.attachments.attach(props.role, "untagged", this.node.path, "role");

    const index = vnicOf(props.role).index;
    this.resource = createVxc(
      this,
      "vxc",
      {
        productName: props.productName ?? `${a.productName} ${props.role.toUpperCase()}`,
        rateLimitMbps: this.rateLimitMbps,
        aEnd: { requestedProductUid: a.productUid, vnicIndex: index, innerVlan: -1 },
        bEnd: { requestedProductUid: b.productUid, vnicIndex: index, innerVlan: -1 },
      },
      props,
    );
  }
}
