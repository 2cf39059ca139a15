import { request } from "undici";
import type { OperationalContext } from "./operational";
import { startSimulator, type Simulator } from ".";

const seen: OperationalContext[] = [];

jest.mock("./operational", () => ({
  renderOperational: (cmd: { name: string }, context: OperationalContext) => {
    seen.push(context);
    return cmd.name === "show" ? `<response status="success"><result>rendered</result></response>` : undefined;
  },
}));

const HA_STATE = "<show><high-availability><state/></high-availability></show>";
let a: Simulator;
let b: Simulator;

async function op(sim: Simulator, cmd: string): Promise<string> {
  const response = await request(sim.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-pan-key": "K" },
    body: new URLSearchParams({ type: "op", cmd }).toString(),
  });
  return response.body.text();
}

beforeEach(async () => {
  seen.length = 0;
  a = await startSimulator({ apiKey: "K", host: "127.0.0.2", hostname: "fw-a", rebootMs: 30 });
  b = await startSimulator({ apiKey: "K", host: "127.0.0.3", port: a.port, hostname: "fw-b", rebootMs: 30 });
});

afterEach(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

test("commands the core does not answer go to the operational renderer with this device's context", async () => {
  const peers = [
    {
      name: "aws",
      peerGroup: "cloud",
      virtualRouter: "default",
      peerAddress: "169.254.100.1",
      localAddress: "169.254.100.2",
      remoteAs: "64512",
      bfd: true,
      prefixes: ["10.1.0.0/16"],
    },
  ];
  a.setRouting(peers);
  a.setHealth({ bgpPeersDown: ["169.254.100.1"] });
  expect(await op(a, HA_STATE)).toBe(`<response status="success"><result>rendered</result></response>`);
  expect(seen[0]).toMatchObject({ peerUp: false, peerRunning: undefined, health: { bgpPeersDown: ["169.254.100.1"] } });
  expect(seen[0].routing).toEqual(peers);
  expect(seen[0].running).toBe(a.running);
});

test("linked peers see each other's running configuration while up, and not while restarting", async () => {
  a.link(b);
  await op(a, HA_STATE);
  expect(seen[0].peerUp).toBe(true);
  expect(seen[0].peerRunning).toBe(b.running);
  const rebooted = b.reboot();
  await op(a, HA_STATE);
  expect(seen[1]).toMatchObject({ peerUp: false, peerRunning: undefined });
  await rebooted;
  await op(b, HA_STATE);
  expect(seen[2]).toMatchObject({ peerUp: true, peerRunning: a.running });
});

test("what the renderer does not answer is code 17", async () => {
  expect(await op(a, "<request><frobnicate/></request>")).toMatch(/status="error" code="17"/);
});
