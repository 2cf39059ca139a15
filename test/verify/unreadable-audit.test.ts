/**
 * The audit of every parser and check for "passes or skips on what it cannot read": BFD with no
 * sessions although the pair configures BFD on every BGP peer, BGP peers without a BFD session,
 * route records that cannot be judged (no flags, no protocol, not an object).
 */
import { OP_COMMANDS, verifyPair, type CheckId } from "../../lib/verify";
import { LEGACY } from "./healthy-answers";
import { checkOf, ok, scriptedTarget } from "./helpers";

const DEPRECATED = `<response status="error"><msg><line>Command deprecated in Advanced Routing Mode.</line></msg></response>`;

async function checkWith(answers: Record<string, string>, id: CheckId) {
  const report = await verifyPair([scriptedTarget("fw", { ...LEGACY, ...answers })]);
  return checkOf(report, "fw", id);
}

describe("BFD is judged against the BGP peers (the pair configures BFD on every peer)", () => {
  test("no BFD sessions while BGP peers exist: fail naming the peers, never a skip", async () => {
    const check = await checkWith({ [OP_COMMANDS.legacyBfd]: ok("") }, "bfd.sessions");
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/no BFD session/);
    expect(check.detail).toMatch(/169\.254\.100\.1/);
    expect(check.detail).toMatch(/169\.254\.200\.1/);
  });

  test("a BGP peer without a BFD session fails, naming it; the peers with one are not named as missing", async () => {
    const awsOnly = ok(
      `<entry><neighbor-ip-address>169.254.100.1</neighbor-ip-address><state-local>up</state-local></entry>`,
    );
    const check = await checkWith({ [OP_COMMANDS.legacyBfd]: awsOnly }, "bfd.sessions");
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/no BFD session for BGP peer azure \(169\.254\.200\.1/);
    expect(check.detail).not.toMatch(/session for BGP peer aws/);
  });

  test("Advanced Routing: an empty JSON BFD answer with BGP peers fails too", async () => {
    const check = await checkWith(
      {
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.advancedBgpPeers]: ok(
          `<json>{"lr1": {"aws": {"state": "Established", "peer-ip": "169.254.100.1"}}}</json>`,
        ),
        [OP_COMMANDS.advancedBfd]: ok(`<json>{}</json>`),
        [OP_COMMANDS.advancedRoutes]: ok(`<json>{}</json>`),
      },
      "bfd.sessions",
    );
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/169\.254\.100\.1/);
  });

  test("no BFD sessions and no BGP peers: fail (nothing says BFD is up), never a skip", async () => {
    const check = await checkWith(
      { [OP_COMMANDS.legacyBfd]: ok(""), [OP_COMMANDS.legacyBgpPeers]: ok("") },
      "bfd.sessions",
    );
    expect(check.status).toBe("fail");
    expect(check.detail).toMatch(/no BFD sessions and no BGP peers/);
  });

  test("BGP peers unreadable: BFD sessions all up still pass on their own", async () => {
    const bfd = ok(
      ["169.254.100.1", "169.254.200.1"]
        .map((ip) => `<entry><neighbor-ip-address>${ip}</neighbor-ip-address><state-local>up</state-local></entry>`)
        .join(""),
    );
    const check = await checkWith(
      { [OP_COMMANDS.legacyBfd]: bfd, [OP_COMMANDS.legacyBgpPeers]: ok("<peers/>") },
      "bfd.sessions",
    );
    expect(check.status).toBe("pass");
  });
});

describe("route records that cannot be judged are errors", () => {
  test("legacy: an entry without flags (active and protocol unknown)", async () => {
    const routes = ok(`<entry><virtual-router>default</virtual-router><destination>10.1.0.0/16</destination></entry>`);
    const check = await checkWith({ [OP_COMMANDS.legacyRoutes]: routes }, "routing.routes");
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(/flags/);
  });

  test("Advanced Routing: a route record that is not an object", async () => {
    const check = await checkWith(
      {
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.advancedRoutes]: ok(`<json>{"lr1": {"10.1.0.0/16": ["bgp"]}}</json>`),
      },
      "routing.routes",
    );
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(/10\.1\.0\.0\/16/);
  });

  test("Advanced Routing: a route record without a protocol", async () => {
    const check = await checkWith(
      {
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.advancedRoutes]: ok(`<json>{"lr1": {"10.1.0.0/16": [{"installed": true}]}}</json>`),
      },
      "routing.routes",
    );
    expect(check.status).toBe("error");
    expect(check.detail).toMatch(/protocol/);
  });
});

describe("HA answers with nothing it knows under <enabled>yes</enabled>", () => {
  test.each([
    ["no group", ok(`<enabled>yes</enabled>`)],
    ["a group of unknown elements", ok(`<enabled>yes</enabled><group><cluster><state>up</state></cluster></group>`)],
  ])("%s: every HA check but ha.enabled is an error, none passes or skips", async (_what, body) => {
    const report = await verifyPair([scriptedTarget("fw", { ...LEGACY, [OP_COMMANDS.haState]: body })]);
    const ids = ["ha.mode", "ha.local-state", "ha.peer-state", "ha.links", "ha.state-sync", "ha.config-sync"];
    for (const id of [...ids, "ha.compatibility"]) expect(checkOf(report, "fw", id).status).toBe("error");
    expect(checkOf(report, "fw", "ha.enabled").status).toBe("pass");
    expect(report.ok).toBe(false);
  });
});
