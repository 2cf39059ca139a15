/**
 * DOT to SVG off the synthesizing thread: a `worker_threads` Worker loads Graphviz (WebAssembly)
 * and renders the diagrams as soon as they are requested, while cdktf goes on with its own work
 * on the other core; the synth thread blocks (`Atomics.wait`) only when it needs an SVG that is
 * not drawn yet. One worker per process however many diagrams; it is `unref`'d, so a process that
 * is done (or throws) exits at once without waiting for it, and it closes itself when idle.
 * Results are remembered per DOT, so synthesizing the same pair again costs nothing.
 *
 * Failure is a result, never an exception: a renderer that cannot load, a Graphviz error, a worker
 * that cannot start or stops answering (`timeoutMs` without any answer) each yield
 * `{ ok: false, reason }`.
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { RenderResult } from "./render";
import { ANSWERS, OPEN, WORKER_PROGRAM, type WorkerData } from "./worker-program";

/** The renderer's package. */
export const RENDERER = "@viz-js/viz";

/** Options of a `DiagramRenderer`. */
export interface DiagramRendererOptions {
  /** The renderer module to load. @default - @viz-js/viz as this package resolves it */
  readonly renderer?: string;
  /** How long the synth thread waits without any answer before giving up. @default 120_000 */
  readonly timeoutMs?: number;
  /** How long the worker stays idle before it closes itself. @default 10_000 */
  readonly idleMs?: number;
}

/** What a renderer did, counted (the bench and the tests read it). */
export interface RendererStats {
  /** Workers started. */
  workersStarted: number;
  /** DOT sources posted to a worker. */
  rendered: number;
  /** Requests answered from the results remembered per DOT. */
  remembered: number;
  /** Times the synth thread had to block for an answer (0 when every SVG was drawn in time). */
  blockingWaits: number;
  /** Milliseconds it spent blocked. */
  blockedMs: number;
}

/** A requested diagram: `take` it when the SVG is needed. */
export interface PendingDiagram {
  /** The SVG, or why there is none; blocks until the worker has answered (or gave up). */
  take(): RenderResult;
  /** The answer if it has arrived, without blocking. */
  poll(): RenderResult | undefined;
}

/** Results kept per DOT; the oldest are forgotten beyond this (an SVG is ~30 KB). */
const REMEMBERED_MAX = 256;

interface Request {
  readonly id: number;
  readonly dot: string;
  result?: RenderResult;
}

interface Connection {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

/** Draws diagrams in a worker thread; see the file comment. */
export class DiagramRenderer {
  /** What it did. */
  public readonly stats: RendererStats = {
    workersStarted: 0,
    rendered: 0,
    remembered: 0,
    blockingWaits: 0,
    blockedMs: 0,
  };
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private connection?: Connection;
  private nextId = 0;
  /** Posted, not answered yet, by id. */
  private readonly waiting = new Map<number, Request>();
  /** Per DOT: the request that draws it (pending, or answered with an SVG). */
  private readonly byDot = new Map<string, Request>();

  public constructor(private readonly options: DiagramRendererOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.idleMs = options.idleMs ?? 10_000;
  }

  /** Starts drawing `dot` (or reuses the drawing of the same DOT) and returns its handle. */
  public request(dot: string): PendingDiagram {
    let request = this.byDot.get(dot);
    if (request) {
      this.stats.remembered++;
    } else {
      request = this.post(dot);
      this.remember(request);
    }
    const it = request;
    return { take: () => this.take(it), poll: () => this.poll(it) };
  }

  /** Forgets the results remembered per DOT (the bench draws every synth's diagram anew). */
  public forget(): void {
    this.drain();
    for (const [dot, request] of this.byDot) if (request.result) this.byDot.delete(dot);
  }

  /** Stops the worker; pending requests fail. */
  public close(reason = "the renderer was closed"): void {
    const connection = this.connection;
    this.connection = undefined;
    if (connection) void connection.worker.terminate();
    this.failWaiting(reason);
  }

  private post(dot: string): Request {
    const request: Request = { id: this.nextId++, dot };
    const connection = this.connect();
    if ("reason" in connection) {
      request.result = { ok: false, reason: connection.reason };
      return request;
    }
    this.waiting.set(request.id, request);
    this.stats.rendered++;
    connection.port.postMessage({ id: request.id, dot });
    return request;
  }

  /** The live worker, counted as having one more request; a new one when there is none or it closed. */
  private connect(): Connection | { reason: string } {
    for (;;) {
      const live = this.connection;
      if (live) {
        const open = Atomics.load(live.signal, OPEN);
        if (open >= 0 && Atomics.compareExchange(live.signal, OPEN, open, open + 1) === open) return live;
        if (open >= 0) continue; // the worker answered in between: count again
        this.drain(); // it closed itself when idle: keep what it answered before
        this.connection = undefined;
      }
      try {
        this.connection = this.start();
      } catch (error) {
        return { reason: `the renderer could not start (${error instanceof Error ? error.message : String(error)})` };
      }
    }
  }

  private start(): Connection {
    const renderer = this.options.renderer ?? resolveRenderer();
    const signal = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const workerData: WorkerData = {
      renderer,
      signal: signal.buffer as SharedArrayBuffer,
      port: port2,
      idleMs: this.idleMs,
    };
    const worker = new Worker(WORKER_PROGRAM, {
      eval: true,
      workerData,
      transferList: [port2],
      // Not the parent's flags: e.g. tsx's loader hooks would cost the worker a compiler it does not need.
      execArgv: [],
      name: "topology diagram renderer",
    });
    // A process that is done must not wait for diagrams nobody will write.
    worker.unref();
    port1.unref();
    this.stats.workersStarted++;
    return { worker, port: port1, signal };
  }

  private take(request: Request): RenderResult {
    let lastProgress = performance.now();
    let blockedSince: number | undefined;
    try {
      for (;;) {
        const connection = this.connection;
        const seen = connection ? Atomics.load(connection.signal, ANSWERS) : 0;
        if (this.drain()) lastProgress = performance.now();
        if (request.result) return request.result;
        if (!connection) return this.fail(request, "the renderer stopped before answering");
        const remaining = lastProgress + this.timeoutMs - performance.now();
        if (remaining <= 0) {
          this.close(`the renderer did not answer within ${this.timeoutMs} ms`);
          return request.result ?? this.fail(request, "the renderer did not answer");
        }
        if (blockedSince === undefined) {
          blockedSince = performance.now();
          this.stats.blockingWaits++;
        }
        Atomics.wait(connection.signal, ANSWERS, seen, remaining);
      }
    } finally {
      if (blockedSince !== undefined) this.stats.blockedMs += performance.now() - blockedSince;
    }
  }

  private poll(request: Request): RenderResult | undefined {
    this.drain();
    return request.result;
  }

  /** Takes every answer that has arrived; true if there was one. */
  private drain(): boolean {
    const port = this.connection?.port;
    if (!port) return false;
    let any = false;
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      const { id, result } = message.message as { id: number; result: RenderResult };
      const request = this.waiting.get(id);
      this.waiting.delete(id);
      if (request) this.settle(request, result);
      any = true;
    }
    return any;
  }

  private fail(request: Request, reason: string): RenderResult {
    this.waiting.delete(request.id);
    this.settle(request, { ok: false, reason });
    return request.result as RenderResult;
  }

  private failWaiting(reason: string): void {
    for (const request of [...this.waiting.values()]) this.fail(request, reason);
  }

  private settle(request: Request, result: RenderResult): void {
    request.result = result;
    // A failure is not remembered: the next synth tries again.
    if (!result.ok && this.byDot.get(request.dot) === request) this.byDot.delete(request.dot);
  }

  private remember(request: Request): void {
    if (request.result && !request.result.ok) return;
    this.byDot.set(request.dot, request);
    for (const dot of this.byDot.keys()) {
      if (this.byDot.size <= REMEMBERED_MAX) break;
      this.byDot.delete(dot);
    }
  }
}

/** The renderer module as this package resolves it. */
export function resolveRenderer(): string {
  try {
    return require.resolve(RENDERER);
  } catch (error) {
    throw new Error(`${RENDERER} not found (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
}

let shared: DiagramRenderer | undefined;

/** The process's renderer, which TopologyDiagram uses by default. */
export function sharedRenderer(): DiagramRenderer {
  shared ??= new DiagramRenderer();
  return shared;
}
