import type { FirewallTarget, VerifyReport } from "./types";

export * from "./types";

/**
 * Runs the checklist on every target in parallel. (Placeholder until the checks land; it
 * reports every firewall as an error rather than pretending anything passed.)
 */
export async function verifyPair(targets: readonly FirewallTarget[]): Promise<VerifyReport> {
  return {
    ok: false,
    firewalls: targets.map((t) => ({
      host: t.host,
      checks: [{ id: "ha.enabled", status: "error", detail: "verify checks are not implemented yet" }],
    })),
  };
}

/** Renders the report as a table for people. */
export function renderTable(report: VerifyReport): string {
  return report.firewalls
    .map((f) => f.checks.map((c) => `${f.host}  ${c.id}  ${c.status}  ${c.detail}`).join("\n"))
    .join("\n");
}
