/**
 * `mve-ha verify`: the guide's "Review the configuration status" list as checks over operational
 * commands, run on both firewalls in parallel. See `checks/` for what each check asks and how it
 * judges, `commands.ts` for the exact op commands.
 */
import { applyPairChecks } from "./checks/pair";
import { runChecklist, runMegaportChecklist } from "./checklist";
import type { MegaportTarget } from "./checks/megaport-products";
import { collectFacts, type StepListener } from "./collect";
import type { CheckResult, FirewallTarget, VerifyReport } from "./types";

export * from "./types";
export { renderJson, renderTable, type TableOptions } from "./render";
export { OP_COMMANDS } from "./commands";
export type { StepListener } from "./collect";
export type { MegaportTarget, PairProduct, PairProducts } from "./checks/megaport-products";

/** Options of `verifyPair`. */
export interface VerifyOptions {
  /** Called when a firewall starts a step (for progress output). @default - no progress output */
  readonly onStep?: StepListener;
  /** The pair's Megaport products to check, in parallel with the firewalls. @default - no Megaport checks */
  readonly megaport?: MegaportTarget;
}

/**
 * Runs the checklist on every target in parallel. A firewall that does not answer gets `error` on
 * its checks; the others are still checked. With exactly two targets, pair-level facts (roles,
 * device IDs) are judged too. `ok` is true only when every check passes or is skipped (and at least
 * one firewall was checked). With `megaport`, the Megaport checks run alongside and count the same way.
 */
export async function verifyPair(
  targets: readonly FirewallTarget[],
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const [facts, megaport] = await Promise.all([
    Promise.all(targets.map((target) => collectFacts(target, options.onStep))),
    options.megaport ? runMegaportChecklist(options.megaport) : undefined,
  ]);
  const checks = facts.map(runChecklist);
  if (facts.length === 2) applyPairChecks([facts[0], facts[1]], [checks[0], checks[1]]);
  const passed = (list: readonly CheckResult[]) => list.every((c) => c.status === "pass" || c.status === "skip");
  return {
    ok: checks.length > 0 && checks.every(passed) && (megaport === undefined || passed(megaport)),
    firewalls: facts.map((f, i) => ({ host: f.host, checks: checks[i] })),
    ...(megaport ? { megaport: { checks: megaport } } : {}),
  };
}
