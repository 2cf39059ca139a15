/** Builders for check results. */
import type { CheckId, CheckResult, CheckStatus } from "../types";

/** A check result. */
export function result(id: CheckId, status: CheckStatus, detail: string): CheckResult {
  return { id, status, detail };
}

/** Lists items for a detail line: `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** `1 peer` / `2 peers`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
