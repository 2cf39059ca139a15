import { PanosClient } from "../../lib/xmlapi/client";
import { commitPending, type CommitOutcome } from "../../lib/xmlapi/commit";
import { Deadline } from "../../lib/xmlapi/deadline";
import { DeadlineExceededError } from "../../lib/xmlapi/errors";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";

const SYSTEM = `${DEVICE_ROOT}/deviceconfig/system`;
const POLL = { initialMs: 5, maxMs: 20 };

let sim: Simulator;
let api: PanosClient;

async function commit(budgetMs = 5_000): Promise<CommitOutcome> {
  return commitPending(api, { deadline: Deadline.after(budgetMs), poll: POLL });
}

beforeEach(async () => {
  sim = await startSimulator({ password: "pw", commitMs: 40 });
  api = new PanosClient({
    endpoint: { host: sim.host, port: sim.port, protocol: "http" },
    credentials: { username: "admin", password: "pw" },
    deadline: Deadline.after(10_000),
    retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 10 },
  });
  await sim.waitUntilReady();
});

afterEach(async () => {
  await api.close();
  await sim.stop();
});

test("nothing pending: no commit is requested", async () => {
  await expect(commit()).resolves.toEqual({ result: "no-changes", message: "no pending changes" });
  expect(sim.requests.filter((r) => r.type === "commit")).toHaveLength(0);
});

test("pending changes: the job is followed to FIN and its OK reported", async () => {
  await api.set(SYSTEM, "<timezone>UTC</timezone>");
  const outcome = await commit();
  expect(outcome).toMatchObject({
    result: "OK",
    job: { status: "FIN", details: ["Configuration committed successfully"] },
  });
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);
  expect(sim.pendingChanges).toBe(false);
});

test("a failed job is reported FAIL with its detail lines, and the change stays pending", async () => {
  const details = ["Validation Error:", " deviceconfig -> high-availability -> group -> mode is invalid"];
  sim.setFaults([{ kind: "commit-fail", details }]);
  await api.set(SYSTEM, "<timezone>UTC</timezone>");
  const outcome = await commit();
  expect(outcome.result).toBe("FAIL");
  expect(outcome.result === "FAIL" && outcome.job.details).toEqual([
    "Validation Error:",
    "deviceconfig -> high-availability -> group -> mode is invalid",
  ]);
  expect(sim.pendingChanges).toBe(true);
});

test("a job that never finishes ends in a timeout naming the job, never in success", async () => {
  sim.setFaults([{ kind: "job-stuck" }]);
  await api.set(SYSTEM, "<timezone>UTC</timezone>");
  const error = await commit(300).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DeadlineExceededError);
  expect((error as Error).message).toMatch(/Commit job \d+: ACT \d+% on 127\.0\.0\.1, not finished/);
});

test("while the boot-time auto-commit runs, the commit waits and then goes through", async () => {
  await api.set(SYSTEM, "<timezone>UTC</timezone>");
  const rebooted = sim.reboot();
  await new Promise((resolve) => setTimeout(resolve, 10));
  await rebooted;
  await api.set(SYSTEM, "<timezone>UTC</timezone>"); // the restart dropped the uncommitted change
  const progress: string[] = [];
  const outcome = await commitPending(api, {
    deadline: Deadline.after(5_000),
    poll: POLL,
    onProgress: (m) => progress.push(m),
  });
  expect(outcome.result).toBe("OK");
  expect(progress[0]).toMatch(/auto-commit not yet finished/);
});

test("a commit whose answer was lost is found in the job list and not queued twice", async () => {
  await api.set(SYSTEM, "<timezone>UTC</timezone>");
  sim.setFaults([{ kind: "reset", when: "after", match: { type: "commit" } }]);
  const outcome = await commit();
  expect(outcome.result).toBe("OK");
  expect(sim.commits).toHaveLength(1);
  expect(sim.requests.filter((r) => r.type === "commit")).toHaveLength(1);
});

test("a commit request lost before the device acted is sent again", async () => {
  await api.set(SYSTEM, "<timezone>UTC</timezone>");
  sim.setFaults([{ kind: "reset", when: "before", match: { type: "commit" } }]);
  const outcome = await commit();
  expect(outcome.result).toBe("OK");
  expect(sim.commits).toHaveLength(1);
  expect(sim.requests.filter((r) => r.type === "commit")).toHaveLength(2);
});
