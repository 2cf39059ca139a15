/**
 * Offline providers started once and shared by every Terraform run of a session: Terraform's
 * TF_REATTACH_PROVIDERS (the variable provider test frameworks use) points each run at the
 * processes started here instead of starting its own per command (380–630 ms each). With `Test`
 * set, Terraform neither stops nor kills them after a run; we do, in stop(). The provider keeps
 * per-run state per connection (tools/offline-provider/protocol/sessions.ts) and reads the
 * fixture file again when it changed, so one process serves every run of the session correctly.
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import type { Socket } from "node:net";
import * as path from "node:path";
import type { PinnedProvider } from "../bindings/providers";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSION } from "../offline-provider/protocol/handshake";

/** What starts one provider: `node <program> --schema <schemaDir>/<name>.json`. */
export interface ReattachPrograms {
  readonly providers: readonly PinnedProvider[];
  readonly schemaDir: string;
  readonly providerProgram: string;
}

/** Running providers and the TF_REATTACH_PROVIDERS value that points Terraform at them. */
export interface ReattachedProviders {
  /** JSON keyed by provider address, in Terraform's reattach format. */
  readonly reattach: string;
  /** The provider processes, by provider address. */
  readonly pids: Readonly<Record<string, number>>;
  /** Stops every provider process and waits until each has exited. */
  stop(): Promise<void>;
}

/** One started provider process and its go-plugin address. */
interface Started {
  readonly address: string;
  readonly child: ChildProcess;
  readonly network: string;
  readonly endpoint: string;
}

/** The handshake must arrive within this time, however loaded the machine is. */
const HANDSHAKE_TIMEOUT_MS = 120_000;
/** After SIGTERM, a provider that has not exited by then is killed. */
const STOP_GRACE_MS = 5_000;

/** Processes not yet stopped, killed when this process exits without stopping them. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Starts every provider with `env` (what the provider reads: fixture file, cache directory) and
 * sends their logs (stderr) to `log`: a file they append to, or a descriptor of this process
 * (e.g. 2). Rejects, stopping those already started, when one fails.
 */
export async function startReattachedProviders(
  programs: ReattachPrograms,
  env: NodeJS.ProcessEnv,
  log: string | number,
): Promise<ReattachedProviders> {
  installExitHook();
  const fd = typeof log === "number" ? log : fs.openSync(log, "a", 0o600);
  const logName = typeof log === "number" ? undefined : log;
  try {
    const results = await Promise.allSettled(programs.providers.map((p) => startOne(programs, p, env, fd, logName)));
    const started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) {
      await Promise.all(started.map((s) => stopChild(s.child)));
      throw failed.reason;
    }
    return {
      reattach: reattachJson(started),
      pids: Object.fromEntries(started.map((s) => [s.address, s.child.pid!])),
      stop: async () => {
        await Promise.all(started.map((s) => stopChild(s.child)));
      },
    };
  } finally {
    if (fd !== log) fs.closeSync(fd); // the children hold their own descriptors
  }
}

/** Terraform's TF_REATTACH_PROVIDERS format (internal/command/meta_providers.go, go-plugin ReattachConfig). */
function reattachJson(started: readonly Started[]): string {
  return JSON.stringify(
    Object.fromEntries(
      started.map((s) => [
        s.address,
        {
          Protocol: "grpc",
          ProtocolVersion: PLUGIN_PROTOCOL_VERSION,
          Pid: s.child.pid,
          // Test: Terraform leaves the process running after each run (go-plugin never kills it).
          Test: true,
          Addr: { Network: s.network, String: s.endpoint },
        },
      ]),
    ),
  );
}

function startOne(
  programs: ReattachPrograms,
  provider: PinnedProvider,
  env: NodeJS.ProcessEnv,
  log: number,
  logName: string | undefined,
) {
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: String(PLUGIN_PROTOCOL_VERSION),
  };
  // Reattached providers are dialled in plaintext (go-plugin's AutoMTLS needs a managed process).
  delete childEnv.PLUGIN_CLIENT_CERT;
  delete childEnv.TF_REATTACH_PROVIDERS;
  const schema = path.join(programs.schemaDir, `${provider.name}.json`);
  const child = spawn(process.execPath, [programs.providerProgram, "--schema", schema], {
    env: childEnv,
    stdio: ["ignore", "pipe", log],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  return new Promise<Started>((resolve, reject) => {
    let stdout = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      const where = logName ? ` (its log: ${logName})` : "";
      void stopChild(child).then(() => reject(new Error(`offline provider ${provider.address} ${why}${where}`)));
    };
    const timer = setTimeout(() => fail(`sent no handshake within ${HANDSHAKE_TIMEOUT_MS} ms`), HANDSHAKE_TIMEOUT_MS);
    child.once("error", (error) => fail(`could not start: ${error.message}`));
    child.once("exit", (code, signal) => fail(`exited (${signal ?? code}) before its handshake`));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (stdout.includes("\n")) return; // after the handshake, stdout carries nothing; keep draining
      stdout += chunk.toString("utf8");
      if (!stdout.includes("\n")) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      child.once("exit", () => live.delete(child));
      // A session its owner forgot to dispose must not keep this process alive (the exit hook ends it).
      child.unref();
      (child.stdout as Socket).unref();
      const endpoint = parseHandshake(stdout.slice(0, stdout.indexOf("\n")));
      if (typeof endpoint === "string") fail(`sent an unusable handshake: ${endpoint}`);
      else resolve({ address: provider.address, child, ...endpoint });
    });
  });
}

/** `1|6|tcp|127.0.0.1:1234|grpc` → the network and address; a string says what is wrong. */
export function parseHandshake(line: string): { network: string; endpoint: string } | string {
  const [core, version, network, endpoint, protocol] = line.trim().split("|");
  if (core !== "1") return `core protocol ${core}, expected 1 (${line})`;
  if (version !== String(PLUGIN_PROTOCOL_VERSION)) return `plugin protocol ${version} (${line})`;
  if (protocol !== "grpc") return `protocol ${protocol}, expected grpc (${line})`;
  if (!network || !endpoint) return `no address (${line})`;
  return { network, endpoint };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A session its owner never stopped must not outlive this process (the providers also watch their parent). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of live) child.kill("SIGKILL");
  });
}
