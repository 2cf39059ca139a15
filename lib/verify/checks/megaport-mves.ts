/** `megaport.mves`: both MVEs of the pair provisioned (CONFIGURED or LIVE), their VMs and interfaces up. */
import { readMve } from "../../megaport-api/product";
import type { CheckResult } from "../types";
import { judgeProducts, readProducts, type MegaportTarget } from "./megaport-products";
import { result } from "./result";

/** Reads and judges the pair's MVEs. Never rejects. */
export async function megaportMvesCheck(target: MegaportTarget): Promise<CheckResult> {
  if ("skipReason" in target) return result("megaport.mves", "skip", target.skipReason);
  const outcomes = await readProducts(target.products.mves, target.getProduct, readMve);
  return judgeProducts("megaport.mves", "MVE", outcomes);
}
