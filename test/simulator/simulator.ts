/**
 * A PAN-OS XML API simulator for tests, on loopback only: keygen and key checks, candidate and
 * running configuration, commit jobs, restart, operational answers, HA peer linking and fault
 * injection. Behaviour follows /work/shared/research/panos-xmlapi.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isLoopbackAddress } from "../../lib/cli/loopback-guard";
import { el, parseXml, type XmlElement } from "../../lib/xmlspec/xml";
import { handleConfig } from "./config-api";
import { newApiKey, SimulatedDevice, type CommitRecord, type Phase, type RequestRecord } from "./device";
import type { Fault, RequestFacts } from "./faults";
import { Listener, type ListenerOptions } from "./http-server";
import { handleCommit, handleOp } from "./op-api";
import { AnswerGate } from "./answer-gate";
import type { SimulatorOptions } from "./options";
import { AUTO_COMMIT_OK } from "./jobs";
import type { HealthFaults, SimulatedBgpPeer } from "./operational";
import { badGateway, badRequest, failure, forbidden, serviceUnavailable, success, type Reply } from "./responses";
import { serverCredentials } from "./tls";

function defaultConfig(hostname: string): XmlElement {
  return el(
    "config",
    [
      el("mgt-config", [el("users", [el("entry", [], { name: "admin" })])]),
      el("shared"),
      el("devices", [
        el(
          "entry",
          [
            el("deviceconfig", [
              el("system", [
                el("hostname", hostname),
                el("type", [el("dhcp-client", [el("send-hostname", "yes"), el("send-client-id", "no")])]),
              ]),
              el("setting", [el("config", [el("rematch", "yes")])]),
            ]),
            el("network", [el("interface", [el("ethernet")]), el("virtual-router"), el("profiles")]),
            el("vsys", [el("entry", [el("zone")], { name: "vsys1" })]),
          ],
          { name: "localhost.localdomain" },
        ),
      ]),
    ],
    { version: "10.2.0" },
  );
}

/** A running simulated firewall. */
export class Simulator {
  private readonly device: SimulatedDevice;
  private readonly listener: Listener;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly gate = new AnswerGate();
  private restarting: Promise<void> | undefined;
  private booting: Promise<void> = Promise.resolve();
  private generation = 0;
  private stopped = false;
  private apiKeyValue: string;

  /** @internal use startSimulator */
  public constructor(
    private readonly options: Required<
      Pick<SimulatorOptions, "bootDelayMs" | "credentialsRefusedMs" | "rebootMs" | "uptimeAtStartS">
    > &
      Pick<SimulatorOptions, "bootStepAnswers">,
    device: SimulatedDevice,
    listen: ListenerOptions,
    /** PEM file of the CA that signed the HTTPS certificate (undefined for plain HTTP). */
    public readonly caFile: string | undefined,
    private readonly caDirectory: string | undefined,
    public readonly protocol: "http" | "https",
  ) {
    this.device = device;
    this.apiKeyValue = device.settings.apiKey;
    this.listener = new Listener(listen, (params, key) => this.handle(params, key));
  }

  public get host(): string {
    return this.device.settings.address;
  }
  public get port(): number {
    return this.listener.port;
  }
  /** Base URL of the API, e.g. `https://127.0.0.2:40123/api/`. */
  public get url(): string {
    return `${this.protocol}://${this.host}:${this.port}/api/`;
  }
  /** The key requests must carry (changes with rotateApiKey). */
  public get apiKey(): string {
    return this.apiKeyValue;
  }
  public get username(): string {
    return this.device.settings.username;
  }
  public get password(): string {
    return this.device.settings.password;
  }
  /** Running configuration (root `config`). */
  public get running(): XmlElement {
    return this.device.running;
  }
  /** Candidate configuration (root `config`). */
  public get candidate(): XmlElement {
    return this.device.candidate;
  }
  /** Commit jobs, oldest first. */
  public get commits(): CommitRecord[] {
    return this.device.commits;
  }
  /** Accepted configuration writes. */
  public get writes(): number {
    return this.device.writes;
  }
  /** Every request received (never credentials or element bodies). */
  public get requests(): readonly RequestRecord[] {
    return this.device.requests;
  }
  public get phase(): Phase {
    return this.device.phase;
  }
  public get pendingChanges(): boolean {
    return this.device.pendingChanges;
  }
  /** Jumbo-frame mode in effect. */
  public get jumboMode(): boolean {
    return this.device.jumboMode;
  }
  /** How many times the device booted since start (the first boot included). */
  public boots = 0;

  /** Replaces the HA/BGP/BFD conditions reported by operational commands. */
  public setHealth(health: HealthFaults): void {
    this.device.health = health;
  }
  /** Replaces the BGP neighbours of the simulated network. */
  public setRouting(routing: readonly SimulatedBgpPeer[]): void {
    this.device.routing = routing;
  }
  /** Replaces the injected faults. */
  public setFaults(faults: readonly Fault[]): void {
    this.device.faults.replace(faults);
  }
  /** Makes this simulator and `peer` an HA pair (each sees the other's running config and state). */
  public link(peer: Simulator): void {
    this.device.peer = peer.device;
    peer.device.peer = this.device;
  }
  /** Invalidates the current API key (as a new keygen or a password change does). */
  public rotateApiKey(): void {
    this.apiKeyValue = newApiKey();
  }

  /** Restarts the device; resolves when it has booted again. */
  public reboot(): Promise<void> {
    this.restarting ??= this.restart().finally(() => (this.restarting = undefined));
    return this.restarting;
  }

  /**
   * Resolves once the device is up and its boot-time auto-commit has finished; with
   * `bootStepAnswers`, ends each waiting phase at once instead of waiting for requests.
   */
  public async waitUntilReady(): Promise<void> {
    while (!this.stopped && (this.device.phase !== "up" || this.device.jobs.running("AutoCom"))) {
      this.gate.open();
      await this.sleep(5);
    }
  }

  /** Stops listening, cancels timers and removes the CA file. */
  public async stop(): Promise<void> {
    this.stopped = true;
    this.gate.open();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.device.stop();
    await this.listener.close();
    if (this.caDirectory) rmSync(this.caDirectory, { recursive: true, force: true });
  }

  /**
   * @internal Starts the boot sequence: resolves once listening; 502 pages, then 403 answers, then
   * chassis not ready, then up with the auto-commit running follow (at once when both delays are 0).
   */
  public async boot(): Promise<void> {
    this.device.phase = "starting";
    await this.listener.listen();
    this.booting = this.finishBoot(++this.generation);
  }

  private async finishBoot(generation: number): Promise<void> {
    // A restart or stop during the boot supersedes it.
    const superseded = () => this.stopped || generation !== this.generation;
    const steps = this.options.bootStepAnswers;
    const phaseEnd = (ms: number) => (steps ? this.gate.after(steps) : ms > 0 ? this.sleep(ms) : undefined);
    const half = this.options.bootDelayMs / 2;
    await phaseEnd(half);
    if (superseded()) return;
    if (this.options.credentialsRefusedMs > 0) {
      this.device.phase = "refusing-credentials";
      await phaseEnd(this.options.credentialsRefusedMs);
      if (superseded()) return;
    }
    this.device.phase = "booting";
    await phaseEnd(half);
    if (superseded()) return;
    this.boots++;
    const autoCommit = this.device.bootComplete(this.boots === 1 ? this.options.uptimeAtStartS : 0, steps && Infinity);
    // The boot is over; the auto-commit it started runs on.
    if (steps)
      void this.gate.after(steps).then(() => superseded() || this.device.jobs.finish(autoCommit, AUTO_COMMIT_OK));
  }

  /** @internal Answers one API request. */
  public async handle(params: URLSearchParams, apiKeyHeader: string | undefined): Promise<Reply> {
    const type = params.get("type") ?? "";
    const facts = {
      type,
      action: params.get("action") ?? undefined,
      cmd: params.get("cmd") ?? undefined,
      xpath: params.get("xpath") ?? undefined,
    };
    const reply = await this.answer(params, apiKeyHeader, facts);
    this.device.requests.push({
      at: new Date(),
      ...facts,
      outcome: reply.kind === "reset" ? "reset" : reply.status,
    });
    this.gate.answered();
    return reply;
  }

  private async answer(params: URLSearchParams, apiKeyHeader: string | undefined, facts: RequestFacts): Promise<Reply> {
    if (this.device.phase === "starting" || this.device.phase === "down") return badGateway();
    if (this.device.phase === "refusing-credentials") return forbidden();
    const fault = this.device.faults.takeTransport(facts);
    switch (fault?.kind) {
      case "reset":
        if (fault.when !== "after") return { kind: "reset" };
        break;
      case "bad-gateway":
        return badGateway();
      case "service-unavailable":
        return serviceUnavailable(fault.retryAfter);
      case "session-timeout":
        return failure(["Session timed out"], 22);
      case "invalid":
        return failure(fault.lines, 12);
    }
    const reply = this.dispatch(params, apiKeyHeader, facts.type);
    if (fault?.kind === "reset") return { kind: "reset" };
    if (fault?.kind === "slow") await this.sleep(fault.delayMs);
    return reply;
  }

  private dispatch(params: URLSearchParams, apiKeyHeader: string | undefined, type: string): Reply {
    if (type === "keygen") {
      const { username, password } = this.device.settings;
      const ok = params.get("user") === username && params.get("password") === password;
      return ok ? success(el("key", this.apiKeyValue)) : forbidden();
    }
    if ((apiKeyHeader ?? params.get("key")) !== this.apiKeyValue) return forbidden();
    switch (type) {
      case "config":
        return handleConfig(this.device, params);
      case "op":
        return handleOp(this.device, params.get("cmd") ?? "", () => this.later(50, () => void this.reboot()));
      case "commit":
        return handleCommit(this.device, params.get("cmd"));
      default:
        return badRequest("Illegal parameter [type]");
    }
  }

  private async restart(): Promise<void> {
    this.generation++;
    this.device.shutDown();
    await this.listener.close();
    await this.sleep(this.options.rebootMs);
    if (this.stopped) return;
    await this.boot();
    await this.booting;
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) action();
    }, ms);
    this.timers.add(timer);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.later(ms, resolve));
  }
}

/**
 * Starts a simulated firewall. Resolves once it listens; with `bootDelayMs` 0 it is then up (its
 * boot-time auto-commit job runs for `commitMs`).
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopbackAddress(host)) throw new Error(`the simulator listens on 127.0.0.0/8 only, not ${host}`);
  const initial = options.initialConfig
    ? parseXml(options.initialConfig)[0]
    : defaultConfig(options.hostname ?? "PA-VM");
  if (!initial || initial.name !== "config") throw new Error("initialConfig must be a <config> document");
  const device = new SimulatedDevice(
    {
      username: options.username ?? "admin",
      password: options.password ?? newApiKey(),
      apiKey: options.apiKey ?? newApiKey(),
      commitMs: options.commitMs ?? 200,
      autoCommitMs: options.autoCommitMs ?? options.commitMs ?? 200,
      address: host,
    },
    initial,
    options.routing ?? [],
  );
  device.validateCommits = options.validateCommits ?? true;
  device.peersFromNetwork = options.peersFromNetwork ?? false;
  if (options.jumboFrames) {
    device.jumboRequest = true;
    device.jumboMode = true;
  }
  let tls: { cert: string; key: string } | undefined;
  let caFile: string | undefined;
  let caDirectory: string | undefined;
  if (options.tls) {
    const credentials = await serverCredentials(host);
    tls = { cert: credentials.certPem, key: credentials.keyPem };
    caDirectory = mkdtempSync(join(tmpdir(), "mve-ha-simulator-"));
    caFile = join(caDirectory, "ca.pem");
    writeFileSync(caFile, credentials.caPem);
  }
  const simulator = new Simulator(
    {
      bootDelayMs: options.bootDelayMs ?? 0,
      credentialsRefusedMs: options.credentialsRefusedMs ?? 0,
      rebootMs: options.rebootMs ?? 300,
      uptimeAtStartS: options.uptimeAtStartS ?? 3600,
      bootStepAnswers: options.bootStepAnswers,
    },
    device,
    { host, port: options.port ?? 0, tls },
    caFile,
    caDirectory,
    tls ? "https" : "http",
  );
  await simulator.boot();
  return simulator;
}
