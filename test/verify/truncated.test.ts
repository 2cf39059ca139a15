/**
 * A firewall answer cut short must never pass a check: for each op command of a healthy pair, every
 * (sampled) cut point of its answer turns the checks that read it into `error`.
 */
import { CHECK_IDS, OP_COMMANDS, verifyPair, type CheckId, type VerifyReport } from "../../lib/verify";
import { sessionDetailCommand } from "../../lib/verify/commands";
import { cutPoints } from "../xmlspec/truncation";
import { ADVANCED, LEGACY } from "./healthy-answers";
import { capture, checkOf, scriptedTarget, statusesOf } from "./helpers";

const HOST = "fw";

const HA_IDS = CHECK_IDS.filter((id) => id.startsWith("ha."));

/** The checks that read each answer, and so must be `error` when it is cut short. */
const READERS: ReadonlyArray<readonly [string, Readonly<Record<string, string>>, string, readonly CheckId[]]> = [
  ["HA state", LEGACY, OP_COMMANDS.haState, [...HA_IDS, "path-monitoring", "sessions.from-ha"]],
  ["path monitoring", LEGACY, OP_COMMANDS.haPathMonitoring, ["path-monitoring"]],
  ["legacy BGP peers", LEGACY, OP_COMMANDS.legacyBgpPeers, ["bgp.peers", "bgp.routes-received"]],
  ["legacy BFD", LEGACY, OP_COMMANDS.legacyBfd, ["bfd.sessions"]],
  ["legacy routes", LEGACY, OP_COMMANDS.legacyRoutes, ["routing.routes"]],
  ["session table", LEGACY, OP_COMMANDS.sessions, ["sessions.from-ha"]],
  ["session detail", LEGACY, sessionDetailCommand("5"), ["sessions.from-ha"]],
  ["ARE BGP peers", ADVANCED, OP_COMMANDS.advancedBgpPeers, ["bgp.peers", "bgp.routes-received"]],
  ["ARE BFD", ADVANCED, OP_COMMANDS.advancedBfd, ["bfd.sessions"]],
  ["ARE routes", ADVANCED, OP_COMMANDS.advancedRoutes, ["routing.routes"]],
];

async function verifyWith(answers: Readonly<Record<string, string>>): Promise<VerifyReport> {
  return verifyPair([scriptedTarget(HOST, answers)]);
}

describe("truncated answers never pass a check", () => {
  test.each([
    ["legacy", LEGACY],
    ["advanced", ADVANCED],
  ])("the uncut %s answers pass every check (the baseline the cuts are measured against)", async (_n, answers) => {
    const report = await verifyWith(answers);
    expect(Object.values(statusesOf(report, HOST))).toEqual(CHECK_IDS.map(() => "pass"));
    expect(report.ok).toBe(true);
  });

  test.each(READERS)("a cut %s answer makes its checks error", async (_what, answers, command, readers) => {
    const body = answers[command];
    const wrong: string[] = [];
    const points = cutPoints(body, 120);
    for (const n of points) {
      const report = await verifyWith({ ...answers, [command]: body.slice(0, n) });
      for (const id of readers) {
        const check = checkOf(report, HOST, id);
        if (check.status !== "error") wrong.push(`cut ${n}: ${id}=${check.status}`);
      }
      if (report.ok) wrong.push(`cut ${n}: ok=true`);
    }
    expect(points.length).toBeGreaterThan(50);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test("BGP peers with the second peer down: no cut point gives bgp.peers=pass; every one gives error", async () => {
    const body = capture("show-routing-protocol-bgp-peer__established-and-connect");
    const uncut = await verifyWith({ ...LEGACY, [OP_COMMANDS.legacyBgpPeers]: body });
    expect(checkOf(uncut, HOST, "bgp.peers").status).toBe("fail");
    const statuses = new Map<string, number>();
    const points = cutPoints(body, 100_000);
    for (const n of points) {
      const report = await verifyWith({ ...LEGACY, [OP_COMMANDS.legacyBgpPeers]: body.slice(0, n) });
      const status = checkOf(report, HOST, "bgp.peers").status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(points.length).toBe(body.trimEnd().length);
    expect(Object.fromEntries(statuses)).toEqual({ error: points.length });
  });
});
