/**
 * `megaport.vxcs`: every VXC of the pair (the three HA links, both management VXCs: Megaport Internet or private,
 * each cloud connection on both MVEs) provisioned (CONFIGURED or LIVE), not shut down, interfaces up.
 */
import { readVxc } from "../../megaport-api/product";
import type { CheckResult } from "../types";
import { judgeProducts, readProducts, type MegaportTarget } from "./megaport-products";
import { result } from "./result";

/** Reads and judges the pair's VXCs. Never rejects. */
export async function megaportVxcsCheck(target: MegaportTarget): Promise<CheckResult> {
  if ("skipReason" in target) return result("megaport.vxcs", "skip", target.skipReason);
  const outcomes = await readProducts(target.products.vxcs, target.getProduct, readVxc);
  return judgeProducts("megaport.vxcs", "VXC", outcomes);
}
