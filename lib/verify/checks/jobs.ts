/**
 * `jobs.recent` (pan-os-upgrade-assurance's readiness model): the most recent commit job finished
 * OK. Commit jobs are `Commit*` and the boot-time `AutoCom`; the newest (highest id) decides, so a
 * failure that a later successful commit superseded is only mentioned. A commit still running
 * fails too: the configuration being verified is about to change. No commit job listed: skip.
 */
import type { FirewallFacts } from "../collect";
import type { ListedJob } from "../parse/jobs";
import type { CheckResult } from "../types";
import { result } from "./result";

function isCommit(job: ListedJob): boolean {
  return /^(commit|autocom)/i.test(job.type);
}

function label(job: ListedJob): string {
  return `${job.type} job ${job.id}`;
}

/** `jobs.recent`. */
export function recentJobsCheck(facts: FirewallFacts): CheckResult {
  const { jobs } = facts;
  if (!jobs.ok) return result("jobs.recent", "error", jobs.message);
  const commits = jobs.value.filter(isCommit).sort((a, b) => b.id - a.id);
  const latest = commits[0];
  if (latest === undefined) return result("jobs.recent", "skip", "no commit job listed");
  if (latest.status !== "FIN") {
    return result(
      "jobs.recent",
      "fail",
      `${label(latest)} is still running (${latest.status}): verify again when it ends`,
    );
  }
  if (latest.result !== "OK") {
    const why = latest.details.length > 0 ? `: ${latest.details.join(" / ")}` : "";
    return result("jobs.recent", "fail", `the last commit failed: ${label(latest)} ${latest.result}${why}`);
  }
  const earlier = commits.filter((j) => j.status === "FIN" && j.result !== "OK");
  const note = earlier.length > 0 ? `; earlier ${earlier.map(label).join(", ")} failed` : "";
  return result(
    "jobs.recent",
    "pass",
    `last commit ${label(latest)} OK${latest.finished ? ` at ${latest.finished}` : ""}${note}`,
  );
}
