import { OP_COMMANDS, verifyPair } from "../../lib/verify";
import { SESSION_SAMPLE_SIZE } from "../../lib/verify/collect";
import { parseSessionList } from "../../lib/verify/parse/sessions";
import { aaHaState } from "./aa-responses";
import { capture, checkOf, ok, resultOf, scriptedTarget } from "./helpers";

function sessionRow(id: number, state = "ACTIVE", type = "FLOW"): string {
  return `<entry><idx>${id}</idx><source>10.1.0.${id % 250}</source><dst>10.2.0.9</dst><application>ssl</application><state>${state}</state><type>${type}</type></entry>`;
}
const detail = (synced: string) =>
  ok(`<slot>1</slot><application>ssl</application><sess-ha-sync>${synced}</sess-ha-sync>`);
const detailCommand = (id: number) => `<show><session><id>${id}</id></session></show>`;

describe("sessions.from-ha", () => {
  test("parses the session table capture", () => {
    expect(parseSessionList(resultOf(capture("show-session-all__upgrade-assurance")))).toEqual([
      { id: "20", source: "10.10.11.2", destination: "8.8.8.8", application: "ping", state: "ACTIVE", type: "FLOW" },
    ]);
  });

  test("passes on the first session marked as synchronized from the peer, looking up no more", async () => {
    const sent: string[] = [];
    const answers = {
      [OP_COMMANDS.haState]: aaHaState(),
      [OP_COMMANDS.sessions]: ok(sessionRow(7, "ACTIVE", "PRED") + sessionRow(5) + sessionRow(6)),
      [detailCommand(5)]: detail("False"),
      [detailCommand(6)]: detail("True"),
      [detailCommand(7)]: detail("True"),
    };
    const report = await verifyPair([scriptedTarget("fw", answers, sent)]);
    expect(checkOf(report, "fw", "sessions.from-ha")).toMatchObject({
      status: "pass",
      detail: "session 6 10.1.0.6 → 10.2.0.9 (ssl) is synchronized from the HA peer (3 sessions in the table)",
    });
    expect(sent.filter((c) => c.includes("<id>"))).toEqual([detailCommand(5), detailCommand(6)]);
  });

  test("fails when no examined session came from the peer, bounded by the sample size", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => i + 1);
    const answers: Record<string, string> = {
      [OP_COMMANDS.haState]: aaHaState(),
      [OP_COMMANDS.sessions]: ok(rows.map((id) => sessionRow(id)).join("")),
    };
    rows.forEach((id) => (answers[detailCommand(id)] = detail("False")));
    const sent: string[] = [];
    const report = await verifyPair([scriptedTarget("fw", answers, sent)]);
    expect(sent.filter((c) => c.includes("<id>"))).toHaveLength(SESSION_SAMPLE_SIZE);
    expect(checkOf(report, "fw", "sessions.from-ha")).toMatchObject({
      status: "fail",
      detail: `none of the ${SESSION_SAMPLE_SIZE} sessions examined (of 30) is synchronized from the HA peer (Session From HA: False)`,
    });
  });

  test("an empty session table is skipped and asks for traffic", async () => {
    const report = await verifyPair([
      scriptedTarget("fw", { [OP_COMMANDS.haState]: aaHaState(), [OP_COMMANDS.sessions]: ok("") }),
    ]);
    expect(checkOf(report, "fw", "sessions.from-ha")).toMatchObject({
      status: "skip",
      detail: expect.stringMatching(/session table is empty/),
    });
  });

  test("session details without the HA flag are an error, not a pass or a fail", async () => {
    const report = await verifyPair([
      scriptedTarget("fw", {
        [OP_COMMANDS.haState]: aaHaState(),
        [OP_COMMANDS.sessions]: ok(sessionRow(5)),
        [detailCommand(5)]: ok("<slot>1</slot>"),
      }),
    ]);
    expect(checkOf(report, "fw", "sessions.from-ha")).toMatchObject({
      status: "error",
      detail: expect.stringMatching(/sess-ha-sync/),
    });
  });

  test("a hostile session id is never spliced into a command", async () => {
    const sent: string[] = [];
    const hostile = `<entry><idx>1</idx></entry><entry><idx>2&lt;/id&gt;&lt;x/&gt;</idx><state>ACTIVE</state></entry>`;
    await verifyPair([
      scriptedTarget("fw", { [OP_COMMANDS.haState]: aaHaState(), [OP_COMMANDS.sessions]: ok(hostile) }, sent),
    ]);
    expect(sent.filter((c) => c.includes("<id>"))).toEqual([detailCommand(1)]);
  });
});
