import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { login, mveHa, target } from "./harness";

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator({ password: "commit-test-password", commitMs: 20 });
  await sim.waitUntilReady();
});

afterEach(async () => {
  await sim.stop();
});

/** A one-operation spec, as JSON. */
const TZ_SPEC = JSON.stringify({
  version: 1,
  name: "tz",
  requiresReboot: false,
  operations: [{ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<timezone>UTC</timezone>" }],
});

/** Leaves a pending change on the simulator, as another tool would. */
async function pendingChange(): Promise<void> {
  const { code } = await mveHa(["apply", ...target(sim), "--spec-env", "S"], {
    ...login(sim),
    S: TZ_SPEC,
  });
  expect(code).toBe(0);
  expect(sim.pendingChanges).toBe(true);
}

const commit = (...extra: string[]) => mveHa(["commit", ...target(sim), ...extra], login(sim));

test("nothing pending: exit 0 and no commit sent", async () => {
  const { code, stdout } = await commit();
  expect(code).toBe(0);
  expect(stdout).toBe("127.0.0.1: nothing to commit (no pending changes)\n");
  expect(sim.requests.filter((r) => r.type === "commit")).toHaveLength(0);
});

test("pending changes: commit, follow the job, exit 0 on OK", async () => {
  await pendingChange();
  const { code, stdout, stderr } = await commit();
  expect(code).toBe(0);
  expect(stdout).toMatch(/^127\.0\.0\.1: commit job \d+ OK\n {2}Configuration committed successfully\n$/);
  expect(stderr).toMatch(/Commit job \d+: FIN OK/);
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);
});

test("FAIL: exit 1 with the detail lines, in --json too", async () => {
  await pendingChange();
  sim.setFaults([{ kind: "commit-fail", details: ["Validation Error:", " zone -> trust is invalid"] }]);
  const { code, stdout } = await commit("--json");
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toEqual({
    ok: false,
    host: "127.0.0.1",
    commit: {
      result: "FAIL",
      jobId: sim.commits[0].id,
      details: ["Validation Error:", "zone -> trust is invalid"],
      warnings: [],
    },
  });
});

test("a job that never finishes: exit 3 when --timeout runs out, naming the job", async () => {
  await pendingChange();
  sim.setFaults([{ kind: "job-stuck" }]);
  const { code, stdout, stderr } = await commit("--timeout", "0.5");
  expect(code).toBe(3);
  expect(stderr).toMatch(/timed out after 0.5 s: Commit job \d+: ACT \d+% on 127\.0\.0\.1, not finished/);
  expect(stdout).toBe("");
});

test("an unknown job id (job vanished) is an error, not success", async () => {
  await pendingChange();
  sim.setFaults([{ kind: "invalid", match: { cmd: "<jobs><id>" }, times: 5, lines: ["job 2 not found"] }]);
  const { code, stdout } = await commit();
  expect(code).toBe(1);
  expect(stdout).not.toMatch(/OK/);
});

test("answer lost and no commit job ever listed: exit 1 saying the outcome is unknown, not 'nothing to commit'", async () => {
  await pendingChange();
  sim.setFaults([{ kind: "commit-answer-lost", listedAfterMs: 60_000 }]);
  const { code, stdout, stderr } = await commit("--json");
  expect(code).toBe(1);
  expect(stderr).toMatch(/so mve-ha cannot tell whether the changes were committed; check `show jobs all`/);
  expect(JSON.parse(stdout)).toMatchObject({ ok: false, exitCode: 1 });
});

test("API-key session, another admin commits as our answer is lost: exit 1, outcome unknown, never OK", async () => {
  await pendingChange();
  sim.setFaults([{ kind: "foreign-commit", admin: "bob" }]);
  const { code, stdout, stderr } = await mveHa(["commit", ...target(sim), "--json"], { PANOS_API_KEY: sim.apiKey });
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toMatchObject({ ok: false, exitCode: 1 });
  expect(stderr).toMatch(/outcome is unknown/);
  expect(stdout).not.toMatch(/"OK"/);
  expect(sim.pendingChanges).toBe(true);
});

test("apply --commit against a device answering 503 to every commit: a bounded number of requests", async () => {
  sim.setFaults([{ kind: "service-unavailable", match: { type: "commit" }, times: Infinity }]);
  const { code, stderr } = await mveHa(["apply", ...target(sim), "--spec-env", "S", "--commit", "--timeout", "3"], {
    ...login(sim),
    S: TZ_SPEC,
  });
  expect(code).toBe(1);
  expect(stderr).toMatch(/sent 4 times, no answer came back, no commit job of ours is listed/);
  expect(sim.requests.filter((r) => r.type === "commit").length).toBeLessThanOrEqual(4); // FAST.retry.attempts
  expect(sim.requests.length).toBeLessThan(40);
});
