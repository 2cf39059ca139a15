import type { FirewallTarget, VerifyReport } from "../../lib/verify/types";
import { startSimulator, type Simulator } from "../simulator";
import { login, mveHa, target } from "./harness";

// The checks (and running them in parallel) are lib/verify's job; here a stand-in proves the command's
// wiring: one target per host whose op() reaches that firewall, the report printed as given.
const calls: string[] = [];
let verdict: "pass" | "fail" = "pass";

jest.mock("../../lib/verify", () => ({
  verifyPair: async (targets: readonly FirewallTarget[]): Promise<VerifyReport> => {
    const firewalls = await Promise.all(
      targets.map(async (t) => {
        const body = await t.op("<show><system><info/></system></show>");
        calls.push(t.host);
        const hostname = /<hostname>([^<]*)<\/hostname>/.exec(body)?.[1] ?? "?";
        return {
          host: t.host,
          checks: [{ id: "ha.enabled" as const, status: verdict, detail: `answered as ${hostname}` }],
        };
      }),
    );
    return { ok: verdict === "pass", firewalls };
  },
  renderTable: (report: VerifyReport) => report.firewalls.map((f) => `${f.host} ${f.checks[0].status}`).join("\n"),
}));

let a: Simulator;
let b: Simulator;

beforeEach(async () => {
  calls.length = 0;
  verdict = "pass";
  a = await startSimulator({ tls: true, host: "127.0.0.2", hostname: "fw-a", password: "pw", apiKey: "KEY" });
  b = await startSimulator({
    tls: true,
    host: "127.0.0.3",
    port: a.port,
    hostname: "fw-b",
    password: "pw",
    apiKey: "KEY",
  });
});

afterEach(async () => {
  await Promise.all([a.stop(), b.stop()]);
});

/** Both firewalls share the port and the test CA (as in the end-to-end setup), so the rest of target(a) fits both. */
const hosts = () => ["--host", "127.0.0.2", "--host", "127.0.0.3", ...target(a).slice(2)];

test("--json prints exactly the report, each host answered by its own firewall; exit 0 when ok", async () => {
  const { code, stdout } = await mveHa(["verify", ...hosts(), "--json"], login(a));
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual({
    ok: true,
    firewalls: [
      { host: "127.0.0.2", checks: [{ id: "ha.enabled", status: "pass", detail: "answered as fw-a" }] },
      { host: "127.0.0.3", checks: [{ id: "ha.enabled", status: "pass", detail: "answered as fw-b" }] },
    ],
  });
  expect(calls.sort()).toEqual(["127.0.0.2", "127.0.0.3"]);
});

test("the table by default; exit 1 when a check fails", async () => {
  verdict = "fail";
  const { code, stdout } = await mveHa(["verify", ...hosts()], login(a));
  expect(code).toBe(1);
  expect(stdout).toBe("127.0.0.2 fail\n127.0.0.3 fail\n");
});

test("verify without --host is a usage error", async () => {
  const { code, stderr } = await mveHa(["verify"], login(a));
  expect(code).toBe(2);
  expect(stderr).toMatch(/verify needs --host, once per firewall/);
});
