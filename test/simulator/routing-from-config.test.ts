/**
 * Issue 15 item 3: the simulator's BGP, BFD and route answers come from the committed running
 * configuration (peers, routers, local interfaces); the simulated network (`routing`) only decides,
 * by peer address, which peers are Established and what they advertise, and health faults script
 * peer and BFD state.
 */
import { request } from "undici";
import { child, renderXml } from "../../lib/xmlspec/xml";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { networkFor, runningConfig } from "./operational/pair-fixture";
import { startSimulator, type Simulator } from ".";

let sim: Simulator;
afterEach(async () => {
  await sim.stop();
});

async function post(params: Record<string, string>): Promise<string> {
  const response = await request(sim.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-pan-key": "K" },
    body: new URLSearchParams(params).toString(),
  });
  return response.body.text();
}

const BGP_PEERS = "<show><routing><protocol><bgp><peer/></bgp></protocol></routing></show>";
const BFD = "<show><routing><bfd><summary/></bfd></routing></show>";
const ROUTES = "<show><routing><route/></routing></show>";
const op = (cmd: string) => post({ type: "op", cmd });

/** `peer vr status local-address` of each entry of the BGP peer answer. */
function peers(xml: string): string[] {
  return [...xml.matchAll(/<entry peer="([^"]*)" vr="([^"]*)">.*?<status>([^<]*)<.*?<local-address>([^<]*)</g)].map(
    (m) => m.slice(1).join(" "),
  );
}

/** `neighbor interface state` of each BFD session. */
function bfd(xml: string): string[] {
  return [
    ...xml.matchAll(/<interface>([^<]*)<\/interface>.*?<neighbor-ip-address>([^<]*)<.*?<state-local>([^<]*)</g),
  ].map((m) => `${m[2]} ${m[1].trim()} ${m[3]}`);
}

/** Writes firewall 0's routing configuration (interfaces, BFD profile, router with BGP, vsys1) and commits it. */
async function configureRoutingAndCommit(): Promise<void> {
  const device = runningConfig(0).children[0].children[0];
  const element = renderXml([child(device, "network")!, child(device, "vsys")!]);
  await post({ type: "config", action: "set", xpath: DEVICE_ROOT, element });
  await post({ type: "commit", cmd: "<commit></commit>" });
  while (sim.commits.at(-1)?.finishedAt === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(sim.commits.at(-1)?.details).toEqual(["Configuration committed successfully"]);
}

test("no BGP configuration, no peers: the network's neighbours are not shown as peers", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 5, routing: networkFor(0) });
  await sim.waitUntilReady();
  expect(peers(await op(BGP_PEERS))).toEqual([]);
  expect(bfd(await op(BFD))).toEqual([]);
  expect(await op(ROUTES)).not.toContain("10.1.0.0/16");
});

test("peers, routers and local interfaces come from the committed running configuration, not the candidate", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 5, routing: networkFor(0) });
  await sim.waitUntilReady();
  await configureRoutingAndCommit();
  expect(peers(await op(BGP_PEERS))).toEqual([
    "aws default Established 169.254.100.2:35355",
    "azure default Established 169.254.200.2:35355",
  ]);
  expect(bfd(await op(BFD))).toEqual(["169.254.100.1 ethernet1/1.100 up", "169.254.200.1 ethernet1/1.200 up"]);
  expect(await op(ROUTES)).toMatch(/<destination>10\.1\.0\.0\/16<\/destination><nexthop>169\.254\.100\.1<\/nexthop>/);

  // A peer written but not committed is not there yet.
  const group = `${DEVICE_ROOT}/network/virtual-router/entry[@name='default']/protocol/bgp/peer-group/entry[@name='clouds']/peer`;
  await post({
    type: "config",
    action: "set",
    xpath: group,
    element: `<entry name="gcp"><peer-as>16550</peer-as><peer-address><ip>169.254.30.1</ip></peer-address><local-address><interface>ethernet1/1.100</interface></local-address></entry>`,
  });
  expect(peers(await op(BGP_PEERS))).toHaveLength(2);
});

test("peer state stays scriptable: by address from the network, and by health faults", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 5, routing: [networkFor(0)[0]] });
  await sim.waitUntilReady();
  await configureRoutingAndCommit();
  // Azure's address is not offered by the network: configured, but nobody answers.
  expect(peers(await op(BGP_PEERS))).toEqual([
    "aws default Established 169.254.100.2:35355",
    "azure default Connect 169.254.200.2",
  ]);
  sim.setRouting(networkFor(0));
  sim.setHealth({ bgpPeersDown: ["169.254.100.1"], bfdDown: ["169.254.200.1"] });
  expect(peers(await op(BGP_PEERS))).toEqual([
    "aws default Connect 169.254.100.2",
    "azure default Established 169.254.200.2:35355",
  ]);
  expect(bfd(await op(BFD))).toEqual(["169.254.100.1 ethernet1/1.100 up", "169.254.200.1 ethernet1/1.200 down"]);
});

test("peersFromNetwork: the network's neighbours stand in while the configuration has no peers", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 5, routing: networkFor(0), peersFromNetwork: true });
  await sim.waitUntilReady();
  expect(peers(await op(BGP_PEERS))).toEqual([
    "aws default Established 169.254.100.2:35355",
    "azure default Established 169.254.200.2:35355",
  ]);
});
