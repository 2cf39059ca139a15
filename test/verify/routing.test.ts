import { OP_COMMANDS, verifyPair } from "../../lib/verify";
import { parseBfdSessions } from "../../lib/verify/parse/bfd-sessions";
import { parseAdvancedBgpPeers, parseLegacyBgpPeers } from "../../lib/verify/parse/bgp-peers";
import { parseAdvancedRoutes, parseLegacyRoutes } from "../../lib/verify/parse/routes";
import { readJsonResult } from "../../lib/verify/response";
import { aaHaState } from "./aa-responses";
import { capture, checkOf, ok, resultOf, scriptedTarget } from "./helpers";

const DEPRECATED = `<response status="error"><msg><line>Command deprecated in Advanced Routing Mode.</line></msg></response>`;

function legacyFirewall(answers: Record<string, string>, sent: string[] = []) {
  return scriptedTarget("fw", { [OP_COMMANDS.haState]: aaHaState(), ...answers }, sent);
}

describe("legacy BGP peers", () => {
  test("parses the PA-VM capture: ports stripped, Connect peer without counters", () => {
    const peers = parseLegacyBgpPeers(resultOf(capture("show-routing-protocol-bgp-peer__established-and-connect")));
    expect(peers).toEqual([
      {
        name: "c1000v.local",
        router: "default",
        group: "Cisco",
        peerAddress: "192.168.122.30",
        remoteAs: "65001",
        state: "Established",
        prefixesReceived: 2,
      },
      {
        name: "Down_Peer",
        router: "default",
        group: "Down",
        peerAddress: "192.168.122.35",
        remoteAs: "65005",
        state: "Connect",
        prefixesReceived: undefined,
      },
    ]);
  });

  test("bgp.peers fails naming the peer stuck in Connect; routes-received judges only the Established one", async () => {
    const report = await verifyPair([
      legacyFirewall({
        [OP_COMMANDS.legacyBgpPeers]: capture("show-routing-protocol-bgp-peer__established-and-connect"),
      }),
    ]);
    expect(checkOf(report, "fw", "bgp.peers")).toEqual({
      id: "bgp.peers",
      status: "fail",
      detail: "Down_Peer (192.168.122.35, vr default) is Connect; 1 of 2 Established",
    });
    expect(checkOf(report, "fw", "bgp.routes-received")).toEqual({
      id: "bgp.routes-received",
      status: "pass",
      detail: "c1000v.local: 2 prefixes",
    });
  });

  test("the upgrade-assurance fixture passes both BGP checks", async () => {
    const report = await verifyPair([
      legacyFirewall({ [OP_COMMANDS.legacyBgpPeers]: capture("show-routing-protocol-bgp-peer__upgrade-assurance") }),
    ]);
    expect(checkOf(report, "fw", "bgp.peers")).toMatchObject({
      status: "pass",
      detail: "1 of 1 Established: Peer1 (169.254.8.2, vr default)",
    });
    expect(checkOf(report, "fw", "bgp.routes-received").status).toBe("pass");
  });

  test("no BGP configured (empty result) fails bgp.peers and skips routes-received", async () => {
    const report = await verifyPair([legacyFirewall({ [OP_COMMANDS.legacyBgpPeers]: ok("") })]);
    expect(checkOf(report, "fw", "bgp.peers")).toMatchObject({ status: "fail", detail: "no BGP peers are configured" });
    expect(checkOf(report, "fw", "bgp.routes-received").status).toBe("skip");
  });

  test("an Established peer with zero accepted prefixes fails routes-received", async () => {
    const body = capture("show-routing-protocol-bgp-peer__upgrade-assurance").replace(
      "<incoming-accepted>2</incoming-accepted>",
      "<incoming-accepted>0</incoming-accepted>",
    );
    const report = await verifyPair([legacyFirewall({ [OP_COMMANDS.legacyBgpPeers]: body })]);
    expect(checkOf(report, "fw", "bgp.routes-received")).toMatchObject({
      status: "fail",
      detail: "no prefixes received from Peer1 (169.254.8.2, vr default)",
    });
  });
});

describe("BFD", () => {
  test("parses the capture: trailing spaces trimmed, negative and empty up-times tolerated", () => {
    const sessions = parseBfdSessions(resultOf(capture("show-routing-bfd-summary__up-and-down")));
    expect(sessions.map((s) => [s.neighbor, s.interface, s.protocol, s.state])).toEqual([
      ["192.168.198.30", "ethernet1/23", "BGP", "up"],
      ["192.168.198.18", "ethernet1/22.16", "BGP", "up"],
      ["110.145.141.81", "ethernet1/22.32", "BGP", "down"],
    ]);
  });

  test("the down session is named with its interface and protocol", async () => {
    const report = await verifyPair([
      legacyFirewall({ [OP_COMMANDS.legacyBfd]: capture("show-routing-bfd-summary__up-and-down") }),
    ]);
    expect(checkOf(report, "fw", "bfd.sessions")).toMatchObject({
      status: "fail",
      detail: "BFD session to 110.145.141.81 on ethernet1/22.32 (BGP) is down; 2 of 3 up",
    });
  });

  test("no BFD sessions: a failure (the pair configures BFD on every BGP peer), never a skip", async () => {
    const report = await verifyPair([legacyFirewall({ [OP_COMMANDS.legacyBfd]: ok("") })]);
    expect(checkOf(report, "fw", "bfd.sessions")).toMatchObject({ status: "fail" });
  });

  test("JSON-form answers (Advanced Routing) are accepted", () => {
    const body = ok(
      `<json>[{"peer": "169.254.100.1", "local": "169.254.100.2", "interface": "ethernet1/1.100", "status": "down"}]</json>`,
    );
    expect(parseBfdSessions(resultOf(body))).toEqual([
      {
        neighbor: "169.254.100.1",
        local: "169.254.100.2",
        interface: "ethernet1/1.100",
        protocol: undefined,
        state: "down",
      },
    ]);
  });
});

describe("route tables", () => {
  test("legacy capture: padded flags read as letters; BGP routes active", () => {
    const routes = parseLegacyRoutes(resultOf(capture("show-routing-route__legacy-vr")));
    const bgp = routes.filter((r) => r.protocol === "bgp");
    expect(bgp).toEqual([
      { router: "default", destination: "10.0.0.0/16", nexthop: "1.1.5.2", protocol: "bgp", active: true },
      { router: "default", destination: "192.168.0.0/23", nexthop: "1.1.5.2", protocol: "bgp", active: true },
    ]);
    const ospf = routes.find((r) => r.protocol === "ospf");
    expect(ospf).toMatchObject({ destination: "1.1.6.0/24", active: false });
    expect(routes.filter((r) => r.protocol === "static")).toHaveLength(5);
  });

  test("routing.routes passes on the legacy capture and fails on the empty table", async () => {
    const withRoutes = await verifyPair([
      legacyFirewall({ [OP_COMMANDS.legacyRoutes]: capture("show-routing-route__legacy-vr") }),
    ]);
    expect(checkOf(withRoutes, "fw", "routing.routes")).toMatchObject({
      status: "pass",
      detail: "2 BGP routes installed: 10.0.0.0/16 via 1.1.5.2 and 192.168.0.0/23 via 1.1.5.2",
    });
    const empty = await verifyPair([
      legacyFirewall({ [OP_COMMANDS.legacyRoutes]: capture("show-routing-route__empty") }),
    ]);
    expect(checkOf(empty, "fw", "routing.routes")).toMatchObject({
      status: "fail",
      detail: "no BGP routes in the route table (0 routes, none learned by BGP)",
    });
  });

  test("BGP routes present but not active fail and are named", async () => {
    const body = capture("show-routing-route__legacy-vr").replaceAll("<flags>A?B   </flags>", "<flags> ?B   </flags>");
    const report = await verifyPair([legacyFirewall({ [OP_COMMANDS.legacyRoutes]: body })]);
    expect(checkOf(report, "fw", "routing.routes")).toMatchObject({
      status: "fail",
      detail: "no BGP route is installed; not active: 10.0.0.0/16 via 1.1.5.2 and 192.168.0.0/23 via 1.1.5.2",
    });
  });

  test("Advanced Routing capture parses (a static route, installed)", () => {
    const json = readJsonResult(resultOf(capture("show-advanced-routing-route__upgrade-assurance")));
    if (!json.ok) throw new Error(json.message);
    expect(parseAdvancedRoutes(json.value)).toEqual([
      { router: "public-lr", destination: "0.0.0.0/0", nexthop: "ethernet1/1", protocol: "static", active: true },
    ]);
  });
});

describe("Advanced Routing Engine", () => {
  const arePeers = ok(`<json>{"lr1": {
      "aws": {"peer-group-name": "clouds", "state": "Established", "peer-ip": "169.254.100.1", "remote-as": 64512,
              "detail": {"addressFamilyInfo": {"ipv4Unicast": {"acceptedPrefixCounter": 3}}}},
      "azure": {"peer-group-name": "clouds", "state": "Active", "peer-ip": "169.254.200.1", "remote-as": 12076}}}</json>`);
  const areRoutes =
    ok(`<json>{"lr1": {"10.1.0.0/16": [{"prefix": "10.1.0.0/16", "protocol": "bgp", "selected": true, "installed": true,
      "nexthops": [{"ip": "169.254.100.1", "fib": true, "interfaceName": "ethernet1/1.100", "active": true}]}]}}</json>`);

  test("ARE peer JSON parses with router, group and accepted prefixes", () => {
    const json = readJsonResult(resultOf(arePeers));
    if (!json.ok) throw new Error(json.message);
    expect(parseAdvancedBgpPeers(json.value)).toEqual([
      {
        name: "aws",
        router: "lr1",
        group: "clouds",
        peerAddress: "169.254.100.1",
        remoteAs: "64512",
        state: "Established",
        prefixesReceived: 3,
      },
      {
        name: "azure",
        router: "lr1",
        group: "clouds",
        peerAddress: "169.254.200.1",
        remoteAs: "12076",
        state: "Active",
        prefixesReceived: undefined,
      },
    ]);
  });

  test("a firewall answering 'deprecated' to legacy commands is read with the advanced-routing commands", async () => {
    const sent: string[] = [];
    const firewall = scriptedTarget(
      "fw",
      {
        [OP_COMMANDS.haState]: aaHaState(),
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.legacyBfd]: DEPRECATED,
        [OP_COMMANDS.legacyRoutes]: DEPRECATED,
        [OP_COMMANDS.advancedBgpPeers]: arePeers,
        [OP_COMMANDS.advancedBfd]: ok(""),
        [OP_COMMANDS.advancedRoutes]: areRoutes,
      },
      sent,
    );
    const report = await verifyPair([firewall]);
    expect(sent).not.toContain(OP_COMMANDS.legacyBfd);
    expect(sent).not.toContain(OP_COMMANDS.legacyRoutes);
    expect(checkOf(report, "fw", "bgp.peers")).toMatchObject({
      status: "fail",
      detail: "azure (169.254.200.1, logical router lr1) is Active; 1 of 2 Established",
    });
    expect(checkOf(report, "fw", "bgp.routes-received")).toMatchObject({ status: "pass", detail: "aws: 3 prefixes" });
    expect(checkOf(report, "fw", "routing.routes")).toMatchObject({
      status: "pass",
      detail: "1 BGP route installed: 10.1.0.0/16 via 169.254.100.1",
    });
    // No BFD session for the two peers: the pair configures BFD on every peer.
    expect(checkOf(report, "fw", "bfd.sessions")).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/^no BFD session at all; expected one for BGP peer aws/),
    });
  });

  test("without prefix counters, routes-received counts BGP routes via the peer", async () => {
    const noCounters = arePeers.replace(
      `,\n              "detail": {"addressFamilyInfo": {"ipv4Unicast": {"acceptedPrefixCounter": 3}}}`,
      "",
    );
    expect(noCounters).not.toContain("acceptedPrefixCounter");
    const report = await verifyPair([
      scriptedTarget("fw", {
        [OP_COMMANDS.haState]: aaHaState(),
        [OP_COMMANDS.legacyBgpPeers]: DEPRECATED,
        [OP_COMMANDS.advancedBgpPeers]: noCounters,
        [OP_COMMANDS.advancedRoutes]: areRoutes,
      }),
    ]);
    expect(checkOf(report, "fw", "bgp.routes-received")).toMatchObject({ status: "pass", detail: "aws: 1 prefix" });
  });
});
