import type { XmlSpec } from "../../lib/xmlspec/spec";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";
import { login, mveHa, specFile, target, transcript } from "./harness";

const PASSWORD = "Pa55-w0rd-that-must-never-show";
const API_KEY = "LUFRPTkey-that-must-never-show==";
const SPEC: XmlSpec = {
  version: 1,
  name: "tz",
  requiresReboot: true,
  operations: [{ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<timezone>UTC</timezone>" }],
};

let sim: Simulator;

beforeEach(async () => {
  sim = await startSimulator({ tls: true, password: PASSWORD, apiKey: API_KEY, commitMs: 20, rebootMs: 20 });
  await sim.waitUntilReady();
});

afterEach(async () => {
  await sim.stop();
});

describe("credentials", () => {
  test("missing credentials: exit 2 naming the variables, nothing sent", async () => {
    const { code, stderr } = await mveHa(["commit", ...target(sim)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no PAN-OS credentials: set PANOS_API_KEY, or PANOS_USERNAME and PANOS_PASSWORD/);
    const half = await mveHa(["commit", ...target(sim)], { PANOS_USERNAME: "admin" });
    expect(half.stderr).toMatch(/PANOS_USERNAME is set but PANOS_PASSWORD is not/);
    expect(sim.requests).toHaveLength(0);
  });

  test("rejected credentials: exit 2, a clear message without the secret", async () => {
    const wrong = await mveHa(["commit", ...target(sim), "--json"], {
      PANOS_USERNAME: "admin",
      PANOS_PASSWORD: `${PASSWORD}x`,
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/rejected the username and password \(Invalid credentials\.\)/);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, exitCode: 2 });
    const badKey = await mveHa(["commit", ...target(sim)], { PANOS_API_KEY: `${API_KEY}x` });
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/rejected the API key \(Invalid credentials\.\)/);
  });

  test("no password, API key or generated key appears in any output, debug traces included", async () => {
    transcript.length = 0;
    const env = { ...login(sim), MVE_HA_DEBUG: "1" };
    await mveHa(["prepare", ...target(sim), "--spec-file", specFile(SPEC)], env);
    await mveHa(["prepare", ...target(sim), "--spec-file", specFile(SPEC), "--json"], env);
    await mveHa(["commit", ...target(sim), "--json"], { PANOS_API_KEY: API_KEY, MVE_HA_DEBUG: "1" });
    await mveHa(["commit", ...target(sim)], {
      PANOS_USERNAME: "admin",
      PANOS_PASSWORD: `${PASSWORD}!`,
      MVE_HA_DEBUG: "1",
    });
    await mveHa(["commit", "--host", sim.host, "--port", String(sim.port)], { ...env }); // TLS failure path
    await mveHa(["verify", ...target(sim), "--host", sim.host, "--json"], env);
    sim.setFaults([{ kind: "config-lock", admin: "admin-backup" }]);
    const otherZone = { ...SPEC.operations[0], element: "<timezone>Europe/Zurich</timezone>" };
    const locked = await mveHa(
      ["apply", ...target(sim), "--spec-file", specFile({ ...SPEC, operations: [otherZone] })],
      env,
    );
    expect(locked.stderr).toContain("locked by admin-backup"); // the username is no secret: not redacted
    sim.setFaults([{ kind: "bad-gateway", times: 100 }]);
    await mveHa(["apply", ...target(sim), "--spec-file", specFile(SPEC), "--timeout", "0.5"], env);
    const output = transcript.join("\n");
    expect(output.length).toBeGreaterThan(500);
    for (const secret of [PASSWORD, API_KEY, sim.apiKey]) expect(output).not.toContain(secret);
    // Not even the redaction safety net had anything to hide: no message carried a secret.
    expect(output).not.toContain("[redacted]");
    expect(output).toContain("at "); // stack traces were printed (MVE_HA_DEBUG=1) and still hold no secret
    expect(JSON.stringify(sim.requests)).not.toContain(API_KEY);
  }, 90_000); // many runs, two of them with restarts: slow on a loaded 2-core machine
});

describe("TLS", () => {
  test("verification is on by default: without --ca-file the self-signed chain is refused (exit 2, with the fix)", async () => {
    const { code, stderr } = await mveHa(["commit", "--host", sim.host, "--port", String(sim.port)], login(sim));
    expect(code).toBe(2);
    expect(stderr).toMatch(/TLS verification of 127\.0\.0\.1:\d+ failed .*pass --ca-file/);
    expect(sim.requests).toHaveLength(0);
  });

  test("--ca-file trusts the CA; --insecure works and warns", async () => {
    expect((await mveHa(["commit", ...target(sim)], login(sim))).code).toBe(0);
    const insecure = await mveHa(["commit", "--host", sim.host, "--port", String(sim.port), "--insecure"], login(sim));
    expect(insecure.code).toBe(0);
    expect(insecure.stderr).toMatch(/warning: --insecure: the firewall's TLS certificate is not verified/);
  });

  test("an unreadable --ca-file is a usage error", async () => {
    const { code, stderr } = await mveHa(
      ["commit", "--host", sim.host, "--ca-file", "/nonexistent/ca.pem"],
      login(sim),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read --ca-file \/nonexistent\/ca\.pem/);
  });
});

describe("MVE_HA_LOOPBACK_ONLY=1", () => {
  test.each(["192.0.2.10", "localhost", "fw.example.net", "::1"])(
    "refuses %s before sending anything",
    async (host) => {
      const { code, stderr } = await mveHa(["commit", "--host", host], login(sim));
      expect(code).toBe(2);
      expect(stderr).toContain(
        `refusing host ${JSON.stringify(host)}: MVE_HA_LOOPBACK_ONLY=1 allows only IPv4 addresses in 127.0.0.0/8`,
      );
    },
  );

  test("verify refuses when any one host is off loopback, before contacting the other", async () => {
    const { code } = await mveHa(["verify", ...target(sim), "--host", "198.51.100.7"], login(sim));
    expect(code).toBe(2);
    expect(sim.requests).toHaveLength(0);
  });
});
