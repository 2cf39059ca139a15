/** Options every contract-bearing Megaport product (MVE, VXC) shares. */
import type { Issues } from "../core/validation-error";
import { nonEmpty } from "../core/rules";
import { contractTerm, type ContractTermMonths } from "./rules";

/** Commercial and safety options of a Megaport product. */
export interface ProductOptions {
  /**
   * Contract term in months; Megaport bills for it.
   * @default 1
   */
  readonly contractTermMonths?: ContractTermMonths;
  /**
   * Refuse `terraform destroy` (and replacements) of this product: Terraform `lifecycle.prevent_destroy`.
   * Turn it off deliberately before tearing a pair down.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * Resource tags shown in the Megaport Portal.
   * @default - none
   */
  readonly resourceTags?: Readonly<Record<string, string>>;
  /**
   * Cost centre for invoicing.
   * @default - none
   */
  readonly costCentre?: string;
  /**
   * Promotion code (Megaport does not validate it).
   * @default - none
   */
  readonly promoCode?: string;
}

/** Checks the shared options, reporting props under `prefix` (e.g. `haLinks.ha3.`). */
export function checkProductOptions(issues: Issues, options: ProductOptions, prefix = ""): void {
  issues.add(contractTerm(`${prefix}contractTermMonths`, options.contractTermMonths));
  issues.add(nonEmpty(`${prefix}costCentre`, options.costCentre, "give a cost centre or leave it unset"));
}

/** The provider arguments the options map to (camelCase, as the generated bindings take them). */
export function productArguments(options: ProductOptions): {
  contractTermMonths: number;
  resourceTags?: Record<string, string>;
  costCentre?: string;
  promoCode?: string;
} {
  return {
    contractTermMonths: options.contractTermMonths ?? 1,
    resourceTags: options.resourceTags ? { ...options.resourceTags } : undefined,
    costCentre: options.costCentre,
    promoCode: options.promoCode,
  };
}

/** True unless the user turned destroy protection off. */
export function preventsDestroy(options: ProductOptions): boolean {
  return options.preventDestroy ?? true;
}
