/**
 * `system.jumbo-frames`: the jumbo-frame mode in effect is on (`show system setting jumbo-frame`).
 * HA3 forwards data-plane packets encapsulated, so it needs jumbo frames; the mode follows the
 * operational command at boot, not the configuration element, so it is asked, not read from config.
 */
import type { FirewallFacts } from "../collect";
import type { CheckResult } from "../types";
import { result } from "./result";

/** `system.jumbo-frames`. */
export function jumboFramesCheck(facts: FirewallFacts): CheckResult {
  const { jumboFrames } = facts;
  if (!jumboFrames.ok) return result("system.jumbo-frames", "error", jumboFrames.message);
  if (!jumboFrames.value) {
    return result(
      "system.jumbo-frames",
      "fail",
      "jumbo-frame mode is off: HA3 needs it (mve-ha prepare turns it on and restarts)",
    );
  }
  return result("system.jumbo-frames", "pass", "jumbo-frame mode on");
}
