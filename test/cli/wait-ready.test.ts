import { startSimulator, type Simulator } from "../simulator";
import { login, mveHa, target } from "./harness";

let sim: Simulator;

afterEach(async () => {
  await sim.stop();
});

test("wait-ready follows a boot: 502 pages, chassis not ready, auto-commit, then ready", async () => {
  // Each phase must outlast what the machine's load can delay, or the CLI never sees it and has
  // nothing to report: the 502 pages outlast the CLI's start (under load, loading the command's
  // modules took longer than a 400 ms boot), the auto-commit a delayed poll (a 40 ms one was over).
  sim = await startSimulator({ password: "wait-pw", bootDelayMs: 2_000, commitMs: 40, autoCommitMs: 1_000 });
  const { code, stdout, stderr } = await mveHa(["wait-ready", ...target(sim)], login(sim));
  expect(code).toBe(0);
  expect(stdout).toMatch(/^127\.0\.0\.1: ready \(after [\d.]+ s\)\n$/);
  expect(stderr).toMatch(/answered HTTP 502/);
  expect(stderr).toMatch(/waiting for AutoCom job 1: ACT/);
});

test("wait-ready gives up at --timeout with the last reason, exit 3", async () => {
  sim = await startSimulator({ password: "wait-pw", bootDelayMs: 60_000 });
  const { code, stderr } = await mveHa(["wait-ready", ...target(sim), "--timeout", "0.3"], login(sim));
  expect(code).toBe(3);
  expect(stderr).toMatch(/timed out after 0.3 s: 127\.0\.0\.1 not ready: management API not answering: .*HTTP 502/);
});

describe("credentials refused (403)", () => {
  test("fails at once with exit 2, not after --timeout: a 403 is taken as wrong credentials", async () => {
    sim = await startSimulator({ password: "wait-pw", credentialsRefusedMs: 60_000 });
    const { code, stderr } = await mveHa(["wait-ready", ...target(sim)], login(sim)); // --timeout 900 s
    expect(code).toBe(2);
    expect(stderr).toMatch(/127\.0\.0\.1 rejected the username and password \(Invalid credentials\.\)/);
    expect(sim.requests.filter((r) => r.outcome === 403)).toHaveLength(1);
  });

  test("a wrong password against a ready firewall: exit 2 at once", async () => {
    sim = await startSimulator({ password: "wait-pw" });
    await sim.waitUntilReady();
    const { code, stderr } = await mveHa(["wait-ready", ...target(sim)], {
      PANOS_USERNAME: sim.username,
      PANOS_PASSWORD: "typo",
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/rejected the username and password \(Invalid credentials\.\)/);
  });

  test("the rule is in the help", async () => {
    const { stdout } = await mveHa(["wait-ready", "--help"]);
    expect(stdout).toMatch(/A 403 \("Invalid credentials\."\) ends wait-ready at once with exit 2/);
    const prepareHelp = await mveHa(["prepare", "--help"]);
    expect(prepareHelp.stdout).toMatch(
      /After the\s+restart it requested, prepare counts a 403 as not ready until --timeout/,
    );
  });
});
