/** PAN-OS HA member states and what they mean to someone reading the report. */

/** The only states of a healthy Active/Active member. */
export const HEALTHY_ACTIVE_ACTIVE_STATES: ReadonlySet<string> = new Set(["active-primary", "active-secondary"]);

const MEANINGS: Readonly<Record<string, string>> = {
  tentative:
    "path down: a monitored path or link failed, or the firewall is recovering from a failure; it forwards its traffic to the peer over HA3 until the tentative hold time ends",
  "non-functional":
    "the firewall is in an error state (for example an HA3 or monitored link down) and passes no traffic",
  suspended: "administratively suspended or stopped after too many flaps; it passes no traffic",
  initial: "HA has not come up yet (recently booted, or the peer was never reached)",
  active: "an Active/Passive state, not Active/Active",
  passive: "an Active/Passive state, not Active/Active",
  unknown: "the firewall cannot see its peer",
};

/** `tentative (path down: …)`: the state with a short explanation when it is not healthy. */
export function describeState(state: string | undefined): string {
  if (state === undefined) return "not reported";
  const meaning = MEANINGS[state];
  return meaning ? `${state} (${meaning})` : state;
}

/** `; last error: non-functional (Link down)` when the device recorded one. */
export function lastError(info: { readonly lastErrorState?: string; readonly lastErrorReason?: string }): string {
  if (!info.lastErrorState && !info.lastErrorReason) return "";
  const reason = info.lastErrorReason ? ` (${info.lastErrorReason})` : "";
  return `; last error: ${info.lastErrorState ?? "?"}${reason}`;
}
