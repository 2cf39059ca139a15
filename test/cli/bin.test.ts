import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEVICE_ROOT } from "../../lib/xmlspec/xpath";
import { startSimulator, type Simulator } from "../simulator";

const BIN = join(__dirname, "..", "..", "bin", "mve-ha.js");
const run = promisify(execFile);

async function mveHa(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let sim: Simulator;

afterEach(async () => {
  await sim?.stop();
});

test("the installed binary prints help and exits 0", async () => {
  const { code, stdout } = await mveHa(["--help"], {});
  expect(code).toBe(0);
  expect(stdout).toMatch(/^Usage: mve-ha \[options\] \[command\]/);
});

test("the binary applies a spec from the environment over HTTPS and never prints the credentials", async () => {
  sim = await startSimulator({ tls: true, host: "127.0.0.2", password: "bin-test-password", commitMs: 20 });
  await sim.waitUntilReady();
  const spec = {
    version: 1,
    name: "tz",
    requiresReboot: false,
    operations: [{ action: "set", xpath: `${DEVICE_ROOT}/deviceconfig/system`, element: "<timezone>UTC</timezone>" }],
  };
  const args = [
    "apply",
    "--host",
    sim.host,
    "--port",
    String(sim.port),
    "--ca-file",
    sim.caFile as string,
    "--spec-env",
    "MVE_HA_SPEC",
    "--commit",
  ];
  const env = {
    PANOS_USERNAME: "admin",
    PANOS_PASSWORD: "bin-test-password",
    MVE_HA_SPEC: JSON.stringify(spec),
    MVE_HA_LOOPBACK_ONLY: "1",
  };
  const { code, stdout, stderr } = await mveHa(args, env);
  expect({ code, stderr }).toMatchObject({ code: 0 });
  expect(stdout).toMatch(
    /changed {4}set .*\n127\.0\.0\.2: 1 of 1 operations changed \(spec tz\)\n127\.0\.0\.2: commit job \d+ OK/,
  );
  for (const secret of ["bin-test-password", sim.apiKey]) expect(stdout + stderr).not.toContain(secret);
  expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);
});
