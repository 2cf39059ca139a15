/**
 * One command run's connection setup: checks (loopback guard, credentials, CA file) done before
 * anything is sent, the overall deadline, and one client per firewall.
 */
import { readFileSync } from "node:fs";
import { PanosClient, type Credentials, type RetryPolicy } from "../xmlapi/client";
import type { PollInterval } from "../xmlapi/commit";
import { Deadline } from "../xmlapi/deadline";
import { credentialsFromEnvironment } from "./credentials";
import { UsageError } from "./exit-codes";
import { assertHostAllowed } from "./loopback-guard";
import { progressFor, type Progress } from "./progress";
import type { Terminal } from "./terminal";

/** Options every command shares (as parsed from the command line). */
export interface ConnectionOptions {
  readonly port: number;
  readonly protocol: "https" | "http";
  readonly caFile?: string;
  readonly insecure?: boolean;
  /** Seconds for the whole command. */
  readonly timeout: number;
  /** Seconds for one HTTP request. */
  readonly requestTimeout: number;
  /** Largest API answer read, in MiB. @default 8 */
  readonly maxResponseMb?: number;
  readonly json?: boolean;
}

/** Timing knobs; tests shorten them, the command line uses the defaults. */
export interface Tuning {
  readonly retry: RetryPolicy;
  readonly poll: PollInterval;
}

/** What a command runs with, besides its options. */
export interface CliContext {
  readonly terminal: Terminal;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly tuning: Tuning;
}

function readCa(file: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --ca-file ${file}: ${(error as Error).message}`);
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(`--ca-file ${file} holds no PEM certificate`);
  return pem;
}

/** Connections to one or more firewalls for one command. */
export class Session {
  public readonly deadline: Deadline;
  public readonly progress: Progress;
  private readonly clients = new Map<string, PanosClient>();
  private readonly credentials: Credentials;
  private readonly ca: string | undefined;

  public constructor(
    hosts: readonly string[],
    private readonly options: ConnectionOptions,
    private readonly context: CliContext,
  ) {
    const { terminal, env } = context;
    for (const host of hosts) assertHostAllowed(host, env);
    this.credentials = credentialsFromEnvironment(env);
    terminal.addSecret(this.credentials.apiKey);
    terminal.addSecret(this.credentials.password);
    terminal.addBasicAuth(this.credentials.username, this.credentials.password);
    this.ca = options.caFile !== undefined ? readCa(options.caFile) : undefined;
    if (options.protocol === "http") {
      terminal.warn("--protocol http sends the API key unencrypted; use it only on a trusted test network");
      if (options.caFile !== undefined || options.insecure)
        terminal.warn("--ca-file and --insecure have no effect with --protocol http");
    } else if (options.insecure) {
      terminal.warn("--insecure: the firewall's TLS certificate is not verified");
    }
    this.deadline = Deadline.after(options.timeout * 1000);
    this.progress = progressFor(terminal);
  }

  /** The administrator name from the environment, when credentials include one. */
  public get username(): string | undefined {
    return this.credentials.username;
  }

  /** The client for `host` (one per host, created on first use). */
  public client(host: string): PanosClient {
    let client = this.clients.get(host);
    if (!client) {
      const { terminal, tuning } = this.context;
      client = new PanosClient({
        endpoint: {
          host,
          port: this.options.port,
          protocol: this.options.protocol,
          ca: this.ca,
          insecure: this.options.insecure,
        },
        credentials: this.credentials,
        deadline: this.deadline,
        requestTimeoutMs: this.options.requestTimeout * 1000,
        ...(this.options.maxResponseMb !== undefined
          ? { maxResponseBytes: Math.round(this.options.maxResponseMb * 1024 * 1024) }
          : {}),
        retry: tuning.retry,
        onRetry: (message) => this.progress.note(message),
        onSecret: (secret) => terminal.addSecret(secret),
      });
      this.clients.set(host, client);
    }
    return client;
  }

  /** Closes every connection. */
  public async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.close()));
  }
}
