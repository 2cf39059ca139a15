/** Runs `mve-ha` in-process against simulators, capturing its output. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { run } from "../../lib/cli/main";
import type { Tuning } from "../../lib/cli/session";
import type { XmlSpec } from "../../lib/xmlspec/spec";
import type { RequestRecord, Simulator } from "../simulator";

/** Short waits so that retries and polls take milliseconds. */
export const FAST: Tuning = {
  retry: { attempts: 4, initialDelayMs: 5, maxDelayMs: 20 },
  poll: { initialMs: 5, maxMs: 20 },
};

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Everything every run printed, for secret scans. */
export const transcript: string[] = [];

/** Runs `mve-ha <args>` with the loopback guard on and only the given environment. */
export async function mveHa(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { MVE_HA_LOOPBACK_ONLY: "1", ...env },
    tuning: FAST,
  });
  transcript.push(stdout, stderr);
  return { code, stdout, stderr };
}

/** `--host … --port … --protocol … [--ca-file …]` for a simulator. */
export function target(sim: Simulator): string[] {
  return [
    "--host",
    sim.host,
    "--port",
    String(sim.port),
    "--protocol",
    sim.protocol,
    ...(sim.caFile ? ["--ca-file", sim.caFile] : []),
  ];
}

/** Username/password credentials of a simulator, as environment variables. */
export function login(sim: Simulator): Record<string, string> {
  return { PANOS_USERNAME: sim.username, PANOS_PASSWORD: sim.password };
}

/** Writes a spec to a temporary file and returns its path. */
export function specFile(spec: XmlSpec): string {
  const file = join(mkdtempSync(join(tmpdir(), "mve-ha-spec-")), "spec.json");
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

/** Sends an operational command straight to a plain-HTTP simulator (test setup, not through mve-ha). */
export async function simulatorOp(sim: Simulator, cmd: string): Promise<string> {
  const response = await request(sim.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-pan-key": sim.apiKey },
    body: new URLSearchParams({ type: "op", cmd }).toString(),
  });
  const body = await response.body.text();
  if (response.statusCode !== 200 || !body.includes('status="success"')) throw new Error(`${cmd} failed: ${body}`);
  return body;
}

/** Indexes of the simulator's recorded requests that match. */
export function indexesOf(sim: Simulator, match: (record: RequestRecord) => boolean): number[] {
  return sim.requests.flatMap((record, index) => (match(record) ? [index] : []));
}
