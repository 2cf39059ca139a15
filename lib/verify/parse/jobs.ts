/**
 * `show jobs all`: `result/job*` with `id`, `type` (`Commit`, `AutoCom`, `Validate`, `Downld`, …),
 * `status` (`ACT`, `PEND`, `FIN`), `result` (`PEND`, `OK`, `FAIL`), `tfin` and `details/line*`
 * (real shape: pan-os-upgrade-assurance's fixture in test/fixtures/panos-captures). An empty
 * `result` is "no jobs"; anything other than `job` elements, or a job without an id, status or
 * result, throws.
 */
import type { XmlElement } from "../../xmlspec/xml";
import { childrenNamed, fieldText, requiredField } from "../xml-read";

/** One job as listed. */
export interface ListedJob {
  readonly id: number;
  readonly type: string;
  /** `ACT`, `PEND` or `FIN`, upper-cased. */
  readonly status: string;
  /** `PEND`, `OK` or `FAIL`, upper-cased. */
  readonly result: string;
  /** When it finished, as reported. */
  readonly finished?: string;
  /** `details/line*`: a failure's reasons. */
  readonly details: readonly string[];
}

/** Parses `show jobs all`. */
export function parseJobList(result: XmlElement): ListedJob[] {
  const jobs = childrenNamed(result, "job");
  const others = [...new Set(result.children.filter((c) => c.name !== "job").map((c) => `<${c.name}>`))];
  if (others.length > 0) throw new Error(`the jobs answer holds ${others.join(", ")}, not only <job>`);
  if (jobs.length === 0 && result.text?.trim()) {
    throw new Error(`no <job> in the jobs answer, only the text "${result.text.trim().slice(0, 60)}"`);
  }
  return jobs.map((job) => {
    const id = requiredField(job, "a job", "id");
    if (!/^\d+$/.test(id)) throw new Error(`a job with id "${id}"`);
    return {
      id: Number(id),
      type: requiredField(job, `job ${id}`, "type"),
      status: requiredField(job, `job ${id}`, "status").toUpperCase(),
      result: requiredField(job, `job ${id}`, "result").toUpperCase(),
      finished: fieldText(job, "tfin"),
      details: childrenNamed(childrenNamed(job, "details")[0], "line").flatMap((line) =>
        line.text?.trim() ? [line.text.trim()] : [],
      ),
    };
  });
}
