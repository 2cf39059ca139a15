/**
 * The program of the diagram renderer's worker thread (run with `eval`, so it needs no file of its
 * own next to the compiled library, under tsx, Jest or a bundle alike).
 *
 * It loads the renderer once, then renders every DOT posted on its port in order and answers
 * `{ id, result }` on the same port. The synthesizing thread does not run its event loop while it
 * waits, so it cannot receive events: after each answer the worker bumps `signal[ANSWERS]` and
 * wakes it (`Atomics.notify`), and the waiting thread takes the answer with
 * `receiveMessageOnPort`.
 *
 * `signal[OPEN]` counts requests posted and not yet answered, or is -1 once the worker has closed:
 * after `idleMs` without requests the worker closes itself with a compare-and-swap from 0 to -1,
 * which fails if a request was counted in the meantime, so that no request is ever posted to a
 * worker that has gone (the requester starts a new one when it reads -1). An idle worker therefore
 * holds no memory for long in a process that synthesizes once (or in a Jest worker that runs
 * many test files, each with its own copy of this module).
 */
import type { MessagePort } from "node:worker_threads";

/** Index in the shared Int32Array: answers posted so far (what the synth thread waits on). */
export const ANSWERS = 0;
/** Index in the shared Int32Array: requests not yet answered, or -1 once the worker closed. */
export const OPEN = 1;

/** What the worker receives as `workerData`. */
export interface WorkerData {
  /** The resolved path of the renderer module (@viz-js/viz). */
  readonly renderer: string;
  /** The shared Int32Array's buffer (ANSWERS, OPEN). */
  readonly signal: SharedArrayBuffer;
  /** Its end of the request/answer channel. */
  readonly port: MessagePort;
  /** Idle time after which it closes itself. */
  readonly idleMs: number;
}

export const WORKER_PROGRAM = `
"use strict";
const { workerData } = require("node:worker_threads");
const { renderer, port, idleMs } = workerData;
const signal = new Int32Array(workerData.signal);
const reason = (error) => String(error && error.message ? error.message : error).split("\\n")[0];

let instance;
let loadError;
const loaded = (async () => {
  try {
    instance = await require(renderer).instance();
  } catch (error) {
    loadError = reason(error) || "the renderer failed to load";
  }
})();

function render(dot) {
  if (loadError !== undefined) return { ok: false, reason: loadError };
  try {
    const result = instance.render(dot, { format: "svg" });
    if (result.status === "success") return { ok: true, svg: result.output };
    return { ok: false, reason: result.errors.map((e) => e.message).join("; ") || "Graphviz failed" };
  } catch (error) {
    return { ok: false, reason: reason(error) };
  }
}

let idleTimer;
function closeWhenIdle() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (Atomics.compareExchange(signal, ${OPEN}, 0, -1) === 0) port.close();
  }, idleMs);
}

port.on("message", ({ id, dot }) => {
  clearTimeout(idleTimer);
  loaded.then(() => {
    port.postMessage({ id, result: render(dot) });
    Atomics.add(signal, ${ANSWERS}, 1);
    Atomics.notify(signal, ${ANSWERS});
    if (Atomics.sub(signal, ${OPEN}, 1) === 1) closeWhenIdle();
  });
});
closeWhenIdle();
`;
