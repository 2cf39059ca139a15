import { PanosClient } from "../../lib/xmlapi/client";
import { CommitOutcomeUnknownError, commitPending, type CommitOutcome } from "../../lib/xmlapi/commit";
import { Deadline } from "../../lib/xmlapi/deadline";
import { DeadlineExceededError } from "../../lib/xmlapi/errors";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";

const SYSTEM = `${DEVICE_ROOT}/deviceconfig/system`;
const POLL = { initialMs: 5, maxMs: 20 };

let sim: Simulator;
let api: PanosClient;
let running = false;

async function commit(budgetMs = 5_000): Promise<CommitOutcome> {
  return commitPending(api, { deadline: Deadline.after(budgetMs), poll: POLL });
}

async function restartSimulator(options: { autoCommitMs?: number } = {}): Promise<void> {
  if (running) {
    await api.close();
    await sim.stop();
  }
  sim = await startSimulator({ password: "pw", commitMs: 40, ...options });
  api = new PanosClient({
    endpoint: { host: sim.host, port: sim.port, protocol: "http" },
    credentials: { username: "admin", password: "pw" },
    deadline: Deadline.after(10_000),
    retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 10 },
  });
  running = true;
  await sim.waitUntilReady();
}

beforeEach(() => restartSimulator());

afterEach(async () => {
  running = false;
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
  // An auto-commit long enough to be still running when the commit is asked for, however loaded the machine.
  await restartSimulator({ autoCommitMs: 1_500 });
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

describe("a commit whose answer was lost while the device lists the job late", () => {
  // Looks spaced widely enough that a job listed 30 ms late is seen however loaded the machine is.
  const LATE_POLL = { initialMs: 20, maxMs: 100 };
  test.each([
    ["OK", []],
    ["FAIL", [{ kind: "commit-fail" as const, details: ["Validation Error:", "bad"] }]],
  ])(
    "nothing pending any more: the late job is waited for and its %s reported, never no-changes",
    async (result, extra) => {
      await api.set(SYSTEM, "<timezone>UTC</timezone>");
      sim.setFaults([{ kind: "commit-answer-lost", listedAfterMs: 30 }, ...extra]);
      const progress: string[] = [];
      const outcome = await commitPending(api, {
        deadline: Deadline.after(5_000),
        poll: LATE_POLL,
        onProgress: (m) => progress.push(m),
      });
      expect(outcome).toMatchObject({ result, job: { id: sim.commits[0].id, status: "FIN" } });
      expect(sim.commits).toHaveLength(1);
      // One commit request, and its answer was lost: the job was found, not re-requested.
      expect(sim.requests.filter((r) => r.type === "commit").map((r) => r.outcome)).toEqual(["reset"]);
      expect(progress).not.toContainEqual(expect.stringMatching(/no changes/i));
    },
  );

  test("still pending while it runs: the late-listed job is found and followed, a re-send at most refused as busy", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "commit-answer-lost", listedAfterMs: 30, pendingWhileRunning: true }]);
    const outcome = await commit();
    expect(outcome).toMatchObject({ result: "OK", job: { id: sim.commits[0].id } });
    expect(sim.commits).toHaveLength(1);
    const answers = sim.requests.filter((r) => r.type === "commit").map((r) => r.outcome);
    expect(answers[0]).toBe("reset");
    // Whether a re-send happens depends on how fast the job gets listed; any re-send is refused (busy) or finds no changes.
    expect(answers.slice(1).every((a) => a === 200)).toBe(true);
    expect(answers.length).toBeLessThanOrEqual(3);
  });

  test("no commit job ever appears: an error saying the outcome is unknown, not no-changes", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "commit-answer-lost", listedAfterMs: 60_000 }]);
    const error = await commit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommitOutcomeUnknownError);
    expect((error as Error).message).toMatch(
      /^commit on 127\.0\.0\.1: .*; its outcome is unknown; nothing is pending any more but no new commit job appeared on 127\.0\.0\.1, so mve-ha cannot tell whether the changes were committed; check `show jobs all`/,
    );
  });
});

describe("whose commit is it, after a lost answer", () => {
  /** A client that authenticates with the API key only: the device never tells us our admin name. */
  function keyOnlyClient(): PanosClient {
    return new PanosClient({
      endpoint: { host: sim.host, port: sim.port, protocol: "http" },
      credentials: { apiKey: sim.apiKey },
      deadline: Deadline.after(10_000),
      retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 10 },
    });
  }

  test("API-key session, another admin commits right as our request is lost: outcome unknown, never OK", async () => {
    const keyOnly = keyOnlyClient();
    try {
      await keyOnly.set(SYSTEM, "<timezone>UTC</timezone>");
      sim.setFaults([{ kind: "foreign-commit", admin: "bob" }]);
      const outcome = commitPending(keyOnly, { deadline: Deadline.after(5_000), poll: POLL });
      await expect(outcome).rejects.toBeInstanceOf(CommitOutcomeUnknownError);
      await expect(outcome).rejects.toThrow(/still pending/);
      expect(sim.pendingChanges).toBe(true);
      expect(sim.commits.map((c) => c.result)).toEqual(["OK"]); // bob's; ours never ran
    } finally {
      await keyOnly.close();
    }
  });

  test("another session of the same admin name commits: its job is not taken for ours", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "foreign-commit", admin: "admin" }]);
    const outcome = commitPending(api, { deadline: Deadline.after(5_000), poll: POLL, ownAdmin: "admin" });
    await expect(outcome).rejects.toBeInstanceOf(CommitOutcomeUnknownError);
    expect(sim.pendingChanges).toBe(true);
  });

  test("a job listed with another description is certainly not ours: our commit is sent again and its own job reported", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "foreign-commit", admin: "admin", description: "someone else's" }]);
    const outcome = await commitPending(api, { deadline: Deadline.after(5_000), poll: POLL, ownAdmin: "admin" });
    expect(outcome).toMatchObject({ result: "OK", ownership: "job-id", job: { id: sim.commits[1].id } });
    expect(sim.commits).toHaveLength(2);
    expect(sim.pendingChanges).toBe(false);
  });

  test("another admin's full commit took our changes too: OK, shown by nothing pending afterwards", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "foreign-commit", admin: "bob", full: true }]);
    const outcome = await commitPending(api, { deadline: Deadline.after(5_000), poll: POLL, ownAdmin: "admin" });
    expect(outcome).toMatchObject({ result: "OK", ownership: "changes-committed", job: { user: "bob" } });
    expect(sim.pendingChanges).toBe(false);
  });

  test("a lost answer and our job listed with our description: ours, its FAIL reported", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "commit-answer-lost" }, { kind: "commit-fail", details: ["bad"] }]);
    const outcome = await commitPending(api, { deadline: Deadline.after(5_000), poll: POLL, nonce: () => "n1" });
    expect(outcome).toMatchObject({ result: "FAIL", ownership: "description", job: { description: "mve-ha n1" } });
  });

  test("the job id came back to us: it is ours, whoever else commits", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    const outcome = await commit();
    expect(outcome).toMatchObject({ result: "OK", job: { id: sim.commits[0].id } });
  });
});

describe("answers about the wrong job", () => {
  test("asked for our job, answered about another job FIN OK: an error, never OK", async () => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ kind: "job-stuck" }, { kind: "job-answer-mismatch", times: 100 }]);
    const outcome = commit();
    await expect(outcome).rejects.toThrow(/asked for job 2, .* answered about job 1/);
  });
});

describe("no commit flood when answers are lost", () => {
  test.each([
    ["HTTP 503", { kind: "service-unavailable" as const }],
    ["HTTP 502", { kind: "bad-gateway" as const }],
    ["connection reset before the device acted", { kind: "reset" as const, when: "before" as const }],
  ])("%s to every commit for the whole budget: bounded commit POSTs, then an error", async (_name, fault) => {
    await api.set(SYSTEM, "<timezone>UTC</timezone>");
    sim.setFaults([{ ...fault, match: { type: "commit" }, times: Infinity }]);
    const outcome = commit(2_000);
    await expect(outcome).rejects.toThrow(/commit/);
    const posts = sim.requests.filter((r) => r.type === "commit").length;
    expect(posts).toBeGreaterThanOrEqual(1);
    expect(posts).toBeLessThanOrEqual(3); // the retry policy's attempts
    expect(sim.requests.length).toBeLessThan(40);
  });
});
