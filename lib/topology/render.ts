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
 * The child's program: reads a JSON list of DOT sources from stdin and writes a JSON list of
 * results (`{ok, svg}` or `{ok, reason}`) to stdout; one child renders every diagram of a synth,
 * so the WebAssembly is loaded once however many pairs the app holds. A renderer that cannot be
 * loaded is one line on stderr and exit status 1. It gets the renderer's resolved path, so it
 * needs no module resolution of its own.
 */
const CHILD = `
const fail = (error) => {
  process.stderr.write(String(error && error.message ? error.message : error).split("\\n")[0]);
  process.exit(1);
};
let viz;
try {
  viz = require(process.argv[1]);
} catch (error) {
  fail(error);
}
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  viz.instance().then((instance) => {
    const results = JSON.parse(input).map((dot) => {
      try {
        const result = instance.render(dot, { format: "svg" });
        if (result.status === "success") return { ok: true, svg: result.output };
        return { ok: false, reason: result.errors.map((e) => e.message).join("; ") || "Graphviz failed" };
      } catch (error) {
        return { ok: false, reason: String(error && error.message ? error.message : error) };
      }
    });
    process.stdout.write(JSON.stringify(results));
  }, fail);
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
  return renderSvgsSync([dot], options)[0];
}

/** Renders several DOT sources to SVG synchronously, in one child process; one result per source. */
export function renderSvgsSync(dots: readonly string[], options: SyncRenderOptions = {}): RenderResult[] {
  const failAll = (reason: string): RenderResult[] => dots.map(() => ({ ok: false, reason }));
  let renderer: string;
  try {
    renderer = options.renderer ?? require.resolve(RENDERER);
  } catch (error) {
    return failAll(`${RENDERER} not found (${error instanceof Error ? error.message : String(error)})`);
  }
  const child = spawnSync(options.node ?? process.execPath, ["-e", CHILD, renderer], {
    input: JSON.stringify(dots),
    encoding: "utf8",
    timeout: SYNC_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
    // The child inherits nothing it could act on: no NODE_OPTIONS hooks (e.g. tsx's loader).
    env: { PATH: process.env.PATH ?? "" },
    windowsHide: true,
  });
  if (child.error) return failAll(child.error.message);
  if (child.status !== 0) {
    return failAll(child.stderr.trim() || (child.signal ? `renderer ended by ${child.signal}` : "renderer failed"));
  }
  try {
    const results = JSON.parse(child.stdout) as RenderResult[];
    if (Array.isArray(results) && results.length === dots.length) return results;
  } catch {
    // reported below
  }
  return failAll("renderer wrote no result");
}
