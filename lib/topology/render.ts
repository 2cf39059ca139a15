/**
 * DOT to SVG with Graphviz compiled to WebAssembly (@viz-js/viz: no browser, no native build).
 *
 * Loading the WebAssembly module is asynchronous, and `cdktf synth` is not: `renderSvgSync` hands
 * the DOT to a worker thread (renderer.ts) and blocks until it answers, so a construct can write
 * the picture during synthesis. A failure there is reported, never thrown.
 */
import { DiagramRenderer, RENDERER, sharedRenderer } from "./renderer";

export { RENDERER };

/** An SVG, or why there is none. */
export type RenderResult =
  { readonly ok: true; readonly svg: string } | { readonly ok: false; readonly reason: string };

/** Renders DOT to SVG in this process. */
export async function renderSvg(dot: string): Promise<RenderResult> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when drawing
    const viz = require("@viz-js/viz") as typeof import("@viz-js/viz");
    const instance = await viz.instance();
    const result = instance.render(dot, { format: "svg" });
    if (result.status === "success") return { ok: true, svg: result.output };
    return { ok: false, reason: result.errors.map((e) => e.message).join("; ") || "Graphviz failed" };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Options of `renderSvgSync`. */
export interface SyncRenderOptions {
  /** The renderer module to load (a renderer of its own, closed afterwards). @default - the process's renderer */
  readonly renderer?: string;
  /** How long to wait without any answer. @default 120_000 */
  readonly timeoutMs?: number;
}

/** Renders DOT to SVG synchronously, in the renderer's worker thread. */
export function renderSvgSync(dot: string, options: SyncRenderOptions = {}): RenderResult {
  return renderSvgsSync([dot], options)[0];
}

/** Renders several DOT sources to SVG synchronously, in one worker thread; one result per source. */
export function renderSvgsSync(dots: readonly string[], options: SyncRenderOptions = {}): RenderResult[] {
  const own = options.renderer !== undefined || options.timeoutMs !== undefined;
  const renderer = own ? new DiagramRenderer(options) : sharedRenderer();
  try {
    return dots.map((dot) => renderer.request(dot)).map((pending) => pending.take());
  } finally {
    if (own) renderer.close();
  }
}
