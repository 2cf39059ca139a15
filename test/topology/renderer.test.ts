/**
 * The diagram renderer's worker thread: answers arrive while the synth thread works, the synth
 * thread blocks only for an answer that has not arrived (counted, not timed), one worker serves
 * every request, the same DOT is drawn once, and every failure is a result (never an exception
 * or a hang): a renderer that cannot load, a Graphviz error, a worker that stops answering.
 */
import { once } from "node:events";
import * as path from "node:path";
import type * as WorkerThreads from "node:worker_threads";
import { DiagramRenderer, renderSvgSync, type DiagramRendererOptions } from "../../lib/topology";

const fixture = (name: string): string => path.join(__dirname, "fixtures", name);
const COUNTING = fixture("counting-renderer.cjs");
// The module object the library's `Worker` is read from at each call (a spy replaces it there).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workerThreads = require("node:worker_threads") as typeof WorkerThreads;
const RealWorker = workerThreads.Worker;

/** Counts the workers started (and keeps them, to await their exit). */
function spyOnWorkers() {
  return jest
    .spyOn(workerThreads, "Worker")
    .mockImplementation((...args: ConstructorParameters<typeof RealWorker>) => new RealWorker(...args));
}

const renderers: DiagramRenderer[] = [];
afterEach(() => renderers.splice(0).forEach((r) => r.close()));
function renderer(options: DiagramRendererOptions = {}): DiagramRenderer {
  const created = new DiagramRenderer({ renderer: COUNTING, ...options });
  renderers.push(created);
  return created;
}

/** Lets the event loop run until `done` holds (the worker answers on its own thread meanwhile). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

test("a take after the answer arrived does not block the synth thread", async () => {
  const r = renderer();
  const pending = r.request("digraph { a }");
  await until(() => pending.poll() !== undefined);
  expect(pending.take()).toEqual({ ok: true, svg: '<svg data-render="1">13</svg>' });
  expect(r.stats.blockingWaits).toBe(0);
});

test("a take before the answer blocks once, until the worker answers", () => {
  const r = renderer();
  const pending = r.request("digraph { a }");
  // The worker has not even loaded its renderer yet: nothing has answered.
  expect(pending.poll()).toBeUndefined();
  expect(pending.take()).toEqual({ ok: true, svg: '<svg data-render="1">13</svg>' });
  expect(r.stats.blockingWaits).toBe(1);
});

test("one worker draws every request; the same DOT is drawn once and remembered", () => {
  const workers = spyOnWorkers();
  try {
    const r = renderer();
    const dots = ["digraph { a }", "digraph { bb }", "digraph { a }", "digraph { ccc }"];
    const results = dots.map((dot) => r.request(dot)).map((pending) => pending.take());
    expect(results.map((result) => result.ok && result.svg)).toEqual([
      '<svg data-render="1">13</svg>',
      '<svg data-render="2">14</svg>',
      '<svg data-render="1">13</svg>',
      '<svg data-render="3">15</svg>',
    ]);
    expect(workers).toHaveBeenCalledTimes(1);
    expect(r.stats).toMatchObject({ workersStarted: 1, rendered: 3, remembered: 1 });
    // Forgotten (as the bench does between synths): drawn again.
    r.forget();
    const again = r.request("digraph { a }").take();
    expect(again.ok && again.svg).toBe('<svg data-render="4">13</svg>');
  } finally {
    workers.mockRestore();
  }
});

test.each([
  ["the renderer module fails to load", fixture("broken-renderer.cjs"), "digraph { a }", "renderer module is broken"],
  ["the renderer module is missing", fixture("no-such-renderer.cjs"), "digraph { a }", "Cannot find module"],
  ["Graphviz reports an error", COUNTING, "digraph { FAIL }", "syntax error in line 1"],
  ["the renderer throws", COUNTING, "digraph { THROW }", "out of memory"],
])("%s: a failed result with the reason, and a failure is not remembered", (_name, module, dot, reason) => {
  const r = renderer({ renderer: module });
  const result = r.request(dot).take();
  expect(result).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  expect(result.ok || result.reason).not.toContain("\n");
  r.request(dot).take();
  expect(r.stats).toMatchObject({ rendered: 2, remembered: 0 });
});

test("a worker that never answers: the take gives up after timeoutMs with a reason, and the next request starts a new worker", () => {
  const r = renderer({ renderer: fixture("hanging-renderer.cjs"), timeoutMs: 300 });
  const first = r.request("digraph { a }");
  const second = r.request("digraph { b }");
  expect(first.take()).toEqual({ ok: false, reason: "the renderer did not answer within 300 ms" });
  // Every request of the silent worker fails with it, without waiting again.
  const waits = r.stats.blockingWaits;
  expect(second.take()).toEqual({ ok: false, reason: expect.stringContaining("did not answer") });
  expect(r.stats.blockingWaits).toBe(waits);
  r.request("digraph { c }");
  expect(r.stats.workersStarted).toBe(2);
});

test("an idle worker closes itself; a later request starts a new one and is answered", async () => {
  const workers = spyOnWorkers();
  try {
    const r = renderer({ idleMs: 1 });
    expect(r.request("digraph { a }").take().ok).toBe(true);
    const first = workers.mock.results[0].value as WorkerThreads.Worker;
    await once(first, "exit");
    const later = r.request("digraph { bb }").take();
    expect(later).toEqual({ ok: true, svg: '<svg data-render="1">14</svg>' });
    expect(r.stats.workersStarted).toBe(2);
  } finally {
    workers.mockRestore();
  }
});

test("renderSvgSync with a renderer module of its own closes its worker afterwards", async () => {
  const workers = spyOnWorkers();
  try {
    expect(renderSvgSync("digraph { a }", { renderer: COUNTING })).toEqual({
      ok: true,
      svg: '<svg data-render="1">13</svg>',
    });
    await once(workers.mock.results[0].value as WorkerThreads.Worker, "exit");
  } finally {
    workers.mockRestore();
  }
});
