/**
 * The checks an operator runs after a change: config.pending, config.locks, jobs.recent,
 * ha.compatibility and system.jumbo-frames — each with a pass, a fail and an unreadable answer.
 */
import { CHECK_IDS, OP_COMMANDS, verifyPair, type CheckId } from "../../lib/verify";
import { aaHaState } from "./aa-responses";
import { LEGACY, jobList } from "./healthy-answers";
import { capture, checkOf, ok, scriptedTarget, statusesOf } from "./helpers";

async function checkWith(answers: Record<string, string>, id: CheckId) {
  const report = await verifyPair([scriptedTarget("fw", { ...LEGACY, ...answers })]);
  return checkOf(report, "fw", id);
}

test("the healthy member passes every check, the five new ones included", async () => {
  const report = await verifyPair([scriptedTarget("fw", LEGACY)]);
  expect(Object.values(statusesOf(report, "fw"))).toEqual(CHECK_IDS.map(() => "pass"));
  expect(CHECK_IDS).toHaveLength(18);
});

describe("config.pending", () => {
  test("no pending changes passes", async () => {
    expect(await checkWith({}, "config.pending")).toMatchObject({ status: "pass", detail: "no uncommitted changes" });
  });
  test("pending changes fail, saying a deploy may have stopped before its commit", async () => {
    const check = await checkWith({ [OP_COMMANDS.pendingChanges]: ok("yes") }, "config.pending");
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/uncommitted changes/);
  });
  test.each([
    ["another word", ok("maybe"), /expected one of yes, no, found "maybe"/],
    ["elements", ok("<pending>yes</pending>"), /found <pending>/],
    ["nothing", ok(""), /found nothing/],
  ])("an answer of %s is an error", async (_what, body, reason) => {
    const check = await checkWith({ [OP_COMMANDS.pendingChanges]: body }, "config.pending");
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(reason);
  });
});

describe("config.locks", () => {
  test("no locks passes", async () => {
    expect((await checkWith({}, "config.locks")).status).toBe("pass");
  });
  test("the recorded config lock fails, naming its holder and comment", async () => {
    const check = await checkWith(
      { [OP_COMMANDS.configLocks]: capture("show-config-locks__upgrade-assurance") },
      "config.locks",
    );
    expect(check).toMatchObject({
      status: "fail",
      detail: "config lock held by admin (shared: Testing config lock api)",
    });
  });
  test("a commit lock fails too", async () => {
    const body = ok(`<commit-locks><entry name="ops"><comment>maintenance</comment></entry></commit-locks>`);
    const check = await checkWith({ [OP_COMMANDS.commitLocks]: body }, "config.locks");
    expect(check).toMatchObject({ status: "fail", detail: "commit lock held by ops (maintenance)" });
  });
  test.each([
    [
      "config",
      OP_COMMANDS.configLocks,
      ok(`<locks><entry name="x"/></locks>`),
      /config locks.*no <config-locks>.*<locks>/,
    ],
    ["commit", OP_COMMANDS.commitLocks, ok(`<commit-locks><lock name="x"/></commit-locks>`), /commit locks.*<lock>/],
  ])("an unrecognised %s-lock answer is an error", async (_what, cmd, body, reason) => {
    const check = await checkWith({ [cmd]: body }, "config.locks");
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(reason);
  });
});

describe("jobs.recent", () => {
  test("the recorded job list (last commit OK) passes", async () => {
    const check = await checkWith({ [OP_COMMANDS.jobs]: capture("show-jobs-all__upgrade-assurance") }, "jobs.recent");
    expect(check).toMatchObject({ status: "pass", detail: "last commit AutoCom job 1 OK at 2023/08/07 04:00:28" });
  });
  test("a failed last commit fails, with the device's reasons", async () => {
    const body = jobList({ result: "FAIL", details: "Validation Error: vsys1 -> rulebase is invalid" });
    const check = await checkWith({ [OP_COMMANDS.jobs]: body }, "jobs.recent");
    expect(check).toMatchObject({
      status: "fail",
      detail: "the last commit failed: Commit job 2 FAIL: Validation Error: vsys1 -> rulebase is invalid",
    });
  });
  test("a commit still running fails: the configuration is about to change", async () => {
    const check = await checkWith({ [OP_COMMANDS.jobs]: jobList({ status: "ACT", result: "PEND" }) }, "jobs.recent");
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/Commit job 2 is still running/);
  });
  test("a failure superseded by a later successful commit passes, mentioning it", async () => {
    // Job 1 (the auto-commit) failed; job 2, a commit after it, finished OK.
    const failedFirst = jobList().replace(/(<id>1<\/id>[\s\S]*?)<result>OK<\/result>/, "$1<result>FAIL</result>");
    expect(failedFirst).toMatch(/<id>1<\/id>[\s\S]*<result>FAIL<\/result>/);
    const check = await checkWith({ [OP_COMMANDS.jobs]: failedFirst }, "jobs.recent");
    expect(check).toMatchObject({ status: "pass", detail: expect.stringMatching(/earlier AutoCom job 1 failed/) });
  });
  test("no commit job listed: skipped with the reason", async () => {
    expect(await checkWith({ [OP_COMMANDS.jobs]: ok("") }, "jobs.recent")).toMatchObject({
      status: "skip",
      detail: "no commit job listed",
    });
  });
  test.each([
    ["records under another name", ok(`<jobs><job><id>1</id></job></jobs>`), /<jobs>/],
    ["a job without a result", ok(`<job><id>1</id><type>Commit</type><status>FIN</status></job>`), /result/],
    ["a job without an id", ok(`<job><type>Commit</type><status>FIN</status><result>OK</result></job>`), /id/],
  ])("%s is an error", async (_what, body, reason) => {
    const check = await checkWith({ [OP_COMMANDS.jobs]: body }, "jobs.recent");
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(reason);
  });
});

describe("ha.compatibility", () => {
  test("same versions (the device says Match) pass, naming them", async () => {
    expect(await checkWith({}, "ha.compatibility")).toMatchObject({
      status: "pass",
      detail: "same on both: PAN-OS 10.2.9-h1, applications 8515-7181, threats 8515-7181 and antivirus 4890-5408",
    });
  });
  test("another application version on the peer fails, naming both", async () => {
    const check = await checkWith(
      { [OP_COMMANDS.haState]: aaHaState({ peerAppVersion: "8520-7200" }) },
      "ha.compatibility",
    );
    expect(check).toMatchObject({
      status: "fail",
      detail: "the peer runs other versions: applications 8515-7181 here, 8520-7200 on the peer",
    });
  });
  test("the recorded A/P capture (all Match, URL Mismatch ignored) passes", async () => {
    const check = await checkWith(
      { [OP_COMMANDS.haState]: capture("show-high-availability-state__pa5250-9.1-active-passive") },
      "ha.compatibility",
    );
    expect(check.status).toBe("pass");
  });
  test("without compat fields the versions are compared", async () => {
    const noCompat = aaHaState({ peerAppVersion: "8520-7200" }).replace(
      /<(build|app|threat|av|url)-compat>\w+<\/\1-compat>/g,
      "",
    );
    expect(noCompat).not.toContain("-compat>");
    const check = await checkWith({ [OP_COMMANDS.haState]: noCompat }, "ha.compatibility");
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/applications 8515-7181 here, 8520-7200 on the peer/);
  });
  test("no versions and no compat fields: an error naming what is missing", async () => {
    const check = await checkWith({ [OP_COMMANDS.haState]: aaHaState({ withoutVersions: true }) }, "ha.compatibility");
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(
      /not reported: PAN-OS \(no build-compat; build-rel missing here, missing on the peer\)/,
    );
  });
  test("a compat value it does not know is an error", async () => {
    const odd = aaHaState().replace("<av-compat>Match</av-compat>", "<av-compat>Pending</av-compat>");
    const check = await checkWith({ [OP_COMMANDS.haState]: odd }, "ha.compatibility");
    expect(check).toMatchObject({ status: "error", detail: 'not reported: antivirus (av-compat is "Pending")' });
  });
});

describe("system.jumbo-frames", () => {
  test("mode on passes", async () => {
    expect(await checkWith({}, "system.jumbo-frames")).toMatchObject({ status: "pass", detail: "jumbo-frame mode on" });
  });
  test("mode off fails, saying HA3 needs it", async () => {
    const check = await checkWith({ [OP_COMMANDS.jumboFrame]: ok("off") }, "system.jumbo-frames");
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/HA3 needs it/);
  });
  test("an answer it does not know is an error", async () => {
    const check = await checkWith({ [OP_COMMANDS.jumboFrame]: ok("<mode>on</mode>") }, "system.jumbo-frames");
    expect(check).toMatchObject({ status: "error", detail: expect.stringMatching(/jumbo-frame mode.*found <mode>/) });
  });
});
