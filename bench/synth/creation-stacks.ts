/**
 * Counts the stack traces cdktf captures while an app is built and synthesized, and who caused
 * each one. cdktf 0.21 records a full trace (`Error.stackTraceLimit = MAX_SAFE_INTEGER`) in the
 * constructor of every token (`Lazy`, `Intrinsic`, the `ComplexObject`/`ComplexList` references
 * of the generated bindings, dynamic blocks); that capture is most of the synthesis time at
 * scale. A count does not depend on the machine's load, so tests can assert it.
 *
 * Measurement only: the counter wraps cdktf's capture function for the duration of `run` and
 * puts it back afterwards; the traces cdktf keeps are the ones it would have captured anyway.
 */
import * as path from "node:path";

/** cdktf's module that holds the capture function (its consumers look it up on each call). */
const STACK_TRACE_MODULE = "cdktf/lib/tokens/private/stack-trace";

interface StackTraceModule {
  captureStackTrace: (below?: unknown) => string[];
}

/** What `run` made cdktf capture. */
export interface CreationStackCount {
  /** Traces captured. */
  readonly total: number;
  /** Frames in all traces together (the cost grows with both). */
  readonly frames: number;
  /** Traces by who caused them: `binding <provider>/<resource>`, `lib/<file>`, or `cdktf` (its own tokens). */
  readonly byOwner: Readonly<Record<string, number>>;
}

/** Runs `run` while counting cdktf's stack-trace captures. Not reentrant. */
export function countCreationStacks(run: () => void): CreationStackCount {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the private module has no types
  const mod = require(STACK_TRACE_MODULE) as StackTraceModule;
  const original = mod.captureStackTrace;
  const byOwner: Record<string, number> = {};
  let total = 0;
  let frames = 0;
  mod.captureStackTrace = (below?: unknown) => {
    const trace = original(below ?? mod.captureStackTrace);
    total++;
    frames += trace.length;
    const owner = ownerOf(trace);
    byOwner[owner] = (byOwner[owner] ?? 0) + 1;
    return trace;
  };
  try {
    run();
  } finally {
    mod.captureStackTrace = original;
  }
  return { total, frames, byOwner: sortedByCount(byOwner) };
}

/** The first frame that is ours: a generated binding, else a file of lib/, else cdktf itself. */
function ownerOf(trace: readonly string[]): string {
  const binding = trace.map((f) => /[/\\]\.gen[/\\]providers[/\\]([\w-]+)[/\\]([\w-]+)[/\\]/.exec(f)).find(Boolean);
  if (binding) return `binding ${binding[1]}/${binding[2]}`;
  const ours = trace
    .map((f) => /[/\\]lib[/\\]([\w/\\.-]+?)\.[jt]s:/.exec(f))
    .find((m) => m !== null && !m.input.includes(`${path.sep}node_modules${path.sep}`));
  return ours ? `lib/${ours[1].split(path.sep).join("/")}` : "cdktf";
}

function sortedByCount(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}
