/**
 * End to end: a firewall whose answer is cut short and sent without Content-Length (so the transport
 * cannot tell) must not let `mve-ha verify` pass. A loopback server stands in for the firewall.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { OP_COMMANDS } from "../../lib/verify";
import type { VerifyReport } from "../../lib/verify/types";
import { LEGACY } from "../verify/healthy-answers";
import { capture, UNKNOWN_COMMAND } from "../verify/helpers";
import { mveHa } from "./harness";

const KEY = "k3y-for-truncation-tests";
let answers: Record<string, string> = {};
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const cmd = new URLSearchParams(body).get("cmd") ?? "";
      // Written in one chunk and ended: chunked encoding, no Content-Length to compare with.
      res.writeHead(200, { "content-type": "application/xml" });
      res.write(answers[cmd] ?? UNKNOWN_COMMAND);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function verify(): Promise<{ code: number; report: VerifyReport }> {
  const args = ["verify", "--host", "127.0.0.1", "--port", String(port), "--protocol", "http", "--json"];
  const { code, stdout } = await mveHa(args, { PANOS_API_KEY: KEY });
  return { code, report: JSON.parse(stdout) as VerifyReport };
}

const statusOf = (report: VerifyReport, id: string) => report.firewalls[0].checks.find((c) => c.id === id)?.status;

describe("mve-ha verify against an answer cut short without Content-Length", () => {
  test("the healthy firewall passes (the baseline)", async () => {
    answers = { ...LEGACY };
    const { code, report } = await verify();
    expect(report.ok).toBe(true);
    expect(code).toBe(0);
  });

  test("BGP peers cut after the first (Established) peer, the second being down: error, exit not 0", async () => {
    const full = capture("show-routing-protocol-bgp-peer__established-and-connect");
    const secondPeer = full.indexOf("<entry peer=", full.indexOf("<entry peer=") + 1);
    expect(secondPeer).toBeGreaterThan(0);
    answers = { ...LEGACY, [OP_COMMANDS.legacyBgpPeers]: full.slice(0, secondPeer) };
    const { code, report } = await verify();
    expect(statusOf(report, "bgp.peers")).toBe("error");
    expect(report.ok).toBe(false);
    expect(code).not.toBe(0);
  });
});
