/**
 * The Megaport side of the pair: which products to read, reading them (a few at a time), and
 * judging a list of them. `megaport-mves.ts` and `megaport-vxcs.ts` are the two checks.
 */
import { MegaportNotFoundError } from "../../megaport-api/errors";
import type { ProductKind, ProductState } from "../../megaport-api/product";
import { failure, mapOutcome, success, type Outcome } from "../outcome";
import type { CheckId, CheckResult } from "../types";
import { count, listOf, result } from "./result";

/** One product of the pair: what it is for (`HA1 link`) and its UID. */
export interface PairProduct {
  readonly label: string;
  readonly uid: string;
}

/** The pair's Megaport products, as the network stack's `megaport-products` output lists them. */
export interface PairProducts {
  readonly mves: readonly PairProduct[];
  readonly vxcs: readonly PairProduct[];
}

/** Where to check the products: a reader of `GET /v2/product/{uid}`, or why the checks are skipped. */
export type MegaportTarget =
  | {
      readonly products: PairProducts;
      /** Resolves to the answer's `data`; rejects (MegaportNotFoundError for an unknown UID) after retries. */
      readonly getProduct: (uid: string) => Promise<Record<string, unknown>>;
    }
  | { readonly products: PairProducts; readonly skipReason: string };

/** What one product reported, or why it could not be read. */
export interface ProductOutcome {
  readonly product: PairProduct;
  readonly state: Outcome<ProductState>;
  /** The API says there is no such product: a fact to fail on, not a failure to read. */
  readonly notFound?: true;
}

/** At most this many product requests at once: the API is shared with the Portal and Terraform. */
export const PRODUCT_CONCURRENCY = 4;

/** Reads `products` with `read` (readMve or readVxc), at most PRODUCT_CONCURRENCY at a time. Never rejects. */
export async function readProducts(
  products: readonly PairProduct[],
  getProduct: (uid: string) => Promise<Record<string, unknown>>,
  read: (data: Record<string, unknown>, uid: string) => ProductState,
): Promise<ProductOutcome[]> {
  const outcomes: ProductOutcome[] = new Array<ProductOutcome>(products.length);
  let next = 0;
  const worker = async () => {
    while (next < products.length) {
      const index = next++;
      const product = products[index];
      try {
        const data = await getProduct(product.uid);
        outcomes[index] = {
          product,
          state: mapOutcome(success(data), "Megaport product", (d) => read(d, product.uid)),
        };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcomes[index] = {
          product,
          state: failure(message),
          ...(error instanceof MegaportNotFoundError ? { notFound: true } : {}),
        };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PRODUCT_CONCURRENCY, products.length) }, worker));
  return outcomes;
}

function describe(product: PairProduct, state: ProductState): string {
  const what = `${product.label} ${state.name} (${state.uid}) is ${state.status}`;
  return state.ready ? `${what} but ${listOf([...state.down])}` : what;
}

/**
 * `fail` naming each product not ready or not up (name, UID, status) or not found; else `error` when
 * one could not be read (each distinct reason once); else `pass`.
 */
export function judgeProducts(id: CheckId, kind: ProductKind, outcomes: readonly ProductOutcome[]): CheckResult {
  if (outcomes.length === 0) return result(id, "error", `no ${kind} UIDs in the stack outputs`);
  const failed: string[] = [];
  const unread = new Map<string, string[]>();
  for (const { product, state, notFound } of outcomes) {
    if (state.ok) {
      if (!state.value.ready || state.value.down.length > 0) failed.push(describe(product, state.value));
    } else if (notFound) {
      failed.push(`${product.label} (${product.uid}): ${state.message}`);
    } else {
      unread.set(state.message, [...(unread.get(state.message) ?? []), product.label]);
    }
  }
  const unreadText = [...unread].map(([reason, labels]) => `could not read ${listOf(labels)}: ${reason}`);
  if (failed.length > 0) return result(id, "fail", [...failed, ...unreadText].join("; "));
  if (unreadText.length > 0) return result(id, "error", unreadText.join("; "));
  const statuses = [...new Set(outcomes.map((o) => (o.state.ok ? o.state.value.status : "")))].join("/");
  return result(id, "pass", `${count(outcomes.length, kind)} ready and up (${statuses})`);
}
