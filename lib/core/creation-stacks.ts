/**
 * An explicit opt-in for large apps: synthesize without cdktf's per-token creation stacks.
 *
 * Why: cdktf 0.21 records a full stack trace (`Error.stackTraceLimit = MAX_SAFE_INTEGER`) in the
 * constructor of every token it creates (`Lazy`, `Intrinsic` references, the nested blocks of
 * provider bindings) and keeps it, only to print it when that token later fails to resolve. For an
 * app of 100 pairs that is about 50,000 traces: most of the synthesis time and memory. CDK Terrain
 * 0.24 has a switch for exactly this (`CDKTN_DISABLE_CREATION_STACK=true`); cdktf 0.21 has none.
 *
 * What changes: nothing in the synthesized JSON (test/bench/synth-identity.test.ts). While `run`
 * runs, tokens are created with an empty creation stack, as CDK Terrain's switch does, so a token
 * that fails to resolve reports its error without the "Object creation stack" lines. Validation
 * errors, ours (`ValidationError`) and cdktf's, still name the construct path. Nothing changes
 * unless this function is called, and everything is put back when `run` returns or throws.
 * Tokens created inside `run` keep the empty stack afterwards.
 */
import * as path from "node:path";

/** CDK Terrain reads this variable each time it would capture a creation stack. */
const CDKTN_SWITCH = "CDKTN_DISABLE_CREATION_STACK";

interface StackTraceModule {
  captureStackTrace?: (below?: unknown) => string[];
  /** CDK Terrain 0.24: the capture its tokens call, which honours CDKTN_SWITCH. */
  captureCreationStack?: () => string[];
}

/**
 * Runs `run` (synchronously: build the app and call `app.synth()` inside it) with cdktf's
 * per-token creation stacks turned off, and returns its result.
 *
 * @example
 * withoutTokenCreationStacks(() => synthApp((app) => addMyHundredPairs(app)));
 */
export function withoutTokenCreationStacks<T>(run: () => T): T {
  const cdktf = stackTraceModule();
  const previousSwitch = process.env[CDKTN_SWITCH];
  const previousCapture = cdktf?.captureStackTrace;
  process.env[CDKTN_SWITCH] = "true";
  // cdktf 0.21: its tokens look the capture function up on this module at every call.
  const patch = cdktf !== undefined && cdktf.captureCreationStack === undefined && previousCapture !== undefined;
  if (patch) cdktf.captureStackTrace = () => [];
  try {
    return run();
  } finally {
    if (patch) cdktf.captureStackTrace = previousCapture;
    if (previousSwitch === undefined) delete process.env[CDKTN_SWITCH];
    else process.env[CDKTN_SWITCH] = previousSwitch;
  }
}

/** The `cdktf` the app uses (the peer dependency resolved from here), or undefined when its layout differs. */
function stackTraceModule(): StackTraceModule | undefined {
  try {
    const root = path.dirname(require.resolve("cdktf/package.json"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a private module of cdktf, without types
    return require(path.join(root, "lib", "tokens", "private", "stack-trace.js")) as StackTraceModule;
  } catch {
    return undefined;
  }
}
