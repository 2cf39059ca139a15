import { parseResponse } from "../../lib/xmlapi/envelope";
import { describeJob, isFinished, parseJob, parseJobs, progressPercent } from "../../lib/xmlapi/jobs";
import { path } from "../../lib/xmlspec/xml";
import { capture } from "./captures";

const jobOf = (name: string) => {
  const job = path(parseResponse(capture(name), 200, "fw").root, "result", "job");
  if (!job) throw new Error(`${name} has no job`);
  return parseJob(job);
};

describe("jobs from recorded replies", () => {
  test("a running commit: ACT, result PEND, progress 99, not finished", () => {
    const job = jobOf("show-jobs-id__commit-active-pending");
    expect(job).toMatchObject({ id: 2, type: "Commit", status: "ACT", result: "PEND", user: "admin" });
    expect(isFinished(job)).toBe(false);
    expect(progressPercent(job)).toBe(99);
    expect(describeJob(job)).toBe("Commit job 2: ACT 99%");
  });

  test("a finished commit: FIN OK with its detail line", () => {
    const job = jobOf("show-jobs-id__commit-fin-ok");
    expect(job).toMatchObject({ status: "FIN", result: "OK", details: ["Configuration committed successfully"] });
    expect(isFinished(job)).toBe(true);
  });

  test("a failed validation: FIN FAIL with every CDATA detail line, trimmed", () => {
    const job = jobOf("show-jobs-id__validate-fin-fail");
    expect(job.result).toBe("FAIL");
    expect(job.details).toEqual([
      "Validation Error:",
      "address -> address-3 Node ip-netmask(line 30226) and ip-range(line 30227) are mutually exclusive",
      "address -> address-3 Node ip-netmask(line 30226) and fqdn(line 30228) are mutually exclusive",
      "address is invalid",
      "vsys is invalid",
      "devices is invalid",
    ]);
  });

  test("warnings split over lines are kept apart from details", () => {
    const job = jobOf("show-jobs-id__commit-active-with-warnings__doc-example");
    expect(job.warnings).toEqual(["Aggregate-ethernet interface ae1 has no member", "interfaces."]);
    expect(job.details).toEqual([]);
  });

  test("show jobs all: a timestamp in progress is not read as a percentage", () => {
    const jobs = parseJobs(parseResponse(capture("show-jobs-all__upgrade-assurance"), 200, "fw").result);
    expect(jobs.map((j) => [j.id, j.type, j.status])).toEqual([
      [4, "WildFire", "FIN"],
      [1, "AutoCom", "FIN"],
    ]);
    expect(progressPercent(jobs[0])).toBeUndefined();
    expect(progressPercent(jobs[1])).toBe(100);
    expect(describeJob(jobs[1])).toBe("AutoCom job 1: FIN OK");
  });
});
