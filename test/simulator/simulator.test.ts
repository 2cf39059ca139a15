import { request } from "undici";
import { capture } from "../xmlapi/captures";
import { startSimulator, type Simulator } from ".";

let sim: Simulator;

async function post(params: Record<string, string>, key?: string) {
  const response = await request(sim.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(key ? { "x-pan-key": key } : {}) },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.statusCode, body: await response.body.text() };
}

afterEach(async () => {
  await sim.stop();
});

/** Polls until `condition` holds (the test's own timeout bounds it). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
}

test("keygen answers a key; bad credentials and bad keys get the recorded 403 body", async () => {
  sim = await startSimulator({ password: "pw", apiKey: "KEY-1" });
  expect(await post({ type: "keygen", user: "admin", password: "pw" })).toEqual({
    status: 200,
    body: `<response status="success"><result><key>KEY-1</key></result></response>`,
  });
  const forbidden = { status: 403, body: capture("error__http403-invalid-credentials").trim() };
  expect(await post({ type: "keygen", user: "admin", password: "nope" })).toEqual(forbidden);
  expect(await post({ type: "op", cmd: "<show><chassis-ready/></show>" }, "KEY-2")).toEqual(forbidden);
});

test("commit replies have the recorded shapes: no changes without a job id, queued with one", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 20 });
  await sim.waitUntilReady();
  const commit = { type: "commit", cmd: "<commit></commit>" };
  expect((await post(commit, "K")).body).toBe(
    `<response status="success" code="19"><msg><![CDATA[There are no changes to commit.]]></msg></response>`,
  );
  await post({ type: "config", action: "set", xpath: "/config/shared", element: "<x>1</x>" }, "K");
  expect((await post(commit, "K")).body).toBe(
    `<response status="success" code="19"><result><msg><line>Commit job enqueued with jobid 2</line></msg><job>2</job></result></response>`,
  );
});

test("a restart: connections refused, then 502 pages, then chassis not ready, then an auto-commit", async () => {
  sim = await startSimulator({ apiKey: "K", rebootMs: 150, bootDelayMs: 200, commitMs: 1_000 });
  const seen = new Set<string>();
  const rebooted = sim.reboot();
  let done = false;
  void rebooted.then(() => (done = true));
  while (!done) {
    try {
      const reply = await post({ type: "op", cmd: "<show><chassis-ready/></show>" }, "K");
      seen.add(reply.status === 502 ? "502" : /<result>no<\/result>/.test(reply.body) ? "not-ready" : "ready");
    } catch {
      seen.add("refused");
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect([...seen].slice(0, 3)).toEqual(["refused", "502", "not-ready"]);
  const jobs = await post({ type: "op", cmd: "<show><jobs><all/></jobs></show>" }, "K");
  expect(jobs.body).toMatch(/<type>AutoCom<\/type><status>ACT<\/status>/);
  expect(sim.boots).toBe(1); // the restart cut the first boot short; only the second one completed
});

describe("jumbo-frame mode", () => {
  const SETTING = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig/setting";
  const showMode = async () =>
    (await post({ type: "op", cmd: "<show><system><setting><jumbo-frame/></setting></system></show>" }, "K")).body;
  const setMode = (mode: string) =>
    post({ type: "op", cmd: `<set><system><setting><jumbo-frame>${mode}</jumbo-frame></setting></system></set>` }, "K");
  const OFF = `<response status="success"><result>off</result></response>`;
  const ON = `<response status="success"><result>on</result></response>`;

  beforeEach(async () => {
    sim = await startSimulator({ apiKey: "K", rebootMs: 10, commitMs: 10 });
    await sim.waitUntilReady();
  });

  test("the configuration element and a restart alone leave it off", async () => {
    await post(
      { type: "config", action: "set", xpath: SETTING, element: "<jumbo-frame><mtu>9192</mtu></jumbo-frame>" },
      "K",
    );
    await post({ type: "commit", cmd: "<commit></commit>" }, "K");
    await until(() => sim.commits[0]?.result === "OK");
    expect(sim.pendingChanges).toBe(false);
    await sim.reboot();
    expect(sim.jumboMode).toBe(false);
    expect(await showMode()).toBe(OFF);
  });

  test("the operational command sets it from the next restart on, and it stays across restarts", async () => {
    expect((await setMode("on")).body).toBe(
      `<response status="success"><result>Device is now in Jumbo-Frame mode, please reboot device</result></response>`,
    );
    expect(await showMode()).toBe(OFF); // not before the restart
    await sim.reboot();
    expect(await showMode()).toBe(ON);
    await sim.reboot();
    expect(sim.jumboMode).toBe(true);
    await setMode("off");
    expect(sim.jumboMode).toBe(true);
    await sim.reboot();
    expect(sim.jumboMode).toBe(false);
  });

  test("fault jumbo-stays-off: the command is answered as usual but the mode stays off", async () => {
    sim.setFaults([{ kind: "jumbo-stays-off" }]);
    expect((await setMode("on")).status).toBe(200);
    await sim.reboot();
    expect(await showMode()).toBe(OFF);
  });
});

test("phase refusing-credentials: after the 502 pages, 403 to keygen and keyed requests, then ready", async () => {
  sim = await startSimulator({ apiKey: "K", password: "pw", rebootMs: 10, credentialsRefusedMs: 250, commitMs: 10 });
  const forbidden = { status: 403, body: capture("error__http403-invalid-credentials").trim() };
  expect(sim.phase).toBe("refusing-credentials");
  expect(await post({ type: "keygen", user: "admin", password: "pw" })).toEqual(forbidden);
  expect(await post({ type: "op", cmd: "<show><chassis-ready/></show>" }, "K")).toEqual(forbidden);
  await sim.waitUntilReady();
  expect((await post({ type: "op", cmd: "<show><chassis-ready/></show>" }, "K")).body).toMatch(/<result>yes<\/result>/);
  const rebooted = sim.reboot();
  await until(() => sim.phase !== "down" && sim.phase !== "starting");
  expect(sim.phase).toBe("refusing-credentials"); // again after a restart
  expect((await post({ type: "op", cmd: "<show><chassis-ready/></show>" }, "K")).status).toBe(403);
  await rebooted;
  expect(sim.phase).toBe("up");
});

test("fault commit-answer-lost: the commit runs, the connection drops, the job is listed late", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 300 });
  await sim.waitUntilReady();
  await post({ type: "config", action: "set", xpath: "/config/shared", element: "<x>1</x>" }, "K");
  sim.setFaults([{ kind: "commit-answer-lost", listedAfterMs: 150 }]);
  await expect(post({ type: "commit", cmd: "<commit></commit>" }, "K")).rejects.toThrow();
  expect(sim.commits).toMatchObject([{ result: "PEND" }]);
  const id = sim.commits[0].id;
  const pending = async () => (await post({ type: "op", cmd: "<check><pending-changes/></check>" }, "K")).body;
  const job = async () => (await post({ type: "op", cmd: `<show><jobs><id>${id}</id></jobs></show>` }, "K")).body;
  const all = async () => (await post({ type: "op", cmd: "<show><jobs><all/></jobs></show>" }, "K")).body;
  expect(await pending()).toMatch(/<result>no<\/result>/); // the running commit took the candidate
  expect(await job()).toMatch(/job \d+ not found/);
  expect(await all()).not.toContain(`<id>${id}</id>`);
  await until(async () => !/not found/.test(await job()));
  await until(async () => /<status>FIN<\/status>/.test(await job()));
  expect(await job()).toMatch(/<result>OK<\/result>/);
  expect(await all()).toContain(`<id>${id}</id>`);
  expect(await pending()).toMatch(/<result>no<\/result>/);
});

test("fault commit-answer-lost with pendingWhileRunning: pending until the job ends; after a FAIL pending again", async () => {
  sim = await startSimulator({ apiKey: "K", commitMs: 60 });
  await sim.waitUntilReady();
  await post({ type: "config", action: "set", xpath: "/config/shared", element: "<x>1</x>" }, "K");
  sim.setFaults([
    { kind: "commit-answer-lost", pendingWhileRunning: true },
    { kind: "commit-fail", details: ["bad"] },
  ]);
  await expect(post({ type: "commit", cmd: "<commit></commit>" }, "K")).rejects.toThrow();
  expect(sim.pendingChanges).toBe(true);
  await until(() => sim.commits[0]?.result !== "PEND");
  expect(sim.commits).toMatchObject([{ result: "FAIL" }]);
  expect(sim.pendingChanges).toBe(true);
});

test("unknown op commands get code 17 naming the command", async () => {
  sim = await startSimulator({ apiKey: "K" });
  const reply = await post({ type: "op", cmd: "<show><frobnicate/></show>" }, "K");
  expect(reply.body).toBe(
    `<response status="error" code="17"><msg><line><![CDATA[ show -> frobnicate is unexpected]]></line></msg></response>`,
  );
});

test("an edit whose element is not the node named by the xpath is refused as invalid (code 12)", async () => {
  sim = await startSimulator({ apiKey: "K" });
  const xpath = "/config/devices/entry[@name='localhost.localdomain']/deviceconfig/system/type";
  const reply = await post({ type: "config", action: "edit", xpath, element: "<static/>" }, "K");
  expect(reply.body).toMatch(/<response status="error" code="12">.*static unexpected here/);
  expect(sim.writes).toBe(0);
});
