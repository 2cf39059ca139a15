import type { Construct } from "constructs";
import { vxc } from "../../.gen/providers/megaport";
import { preventsDestroy, productArguments, type ProductOptions } from "./product";

/** What differs between the VXCs this package builds; the rest comes from ProductOptions. */
export interface VxcShape {
  readonly productName: string;
  readonly rateLimitMbps: number;
  readonly aEnd: vxc.VxcAEnd;
  readonly bEnd: vxc.VxcBEnd;
  readonly bEndPartnerConfig?: vxc.VxcBEndPartnerConfig;
  readonly postconditions?: ReadonlyArray<{ condition: unknown; errorMessage: string }>;
}

/** Creates the `megaport_vxc` resource with the shared commercial options and destroy protection. */
export function createVxc(scope: Construct, id: string, shape: VxcShape, options: ProductOptions): vxc.Vxc {
  return new vxc.Vxc(scope, id, {
    productName: shape.productName,
    rateLimit: shape.rateLimitMbps,
    aEnd: shape.aEnd,
    bEnd: shape.bEnd,
    bEndPartnerConfig: shape.bEndPartnerConfig,
    ...productArguments(options),
    lifecycle: {
      preventDestroy: preventsDestroy(options),
      postcondition: shape.postconditions?.length
        ? shape.postconditions.map((p) => ({ condition: p.condition, errorMessage: p.errorMessage }))
        : undefined,
    },
  });
}
