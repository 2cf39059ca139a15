/**
 * "A parser that does not recognise an answer reports an error; it never passes a check": well-formed
 * success answers of a shape no parser knows are `error` with a reason, never pass, skip or fail.
 */
import { OP_COMMANDS, verifyPair, type CheckId } from "../../lib/verify";
import { aaHaState } from "./aa-responses";
import { checkOf, ok, scriptedTarget } from "./helpers";

const DEPRECATED = `<response status="error"><msg><line>Command deprecated in Advanced Routing Mode.</line></msg></response>`;

async function checkWith(answers: Record<string, string>, id: CheckId) {
  const report = await verifyPair([scriptedTarget("fw", { [OP_COMMANDS.haState]: aaHaState(), ...answers })]);
  return checkOf(report, "fw", id);
}

describe("unrecognised answers are errors", () => {
  test.each<[string, Record<string, string>, CheckId, RegExp]>([
    [
      "BFD: a success without <result>",
      { [OP_COMMANDS.legacyBfd]: `<response status="success"/>` },
      "bfd.sessions",
      /without <result>/,
    ],
    [
      "BFD: records under another name",
      { [OP_COMMANDS.legacyBfd]: ok(`<session><state>up</state></session>`) },
      "bfd.sessions",
      /<session>/,
    ],
    [
      "BFD: an entry without a state",
      { [OP_COMMANDS.legacyBfd]: ok(`<entry><neighbor-ip-address>1.1.1.1</neighbor-ip-address></entry>`) },
      "bfd.sessions",
      /state/,
    ],
    [
      "BFD (ARE): JSON with no session record",
      {
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.advancedBfd]: ok(`<json>{"lr1": {"x": {"foo": "up"}}}</json>`),
      },
      "bfd.sessions",
      /no BFD session/,
    ],
    [
      "session table: rows without an id",
      { [OP_COMMANDS.sessions]: ok(`<entry><state>ACTIVE</state></entry>`) },
      "sessions.from-ha",
      /idx/,
    ],
    [
      "session table: records under another name",
      { [OP_COMMANDS.sessions]: ok(`<session><idx>1</idx></session>`) },
      "sessions.from-ha",
      /<session>/,
    ],
    [
      "BGP: records under another name",
      { [OP_COMMANDS.legacyBgpPeers]: ok(`<peer><status>Established</status></peer>`) },
      "bgp.peers",
      /<peer>/,
    ],
    [
      "BGP: a peer entry without a status",
      { [OP_COMMANDS.legacyBgpPeers]: ok(`<entry peer="aws"><peer-address>1.1.1.1</peer-address></entry>`) },
      "bgp.peers",
      /status/,
    ],
    [
      "BGP (ARE): JSON with no peer record",
      {
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.advancedBgpPeers]: ok(`<json>{"lr1": {"aws": {"bgp": "up"}}}</json>`),
      },
      "bgp.peers",
      /no BGP peer/,
    ],
    [
      "routes: records under another name",
      { [OP_COMMANDS.legacyRoutes]: ok(`<route><destination>10.0.0.0/8</destination></route>`) },
      "routing.routes",
      /<route>/,
    ],
    [
      "routes: an entry without a destination",
      { [OP_COMMANDS.legacyRoutes]: ok(`<entry><flags>A B</flags></entry>`) },
      "routing.routes",
      /destination/,
    ],
    [
      "routes (ARE): a router that is not an object",
      { [OP_COMMANDS.legacyBgpPeers]: DEPRECATED, [OP_COMMANDS.advancedRoutes]: ok(`<json>{"lr1": "none"}</json>`) },
      "routing.routes",
      /lr1/,
    ],
    [
      "HA: an enabled flag that is neither yes nor no",
      { [OP_COMMANDS.haState]: ok(`<enabled>maybe</enabled>`) },
      "ha.enabled",
      /maybe/,
    ],
    [
      "path monitoring: a dedicated answer of another shape",
      { [OP_COMMANDS.haPathMonitoring]: ok(`<groups/>`) },
      "path-monitoring",
      /unrecognised/,
    ],
  ])("%s", async (_what, answers, id, reason) => {
    const check = await checkWith(answers, id);
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(reason);
  });

  test("empty tables are still read as empty (no BFD: fail; no sessions: skip; no peers: fail)", async () => {
    expect((await checkWith({ [OP_COMMANDS.legacyBfd]: ok("") }, "bfd.sessions")).status).toBe("fail");
    expect((await checkWith({ [OP_COMMANDS.sessions]: ok("") }, "sessions.from-ha")).status).toBe("skip");
    expect((await checkWith({ [OP_COMMANDS.legacyBgpPeers]: ok("") }, "bgp.peers")).status).toBe("fail");
    const legend = ok(
      `<flags>flags: A:active, ?:loose, C:connect, H:host, S:static, ~:internal, R:rip, O:ospf, B:bgp</flags>`,
    );
    expect((await checkWith({ [OP_COMMANDS.legacyRoutes]: legend }, "routing.routes")).status).toBe("fail");
  });
});
