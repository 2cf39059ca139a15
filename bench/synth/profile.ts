/**
 * Where synthesis time goes: a V8 CPU profile of a few synths (through the inspector, only around
 * the synths), with self time grouped by who owns the code, plus the inclusive time of a few
 * cdktf mechanisms that dominate it.
 */
import { Session } from "node:inspector/promises";

/** Per-synth milliseconds, by owner of the code (self time) and by mechanism (inclusive time). */
export interface ProfileBreakdown {
  readonly runs: number;
  /** Self time per owner: our constructs, generated bindings, cdktf, constructs, Node/V8, GC. */
  readonly selfMs: Readonly<Record<string, number>>;
  /** Inclusive time of named mechanisms (overlapping with each other and with selfMs). */
  readonly inclusiveMs: Readonly<Record<string, number>>;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Mechanisms whose inclusive time is reported: a frame matching the test counts its whole subtree. */
const MECHANISMS: ReadonlyArray<readonly [string, (frame: ProfileNode["callFrame"]) => boolean]> = [
  ["building the app (constructors)", (f) => f.functionName === "guideExample" || f.functionName === "buildBareApp"],
  ["app.synth() (cdktf)", (f) => f.functionName === "synth" && f.url.includes("/cdktf/lib/app.js")],
  [
    "stack-trace capture per token (cdktf)",
    (f) => f.functionName === "captureStackTrace" && f.url.includes("/cdktf/lib/"),
  ],
  [
    "`terraform version` per terraform_data (cdktf)",
    (f) => f.functionName === "validate" && f.url.includes("validate-binary-version"),
  ],
  ["cross-stack references (cdktf)", (f) => f.functionName === "crossStackReference"],
];

/** Profiles `runs` calls of `synth` and groups the samples; `compiledRoot` is where our compiled code lives. */
export async function profileSynths(runs: number, compiledRoot: string, synth: () => void): Promise<ProfileBreakdown> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    for (let run = 0; run < runs; run++) synth();
    const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
    return breakdown(profile, runs, compiledRoot);
  } finally {
    session.disconnect();
  }
}

function breakdown(profile: CpuProfile, runs: number, compiledRoot: string): ProfileBreakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfMs: Record<string, number> = {};
  const inclusiveMs: Record<string, number> = Object.fromEntries(MECHANISMS.map(([name]) => [name, 0]));

  profile.samples.forEach((id, index) => {
    const sampleMs = (profile.timeDeltas[index] ?? 0) / 1000 / runs;
    const node = byId.get(id);
    if (!node) return;
    const owner = ownerOf(node.callFrame, compiledRoot);
    if (owner === undefined) return;
    selfMs[owner] = (selfMs[owner] ?? 0) + sampleMs;
    const matched = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      for (const [name, test] of MECHANISMS) if (!matched.has(name) && test(frame)) matched.add(name);
    }
    for (const name of matched) inclusiveMs[name] += sampleMs;
  });
  return { runs, selfMs, inclusiveMs };
}

/** Who owns a frame's code; undefined for idle time, which is not synthesis. */
function ownerOf(frame: ProfileNode["callFrame"], compiledRoot: string): string | undefined {
  const { functionName, url } = frame;
  if (functionName === "(idle)") return undefined;
  if (functionName === "(garbage collector)") return "garbage collection";
  const path = url.replace(/^file:\/\//, "");
  if (path.startsWith(`${compiledRoot}/lib/`) || path.startsWith(`${compiledRoot}/examples/`)) return "our constructs";
  if (path.startsWith(`${compiledRoot}/.gen/`)) return "generated bindings";
  if (path.startsWith(`${compiledRoot}/bench/`)) return "bare-app builder";
  if (path.includes("/node_modules/cdktf/")) return "cdktf";
  if (path.includes("/node_modules/constructs/")) return "constructs";
  if (path.includes("/node_modules/")) return "other packages";
  return "Node.js and V8";
}
