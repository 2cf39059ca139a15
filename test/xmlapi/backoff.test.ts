/** Write retries: bounded, exponential with injectable jitter, and Retry-After honoured. */
import { PanosClient, type RetryPolicy } from "../../lib/xmlapi/client";
import { retryDelayMs } from "../../lib/xmlapi/backoff";
import { Deadline } from "../../lib/xmlapi/deadline";
import { OutcomeUnknownError } from "../../lib/xmlapi/errors";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";

const SYSTEM = `${DEVICE_ROOT}/deviceconfig/system`;

describe("retryDelayMs", () => {
  const policy: RetryPolicy = { attempts: 5, initialDelayMs: 100, maxDelayMs: 1_000 };

  test("doubles per attempt up to the maximum; jitter spreads each wait over its upper half", () => {
    expect([0, 1, 2, 3, 4, 9].map((n) => retryDelayMs(n, { ...policy, random: () => 1 }))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
    expect([0, 1, 2, 3, 4].map((n) => retryDelayMs(n, { ...policy, random: () => 0 }))).toEqual([
      50, 100, 200, 400, 500,
    ]);
  });

  test("a Retry-After longer than the backoff wins", () => {
    expect(retryDelayMs(0, { ...policy, random: () => 0 }, 3_000)).toBe(3_000);
    expect(retryDelayMs(3, { ...policy, random: () => 1 }, 10)).toBe(800);
  });
});

describe("against the simulator", () => {
  let sim: Simulator;
  let api: PanosClient | undefined;

  beforeEach(async () => {
    sim = await startSimulator({ password: "pw", commitMs: 20 });
    await sim.waitUntilReady();
  });

  afterEach(async () => {
    await api?.close();
    await sim.stop();
  });

  test("Retry-After from a 503 sets the wait before the next try", async () => {
    const notes: string[] = [];
    api = new PanosClient({
      endpoint: { host: sim.host, port: sim.port, protocol: "http" },
      credentials: { apiKey: sim.apiKey },
      deadline: Deadline.after(10_000),
      retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 10, random: () => 0.5 },
      onRetry: (m) => notes.push(m),
    });
    sim.setFaults([{ kind: "service-unavailable", retryAfter: "1", match: { action: "get" } }]);
    await api.get(SYSTEM);
    expect(notes).toEqual([expect.stringMatching(/HTTP 503; retrying get .* in 1 s \(2\/3\)/)]);
  });

  test("a write whose answer was lost waits at least the device's Retry-After before it is tried again", async () => {
    const notes: string[] = [];
    api = new PanosClient({
      endpoint: { host: sim.host, port: sim.port, protocol: "http" },
      credentials: { apiKey: sim.apiKey },
      deadline: Deadline.after(10_000),
      retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 10, random: () => 0 },
      onRetry: (m) => notes.push(m),
    });
    sim.setFaults([{ kind: "service-unavailable", retryAfter: "1", match: { action: "set" } }]);
    const lost = await api.set(SYSTEM, "<timezone>UTC</timezone>").catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(OutcomeUnknownError);
    await api.backOff(1, "re-sending set", lost);
    expect(notes).toEqual(["waiting 1 s before re-sending set"]);
    expect(sim.requests.filter((r) => r.action === "set")).toHaveLength(1); // the lost write itself is never re-sent here
  });

  test("a Retry-After beyond the deadline ends at once instead of hammering the device", async () => {
    api = new PanosClient({
      endpoint: { host: sim.host, port: sim.port, protocol: "http" },
      credentials: { apiKey: sim.apiKey },
      deadline: Deadline.after(2_000),
      retry: { attempts: 5, initialDelayMs: 5, maxDelayMs: 10 },
    });
    sim.setFaults([{ kind: "service-unavailable", retryAfter: "120", match: { action: "get" }, times: Infinity }]);
    await expect(api.get(SYSTEM)).rejects.toThrow(/asked to retry after 120 s/);
    expect(sim.requests.filter((r) => r.action === "get")).toHaveLength(1);
  });
});
