/**
 * Detail lines of a failed commit job, in the layout of the captured validation failure
 * (shared/panos-captures/show-jobs-id__validate-fin-fail.xml): `Validation Error:`, then one line per
 * problem, the path from the vsys or device entry joined by ` -> ` and then the message, then
 * ` <node> is invalid` for each enclosing node up to `devices` (entry names left out), each with the
 * leading space PAN-OS writes.
 */
import type { Violation } from "./types";

/** The job's detail lines for these violations (none when there are none). */
export function detailLines(violations: readonly Violation[]): string[] {
  if (violations.length === 0) return [];
  const problems = violations.map((v) => ` ${v.path.join(" -> ")} ${v.message}`);
  const containers = [...new Set(violations.map((v) => v.path[0]))];
  const enclosing = [...containers, ...(violations.some((v) => v.scope === "vsys") ? ["vsys"] : []), "devices"];
  return ["Validation Error:", ...new Set(problems), ...enclosing.map((node) => ` ${node} is invalid`)];
}
