/**
 * DOT to SVG with Graphviz compiled to WebAssembly (@viz-js/viz: no browser, no native build).
 *
 * Loading the WebAssembly module is asynchronous, and `cdktf synth` is not: `renderSvgSync` runs
 * the renderer in a child Node process started with `spawnSync` (DOT on stdin, SVG on stdout), so
 * a construct can write the picture during synthesis. A failure there is reported, never thrown.
 */
import { spawnSync } from "node:child_process";

/** The renderer's package. */
export const RENDERER = "@viz-js/viz";

/** How long the child renderer may take (it loads ~1.5 MB of WebAssembly first). */
const SYNC_TIMEOUT_MS = 120_000;

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

/**
 * The child's program: reads DOT from stdin, writes SVG to stdout, or the errors to stderr with
 * exit status 1. It gets the renderer's resolved path, so it needs no module resolution of its own.
 */
const CHILD = `
let viz;
try {
  viz = require(process.argv[1]);
} catch (error) {
  process.stderr.write(String(error && error.message ? error.message : error).split("\\n")[0]);
  process.exit(1);
}
let dot = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (dot += chunk));
process.stdin.on("end", () => {
  viz.instance().then((instance) => {
    const result = instance.render(dot, { format: "svg" });
    if (result.status === "success") process.stdout.write(result.output);
    else {
      process.stderr.write(result.errors.map((e) => e.message).join("; ") || "Graphviz failed");
      process.exitCode = 1;
    }
  }, (error) => {
    process.stderr.write(String(error && error.message ? error.message : error));
    process.exitCode = 1;
  });
});
`;

/** Options of `renderSvgSync`. */
export interface SyncRenderOptions {
  /** The renderer module to load. @default - @viz-js/viz as this package resolves it */
  readonly renderer?: string;
  /** The Node binary. @default process.execPath */
  readonly node?: string;
}

/** Renders DOT to SVG synchronously, in a child process. */
export function renderSvgSync(dot: string, options: SyncRenderOptions = {}): RenderResult {
  let renderer: string;
  try {
    renderer = options.renderer ?? require.resolve(RENDERER);
  } catch (error) {
    return { ok: false, reason: `${RENDERER} not found (${error instanceof Error ? error.message : String(error)})` };
  }
  const child = spawnSync(options.node ?? process.execPath, ["-e", CHILD, renderer], {
    input: dot,
    encoding: "utf8",
    timeout: SYNC_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    // The child inherits nothing it could act on: no NODE_OPTIONS hooks (e.g. tsx's loader).
    env: { PATH: process.env.PATH ?? "" },
    windowsHide: true,
  });
  if (child.error) return { ok: false, reason: child.error.message };
  if (child.status !== 0 || !child.stdout.includes("<svg")) {
    const reason =
      child.stderr.trim() || (child.signal ? `renderer ended by ${child.signal}` : "renderer wrote no SVG");
    return { ok: false, reason };
  }
  return { ok: true, svg: child.stdout };
}
