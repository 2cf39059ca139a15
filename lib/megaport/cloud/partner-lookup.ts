import type { Construct } from "constructs";
import { dataMegaportPartner } from "../../../.gen/providers/megaport";
import type { RuleIssue } from "../../core/validation-error";
import { nonEmpty } from "../../core/rules";
import { diversityZone, positiveId, type DiversityZone } from "../rules";

/** Which partner port a VXC ends on: looked up by location (and zone), or given by product UID. */
export type PartnerPortSelector =
  | { readonly locationId: number; readonly diversityZone?: DiversityZone; readonly productUid?: never }
  | { readonly productUid: string; readonly locationId?: never; readonly diversityZone?: never };

/** Rules for a selector, reported under `prop`. */
export function partnerPortIssues(prop: string, port: PartnerPortSelector | undefined): Array<RuleIssue | undefined> {
  if (port === undefined) {
    return [
      {
        prop,
        value: undefined,
        problem: "is required",
        allowed: "{ locationId, diversityZone? } or { productUid }",
        fix: "give the location of the partner port (or its product UID)",
      },
    ];
  }
  const p = port as { locationId?: number; productUid?: string; diversityZone?: string };
  return [
    p.locationId === undefined && p.productUid === undefined
      ? {
          prop,
          value: port,
          problem: "names neither a location nor a product UID",
          allowed: "{ locationId, diversityZone? } or { productUid }",
          fix: "give the partner port's location id or its product UID",
        }
      : undefined,
    positiveId(`${prop}.locationId`, p.locationId, "location"),
    diversityZone(`${prop}.diversityZone`, p.diversityZone),
    nonEmpty(`${prop}.productUid`, p.productUid, "give the partner port's product UID"),
  ];
}

/**
 * Resolves a selector to a product UID: the UID itself, or the `product_uid` of a
 * `megaport_partner` lookup with the given filters plus the selector's location and zone.
 */
export function partnerPortUid(
  scope: Construct,
  id: string,
  port: PartnerPortSelector,
  filters: { connectType: string; companyName?: string; productName?: string },
): string {
  if (port.productUid !== undefined) return port.productUid;
  return new dataMegaportPartner.DataMegaportPartner(scope, id, {
    ...filters,
    locationId: port.locationId,
    diversityZone: port.diversityZone,
  }).productUid;
}
